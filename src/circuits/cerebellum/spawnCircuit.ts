/** The eyeblink circuit's spawn: adds the circuit's network to the NetworkSpec, then its runtime to the world. */
import type { NetworkSpec } from '../../sim/build/networkSpec';
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { appendNetworkParts, reportNameClashes } from '../plugin/networkParts';
import { cerebellumParamsOf } from './configParams';
import { cerebellumNetworkParts } from './cerebellumNetwork';
import { installCerebellum } from './installCerebellum';
import type { CerebellumCircuitConfig } from './configSchema';

export function prepareCerebellum(ctx: CircuitSpawnContext, spec: NetworkSpec, config: CerebellumCircuitConfig, path: readonly PathSegment[]): void {
  const parts = cerebellumNetworkParts(cerebellumParamsOf(config));
  reportNameClashes(ctx, spec, parts, 'the eyeblink circuit', path);
  appendNetworkParts(spec, parts);
}

export function spawnCerebellum(ctx: CircuitSpawnContext, world: SimWorld, config: CerebellumCircuitConfig, path: readonly PathSegment[]): void {
  try {
    const handle = installCerebellum(world, cerebellumParamsOf(config), { isiMs: config.isiMs, isiCs: config.isiCs });
    world.stimuli.gain[handle.state.puffStimulus] = config.puffStrength;
  } catch (error) {
    ctx.report(path, `the eyeblink circuit could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
