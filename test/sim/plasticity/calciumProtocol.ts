/**
 * Frequency protocol for the calcium rule: one presynaptic LIF neuron made to fire 100 times at a
 * given frequency by one-tick current pulses, onto one passive postsynaptic compartment (LIF with
 * its threshold out of reach, current input τ 5 ms, R = 20 MΩ, rest −65 mV), through one synapse
 * with the calcium rule. Integration: LIF exact exponential step, dt 0.5 ms.
 */
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { CalciumSpec } from '../../../src/sim/plasticity/plasticitySpec';
import type { SimWorld } from '../../../src/sim/world/world';
import { runTicks } from '../../../src/sim/schedule';
import { PULSE_CELL } from './pairWorld';

export const CALCIUM_RULE: CalciumSpec = {
  rule: 'calcium', tauCaMs: 50, nmdaCalciumGain: 0.0012, nmdaRiseMs: 5, nmdaDecayMs: 150, magnesiumMm: 1,
  thetaDepression: 0.35, thetaPotentiation: 0.55, learningRatePerMs: 2e-5, wMax: 1,
};

export const W0 = 0.5;
export const DT_MS = 0.5;

export function frequencySpec(frequencyHz: number, pulses: number, rule: CalciumSpec, postSpikeTimesMs: number[] = []): NetworkSpec {
  const times = Array.from({ length: pulses }, (_, i) => 100 + (1000 * i) / frequencyHz);
  return {
    seed: 1,
    dtMs: DT_MS,
    neuronTypes: [
      PULSE_CELL,
      { name: 'spine', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -65, vThreshMv: 1e9, vResetMv: -65, resistanceMOhm: 20, tauExcMs: 5 },
      { name: 'spikingSpine', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -65, vThreshMv: -50, vResetMv: -65, resistanceMOhm: 20, tauExcMs: 5, refractoryMs: 2 },
    ],
    populations: [
      { name: 'pre', type: 'pulseCell', count: 1 },
      { name: 'post', type: postSpikeTimesMs.length > 0 ? 'spikingSpine' : 'spine', count: 1 },
    ],
    projections: [{
      name: 'syn', from: 'pre', to: 'post', connect: { rule: 'pairs', pairs: [[0, 0]] },
      weight: W0, delayMs: 1, receptor: 'excitatory', plasticity: rule,
    }],
    stimuli: [
      { kind: 'pulses', name: 'drivePre', target: 'pre', timesMs: times, amplitude: 20000, widthMs: DT_MS / 2 },
      ...(postSpikeTimesMs.length > 0
        ? [{ kind: 'pulses' as const, name: 'drivePost', target: 'post', timesMs: postSpikeTimesMs, amplitude: 200, widthMs: DT_MS / 2 }]
        : []),
    ],
  };
}

/** Runs the protocol plus 2 s for calcium to settle; returns the world. */
export function runFrequencyProtocol(frequencyHz: number, pulses = 100, rule = CALCIUM_RULE): SimWorld {
  const world = buildWorld(frequencySpec(frequencyHz, pulses, rule));
  const durationMs = 100 + (1000 * pulses) / frequencyHz + 2000;
  runTicks(world, Math.round(durationMs / DT_MS));
  return world;
}

/** Peak calcium of one synapse over a run (sampled every tick). */
export function peakCalcium(world: SimWorld, ticks: number): number {
  const calcium = world.registry.get('projection.syn.calcium')!;
  let peak = 0;
  for (let t = 0; t < ticks; t++) {
    runTicks(world, 1);
    if (calcium[0] > peak) peak = calcium[0];
  }
  return peak;
}
