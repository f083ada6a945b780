/**
 * Test helper: one presynaptic and one postsynaptic LIF neuron (current input, exact exponential
 * step), each made to spike at chosen times by one-tick current pulses of 20000 (R·I = 20 V: the
 * neuron crosses threshold within the pulse's tick for 0.1 ≤ dt ≤ 1 ms), joined by one synapse whose
 * plasticity rule is under test. The synaptic current (a one-tick pulse of w, a few mV·tick) never
 * makes the post neuron spike by itself. Pulses are half a tick wide so that floating-point tick
 * times never let one pulse cover two ticks.
 */
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { ModulatorSpecInput, NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { PlasticitySpec } from '../../../src/sim/plasticity/plasticitySpec';
import type { SimWorld } from '../../../src/sim/world/world';
import { runTicks } from '../../../src/sim/schedule';

export const PULSE_CELL = {
  name: 'pulseCell', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 0,
} as const;

export interface PairWorldOptions {
  dtMs: number;
  preTimesMs: number[];
  postTimesMs: number[];
  plasticity: PlasticitySpec;
  initialWeight: number;
  modulators?: ModulatorSpecInput[];
  seed?: number;
  /** Extra stimuli (e.g. modulator pulses). */
  extraStimuli?: NetworkSpec['stimuli'];
}

export function pairSpec(options: PairWorldOptions): NetworkSpec {
  return {
    seed: options.seed ?? 1,
    dtMs: options.dtMs,
    neuronTypes: [PULSE_CELL],
    populations: [
      { name: 'pre', type: 'pulseCell', count: 1 },
      { name: 'post', type: 'pulseCell', count: 1 },
    ],
    projections: [{
      name: 'syn', from: 'pre', to: 'post', connect: { rule: 'pairs', pairs: [[0, 0]] },
      weight: options.initialWeight, delayMs: options.dtMs, receptor: 'excitatory', plasticity: options.plasticity,
    }],
    modulators: options.modulators,
    stimuli: [
      { kind: 'pulses', name: 'drivePre', target: 'pre', timesMs: options.preTimesMs, amplitude: 20000, widthMs: options.dtMs / 2 },
      { kind: 'pulses', name: 'drivePost', target: 'post', timesMs: options.postTimesMs, amplitude: 20000, widthMs: options.dtMs / 2 },
      ...(options.extraStimuli ?? []),
    ],
  };
}

/** Runs until `untilMs` and returns the world (its one synapse has id 0). */
export function runPair(options: PairWorldOptions, untilMs: number): SimWorld {
  const world = buildWorld(pairSpec(options));
  runTicks(world, Math.round(untilMs / options.dtMs));
  return world;
}

/** Spike ticks of neuron eid recorded by the world's spike ring are not needed: count spikes. */
export function spikeCount(world: SimWorld, population: string): number {
  const index = world.populations.findIndex((p) => p.name === population);
  return world.monitors.spikeCountByPopulation[index];
}
