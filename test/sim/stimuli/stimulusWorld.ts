/**
 * A world of silent LIF "meters" (threshold far above anything reachable, one-tick current-mode
 * synaptic variables) to read what stimuli deliver, plus a helper that runs only the commands and
 * stimuli phases of a tick so iExt can be read before resetSpikedNeurons clears it.
 */
import { buildWorld, type NetworkSpec, type SimWorld, type StimulusSpec, type ModulatorSpecInput, type PopulationSpec } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';
import { applyCommands } from '../../../src/sim/systems/applyCommands';
import { applyStimuli } from '../../../src/sim/stimuli/applyStimuli';

export function meterWorld(options: {
  seed: number; dtMs: number; count: number; stimuli: StimulusSpec[];
  modulators?: ModulatorSpecInput[]; extraPopulations?: PopulationSpec[]; extraTypes?: NetworkSpec['neuronTypes'];
}): SimWorld {
  return buildWorld({
    seed: options.seed,
    dtMs: options.dtMs,
    neuronTypes: [{ name: 'meter', model: NeuronModel.lif, vThreshMv: 1e9, tauExcMs: 0, tauInhMs: 0 }, ...(options.extraTypes ?? [])],
    populations: [{ name: 'meters', type: 'meter', count: options.count }, ...(options.extraPopulations ?? [])],
    projections: [],
    stimuli: options.stimuli,
    modulators: options.modulators,
  });
}

/** Runs the commands and stimuli phases of one tick, copies iExt[eids] out, clears iExt and advances the clock. */
export function stimulusTick(world: SimWorld, out: Float64Array): void {
  applyCommands(world);
  applyStimuli(world);
  const iExt = world.neurons.iExt;
  for (let k = 0; k < out.length; k++) out[k] = iExt[k + 1];
  iExt.fill(0);
  world.clock[0] += 1;
}
