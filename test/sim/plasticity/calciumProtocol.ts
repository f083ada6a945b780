/**
 * Protocols of Shouval, Bear & Cooper (2002) for the calcium rule, in the engine: one presynaptic
 * LIF neuron made to fire at a given frequency by one-tick current pulses, onto one passive
 * postsynaptic spine (LIF with its threshold out of reach, rest −65 mV, τm 50 ms, current input
 * τ 5 ms: each EPSP has the paper's shape e^(−t/50) − e^(−t/5)). Two projections from the
 * presynaptic cell: the plastic synapse under test (w0 0.05, wMax 0.2, so W = w/wMax starts at the
 * paper's resting 0.25; its own EPSP peaks at 0.1 mV) and the other fibres the stimulating
 * electrode excites with it (fixed weight, 9.9 mV), so the compound EPSP is the paper's 10 mV of
 * the rate protocol and, as in the paper, does not change with the weight under test. Integration: LIF exact exponential step, dt 0.5 ms; nothing
 * random (seed 1).
 */
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { CalciumSpec } from '../../../src/sim/plasticity/plasticitySpec';
import type { SimWorld } from '../../../src/sim/world/world';
import { runTicks } from '../../../src/sim/schedule';
import { PULSE_CELL } from './pairWorld';

/** SBC 2002's parameters (Methods), the optional ones left to their defaults, which are SBC's too. */
export const CALCIUM_RULE: CalciumSpec = {
  rule: 'calcium', tauCaMs: 50, nmdaCalciumGain: 1 / 500, nmdaDecayMs: 50, magnesiumMm: 1,
  thetaDepression: 0.35, thetaPotentiation: 0.55, learningRatePerMs: 1 / 1000, wMax: 0.2,
};

export const W0 = 0.05;
export const DT_MS = 0.5;
/** Spine resistance (MΩ) that makes a weight of 1 give a 2 mV EPSP peak (measured: 81.36 mV at 1000 MΩ). */
export const SPINE_RESISTANCE_MOHM = 2000 / 81.362;
/** Weight of the co-stimulated fibres: 9 mV, so the compound EPSP is 10 mV at w0. */
export const FIBRES_WEIGHT = 4.95;
export const FIRST_PULSE_MS = 100;

export interface ProtocolOptions {
  pulses?: number;
  rule?: CalciumSpec;
  postSpikeTimesMs?: number[];
  /** Fibres' weight (0: the synapse alone). */
  fibresWeight?: number;
  w0?: number;
}

export function frequencySpec(frequencyHz: number, options: ProtocolOptions = {}): NetworkSpec {
  const { pulses = 100, rule = CALCIUM_RULE, postSpikeTimesMs = [], fibresWeight = FIBRES_WEIGHT } = options;
  // On the tick grid: a half-tick pulse at a time between two ticks would cover none and be lost
  // (what made the old record non-monotone: at 3 and 7 Hz two pulses in three fell between ticks).
  const times = Array.from({ length: pulses }, (_, i) => DT_MS * Math.round((FIRST_PULSE_MS + (1000 * i) / frequencyHz) / DT_MS));
  const spine = { inputMode: 0, tauMMs: 50, vRestMv: -65, vResetMv: -65, resistanceMOhm: SPINE_RESISTANCE_MOHM, tauExcMs: 5, model: 2 } as const;
  return {
    seed: 1,
    dtMs: DT_MS,
    neuronTypes: [
      PULSE_CELL,
      { name: 'spine', ...spine, vThreshMv: 1e9 },
      { name: 'spikingSpine', ...spine, vThreshMv: -50, refractoryMs: 2 },
    ],
    populations: [
      { name: 'pre', type: 'pulseCell', count: 1 },
      { name: 'post', type: postSpikeTimesMs.length > 0 ? 'spikingSpine' : 'spine', count: 1 },
    ],
    projections: [
      { name: 'syn', from: 'pre', to: 'post', connect: { rule: 'pairs', pairs: [[0, 0]] }, weight: options.w0 ?? W0, delayMs: 1, receptor: 'excitatory', plasticity: rule },
      ...(fibresWeight > 0
        ? [{ name: 'fibres', from: 'pre', to: 'post', connect: { rule: 'pairs' as const, pairs: [[0, 0]] as [number, number][] }, weight: fibresWeight, delayMs: 1, receptor: 'excitatory' as const }]
        : []),
    ],
    stimuli: [
      { kind: 'pulses', name: 'drivePre', target: 'pre', timesMs: times, amplitude: 20000, widthMs: DT_MS / 2 },
      ...(postSpikeTimesMs.length > 0
        ? [{ kind: 'pulses' as const, name: 'drivePost', target: 'post', timesMs: postSpikeTimesMs, amplitude: 200, widthMs: DT_MS / 2 }]
        : []),
    ],
  };
}

/** Runs the protocol plus 2 s after the last pulse for calcium to settle; returns the world. */
export function runFrequencyProtocol(frequencyHz: number, options: ProtocolOptions = {}, commands: (world: SimWorld) => void = () => {}): SimWorld {
  const pulses = options.pulses ?? 100;
  const world = buildWorld(frequencySpec(frequencyHz, options));
  commands(world);
  const durationMs = FIRST_PULSE_MS + (1000 * (pulses - 1)) / frequencyHz + 2000;
  runTicks(world, Math.round(durationMs / DT_MS));
  return world;
}

/** 1 Hz pairing with the spine held at vMv (Ngezahayo, Schachner & Artola 2000; SBC Fig. 3A): w/w0. */
export function clampedPairingRatio(vMv: number, pulses = 100): number {
  const world = runFrequencyProtocol(1, { pulses }, (w) => w.commands.send({ type: 'voltageClamp', population: 'post', vMv }));
  return world.synapses.weight[0] / W0;
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
