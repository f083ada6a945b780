/**
 * Poisson spike trains (SCIENCE.md §2 inputs): the external 'poisson' stimulus (event-wise exponential
 * intervals, every event delivered) and the 'poisson' neuron model (at most one spike per tick, so a
 * tick spikes with p = 1 − e^(−rΔ) and the expected rate is p/Δ). Streams: 'stimulus' and
 * 'spikeSources', seed 2024. Bounds are 4-5 standard errors.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, stepSim, runTicks, type SimWorld } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';
import { meterWorld } from './stimulusWorld';

const SEED = 2024;
const TARGETS = 100;
const RATE_HZ = 20;

function cvOf(intervals: number[]): number {
  const mean = intervals.reduce((s, x) => s + x, 0) / intervals.length;
  const variance = intervals.reduce((s, x) => s + (x - mean) ** 2, 0) / intervals.length;
  return Math.sqrt(variance) / mean;
}

/** Event times (ms) per target of an external Poisson stimulus, read from gExc (τ = 0: one tick). */
function externalEvents(dtMs: number, durationMs: number): number[][] {
  const world = meterWorld({ seed: SEED, dtMs, count: TARGETS, stimuli: [
    { name: 'drive', kind: 'poisson', target: 'meters', rateHz: RATE_HZ, weight: 1, receptor: 'excitatory' },
  ] });
  const times: number[][] = Array.from({ length: TARGETS }, () => []);
  const ticks = Math.round(durationMs / dtMs);
  for (let t = 0; t < ticks; t++) {
    stepSim(world);
    for (let k = 0; k < TARGETS; k++) {
      const events = world.neurons.gExc[k + 1]; // weight 1: the number of events this tick
      for (let e = 0; e < events; e++) times[k].push(t * dtMs);
    }
  }
  return times;
}

function isisOf(times: number[][]): number[] {
  return times.flatMap((train) => train.slice(1).map((t, i) => t - train[i]));
}

describe(`external 'poisson' stimulus, ${RATE_HZ} Hz to ${TARGETS} targets, seed ${SEED}`, () => {
  it.each([[0.1, 10_000], [1, 20_000]])('dt %s ms over %s ms: rate within 4σ, exponential ISIs (CV ≈ 1, P(ISI > mean) ≈ 1/e)', (dtMs, durationMs) => {
    const times = externalEvents(dtMs, durationMs);
    const expected = TARGETS * RATE_HZ * (durationMs / 1000);
    const total = times.reduce((s, train) => s + train.length, 0);
    expect(Math.abs(total - expected)).toBeLessThan(4 * Math.sqrt(expected));
    const isis = isisOf(times);
    expect(Math.abs(cvOf(isis) - 1)).toBeLessThan(0.04);
    const meanMs = 1000 / RATE_HZ;
    const above = isis.filter((x) => x > meanMs).length / isis.length;
    expect(Math.abs(above - Math.exp(-1))).toBeLessThan(5 * Math.sqrt(0.2325 / isis.length)); // binomial se, p = 1/e
  });

  it('dt 0.1 ms: events reach a τ = 0 current-mode cell in their own tick, and jump a τ = 5 ms cell by the full weight', () => {
    const world = buildWorld({
      seed: SEED, dtMs: 0.1,
      neuronTypes: [{ name: 'fast', model: NeuronModel.lif, vThreshMv: 1e9, tauExcMs: 0 }, { name: 'slow', model: NeuronModel.lif, vThreshMv: 1e9, tauInhMs: 5 }],
      populations: [{ name: 'fast', type: 'fast', count: 1 }, { name: 'slow', type: 'slow', count: 1 }],
      projections: [],
      stimuli: [
        { name: 'a', kind: 'poisson', target: 'fast', rateHz: 50, weight: 2, receptor: 'excitatory' },
        { name: 'b', kind: 'poisson', target: 'slow', rateHz: 50, weight: 2, receptor: 'inhibitory' },
      ],
    });
    const decay = Math.exp(-0.1 / 5);
    let fastEvents = 0, slowEvents = 0, worstFraction = 0;
    for (let t = 0; t < 100_000; t++) {
      const slowBefore = world.neurons.gInh[2];
      stepSim(world);
      fastEvents += world.neurons.gExc[1] / 2;
      // g(t) = g(t − 1)·e^(−dt/τ) + weight·events(t): the increment is a whole number of weights
      const jumps = (world.neurons.gInh[2] - slowBefore * decay) / 2;
      worstFraction = Math.max(worstFraction, Math.abs(jumps - Math.round(jumps)));
      slowEvents += Math.round(jumps);
    }
    expect(worstFraction).toBeLessThan(1e-9);
    // 10 s at 50 Hz: 500 events each (sd 22); none lost, none decayed before they are felt
    expect(Math.abs(fastEvents - 500)).toBeLessThan(4 * Math.sqrt(500));
    expect(Math.abs(slowEvents - 500)).toBeLessThan(4 * Math.sqrt(500));
  });
});

