/**
 * Helpers for single-neuron tests: a one-neuron world per Izhikevich (2003) type (SCIENCE.md §1 table),
 * built with buildWorld, and spike-train measures. Deterministic: no stimulus here draws randomness.
 */
import { buildWorld, runTicks, type SimWorld, type StimulusSpec, type MonitorSpec } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';

export const IZHIKEVICH_TYPES = {
  RS: { a: 0.02, b: 0.2, c: -65, d: 8 },
  IB: { a: 0.02, b: 0.2, c: -55, d: 4 },
  CH: { a: 0.02, b: 0.2, c: -50, d: 2 },
  FS: { a: 0.1, b: 0.2, c: -65, d: 2 },
  LTS: { a: 0.02, b: 0.25, c: -65, d: 2 },
  TC: { a: 0.02, b: 0.25, c: -65, d: 0.05 },
  RZ: { a: 0.1, b: 0.26, c: -65, d: 2 },
} as const;
export type IzhikevichTypeName = keyof typeof IZHIKEVICH_TYPES;

export interface SingleCellOptions {
  scheme: 'izhikevichEuler' | 'izhikevichNetwork';
  dtMs: number;
  eulerStepMs?: number;
  initialVMv?: number;
  initialU?: number;
  stimuli?: Array<{ amplitude: number; startMs: number; endMs: number }>;
  probeEveryMs?: number;
}

/** A world with one neuron (eid 1) of the given type; u0 = b·v0 unless initialU is given. */
export function singleCellWorld(type: IzhikevichTypeName, options: SingleCellOptions): SimWorld {
  const stimuli: StimulusSpec[] = (options.stimuli ?? []).map((s, i) => ({
    name: `step${i}`, kind: 'constantCurrent', target: 'cell', amplitude: s.amplitude, startMs: s.startMs, endMs: s.endMs,
  }));
  const monitors: MonitorSpec[] = options.probeEveryMs === undefined ? []
    : [{ name: 'v', kind: 'probe', state: 'neurons.vMv', indices: [1], everyMs: options.probeEveryMs, capacity: 1 << 16 }];
  return buildWorld({
    seed: 1,
    dtMs: options.dtMs,
    neuronTypes: [{
      name: type, ...IZHIKEVICH_TYPES[type],
      model: options.scheme === 'izhikevichEuler' ? NeuronModel.izhikevichEuler : NeuronModel.izhikevichNetwork,
      eulerStepMs: options.eulerStepMs ?? 0.25,
    }],
    populations: [{ name: 'cell', type, count: 1, initialVMv: options.initialVMv ?? -70, initialU: options.initialU }],
    projections: [],
    stimuli,
    monitors,
  });
}

/** Runs for durationMs and returns the spike times (ms) read from the spike monitor. */
export function spikeTimesMs(world: SimWorld, durationMs: number): number[] {
  runTicks(world, Math.round(durationMs / world.dtMs));
  const times: number[] = [];
  world.monitors.spikes.forEachSince(0, (tick) => times.push(tick * world.dtMs));
  return times;
}

/** The SCIENCE.md §1 protocol: v0 = −70, u0 = b·v0, I = 10 from 50 to 550 ms; spikes within [50, 600). */
export function standardProtocolSpikes(type: IzhikevichTypeName, scheme: SingleCellOptions['scheme'], dtMs: number): number[] {
  const world = singleCellWorld(type, { scheme, dtMs, eulerStepMs: 0.25, stimuli: [{ amplitude: 10, startMs: 50, endMs: 550 }] });
  return spikeTimesMs(world, 600).filter((t) => t >= 50);
}

export function interSpikeIntervals(times: number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]);
}

/** Groups spikes into bursts: consecutive spikes ≤ maxGapMs apart (SCIENCE.md: 15 ms). */
export function burstSizes(times: number[], maxGapMs = 15): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < times.length; i++) {
    if (i > 0 && times[i] - times[i - 1] <= maxGapMs) sizes[sizes.length - 1] += 1;
    else sizes.push(1);
  }
  return sizes;
}

/** Mean ISI (ms) of the spikes in [fromMs, toMs): the adapted, steady-state interval. */
export function steadyIsiMs(times: number[], fromMs = 300, toMs = 550): number {
  const isis = interSpikeIntervals(times.filter((t) => t >= fromMs && t < toMs));
  return isis.reduce((sum, x) => sum + x, 0) / isis.length;
}
