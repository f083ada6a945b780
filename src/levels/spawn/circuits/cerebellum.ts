/** The eyeblink circuit's installer: adds the circuit's network to the NetworkSpec, then its runtime to the world. */
import {
  DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkParts, installCerebellum, type CerebellumParams,
} from '../../../circuits/cerebellum';
import type { CerebellumCircuitConfig } from '../../schema/circuits/cerebellum';
import type { CircuitInstaller } from './index';

export function cerebellumParamsOf(config: CerebellumCircuitConfig): CerebellumParams {
  const d = DEFAULT_CEREBELLUM_PARAMS;
  return {
    ...d,
    crCriterion: config.crCriterion,
    ltdPerClimbingSpike: d.ltdPerClimbingSpike * config.learningRateScale,
    ltpPerParallelSpike: d.ltpPerParallelSpike * config.learningRateScale,
  };
}

export const cerebellumCircuitInstaller: CircuitInstaller<'cerebellum'> = {
  prepare(ctx, spec, config, path) {
    const parts = cerebellumNetworkParts(cerebellumParamsOf(config));
    const clash = (names: string[], taken: string[], what: string): void => {
      for (const name of names) if (taken.includes(name)) ctx.report(path, `the eyeblink circuit brings its own ${what} "${name}"; rename the level's`);
    };
    clash(parts.populations.map((p) => p.name), spec.populations.map((p) => p.name), 'population');
    clash(parts.projections.map((p) => p.name), spec.projections.map((p) => p.name), 'projection');
    clash(parts.stimuli.map((s) => s.name), (spec.stimuli ?? []).map((s) => s.name), 'stimulus');
    clash(parts.neuronTypes.map((t) => t.name), spec.neuronTypes.map((t) => t.name), 'neuron type');
    spec.neuronTypes.push(...parts.neuronTypes);
    spec.populations.push(...parts.populations);
    spec.projections.push(...parts.projections);
    spec.stimuli = [...(spec.stimuli ?? []), ...parts.stimuli];
  },
  install(ctx, world, config, path) {
    try {
      const handle = installCerebellum(world, cerebellumParamsOf(config), config.isiMs === undefined ? {} : { isiMs: config.isiMs });
      world.stimuli.gain[handle.state.puffStimulus] = config.puffStrength;
    } catch (error) {
      ctx.report(path, `the eyeblink circuit could not be installed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
