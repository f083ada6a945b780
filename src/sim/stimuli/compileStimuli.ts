import type { SimWorld } from '../world/world';
import { populationByName } from '../world/world';
import { modulatorIndex } from '../components/modulators';
import { createStimulusTable, type CompiledStimulus, type StimulusTable } from './stimulusTable';
import type { StimulusSpec } from './stimulusSpec';
import { spawnStream } from '../build/spawnRandom';

/** Resolves each stimulus's target population (and optional subset) to neuron eids. */
export function compileStimuli(world: SimWorld, specs: StimulusSpec[]): StimulusTable {
  const list: CompiledStimulus[] = specs.map((spec, index) => {
    if (spec.kind === 'modulatorPulse') {
      return { index, spec, targets: new Int32Array(0), modulator: modulatorIndex(world.modulators, spec.modulator), perTarget: new Float64Array(0) };
    }
    const population = populationByName(world, spec.target);
    const indices = spec.neurons ?? Array.from({ length: population.count }, (_, i) => i);
    for (const i of indices) {
      if (!Number.isInteger(i) || i < 0 || i >= population.count) {
        throw new Error(`stimulus ${spec.name}: neuron index ${i} is outside population ${population.name} (size ${population.count})`);
      }
    }
    const targets = Int32Array.from(indices, (i) => population.firstEid + i);
    const perTarget = world.registry.register(`stimuli.${spec.name}.perTarget`, new Float64Array(targets.length));
    if (spec.kind === 'poisson' && spec.rateHz > 0) {
      // First event times: the trains start in their stationary state, not all at t = 0.
      const stream = spawnStream(world.seed, `poissonStart/${spec.name}`);
      for (let k = 0; k < perTarget.length; k++) perTarget[k] = stream.exponential(1000 / spec.rateHz);
    }
    return { index, spec, targets, modulator: -1, perTarget };
  });
  return createStimulusTable(list, world.registry);
}