/** Spike times (ms) per neuron of a population of 'poisson' model neurons. */
function sourceSpikes(world: SimWorld, count: number): number[][] {
  const times: number[][] = Array.from({ length: count }, () => []);
  world.monitors.spikes.forEachSince(0, (tick, index) => times[index].push(tick * world.dtMs));
  return times;
}

function sourceWorld(dtMs: number, rateHz: number, count: number): SimWorld {
  return buildWorld({
    seed: SEED, dtMs,
    neuronTypes: [{ name: 'src', model: NeuronModel.poisson, rateHz }],
    populations: [{ name: 'src', type: 'src', count }],
    projections: [],
  });
}

describe(`'poisson' neuron model (one spike per tick at most), seed ${SEED}`, () => {
  it.each([[0.1, 10_000], [1, 20_000]])('dt %s ms, 20 Hz, %s ms: rate = (1 − e^(−rΔ))/Δ within 4σ, geometric ISIs with CV = √(1 − p)', (dtMs, durationMs) => {
    const world = sourceWorld(dtMs, RATE_HZ, TARGETS);
    const ticks = Math.round(durationMs / dtMs);
    runTicks(world, ticks);
    const times = sourceSpikes(world, TARGETS);
    const p = 1 - Math.exp((-RATE_HZ * dtMs) / 1000);
    const trials = TARGETS * ticks;
    const total = times.reduce((s, train) => s + train.length, 0);
    expect(Math.abs(total - trials * p)).toBeLessThan(4 * Math.sqrt(trials * p * (1 - p)));
    expect(Math.abs(cvOf(isisOf(times)) - Math.sqrt(1 - p))).toBeLessThan(0.04);
  });

  it('200 Hz at dt 1 ms fires at (1 − e^(−0.2))/1 ms = 181.3 Hz, not 200 Hz (one spike per tick)', () => {
    const world = sourceWorld(1, 200, 20);
    runTicks(world, 5000);
    const total = world.monitors.spikeCountByPopulation[0];
    const p = 1 - Math.exp(-0.2);
    expect(Math.abs(total - 20 * 5000 * p)).toBeLessThan(4 * Math.sqrt(20 * 5000 * p * (1 - p)));
  });

  it('population rateHz overrides the type; rate 0 never fires', () => {
    const world = buildWorld({
      seed: SEED, dtMs: 1,
      neuronTypes: [{ name: 'src', model: NeuronModel.poisson, rateHz: 5 }],
      populations: [{ name: 'silent', type: 'src', count: 10, rateHz: 0 }, { name: 'fast', type: 'src', count: 10, rateHz: 50 }],
      projections: [],
    });
    runTicks(world, 2000);
    expect(world.monitors.spikeCountByPopulation[0]).toBe(0);
    const p = 1 - Math.exp(-0.05);
    expect(Math.abs(world.monitors.spikeCountByPopulation[1] - 20_000 * p)).toBeLessThan(4 * Math.sqrt(20_000 * p));
  });
});
