/**
 * Level circuits → the engine: a dispatch from each config's `kind` to its installer in
 * src/levels/spawn/circuits/<kind>.ts. spawnLevel calls prepareCircuits on the NetworkSpec before
 * the world is built (for circuits that add hidden populations or projections) and installCircuits
 * on the built world (registered state, the circuit's systems via installCircuitSystem). Installers
 * report problems with paths under circuits[i]; they call into src/circuits/<kind>.
 */
import type { NetworkSpec } from '../../../sim/build/networkSpec';
import type { SimWorld } from '../../../sim/world/world';
import type { PathSegment } from '../../errors';
import type { CircuitConfigOf, CircuitKind } from '../../schema/circuits';
import type { SpawnContext } from '../spawnContext';
import { rewardCircuitInstaller } from './reward';
import { cerebellumCircuitInstaller } from './cerebellum';
import { songbirdCircuitInstaller } from './songbird';

export interface CircuitInstaller<K extends CircuitKind> {
  /** Optional: adds to the NetworkSpec before buildWorld. */
  prepare?(ctx: SpawnContext, spec: NetworkSpec, config: CircuitConfigOf<K>, path: readonly PathSegment[]): void;
  /** Resolves names against the built world, registers state and installs the circuit's systems. */
  install(ctx: SpawnContext, world: SimWorld, config: CircuitConfigOf<K>, path: readonly PathSegment[]): void;
}

const INSTALLERS: { [K in CircuitKind]: CircuitInstaller<K> } = {
  reward: rewardCircuitInstaller,
  cerebellum: cerebellumCircuitInstaller,
  songbird: songbirdCircuitInstaller,
};

function installerOf(kind: CircuitKind): CircuitInstaller<CircuitKind> {
  return INSTALLERS[kind] as CircuitInstaller<CircuitKind>;
}

export function prepareCircuits(ctx: SpawnContext, spec: NetworkSpec): void {
  ctx.level.circuits.forEach((config, i) => installerOf(config.kind).prepare?.(ctx, spec, config, ['circuits', i]));
}

export function installCircuits(ctx: SpawnContext, world: SimWorld): void {
  ctx.level.circuits.forEach((config, i) => installerOf(config.kind).install(ctx, world, config, ['circuits', i]));
}
