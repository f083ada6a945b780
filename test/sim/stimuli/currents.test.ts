/**
 * Deterministic stimuli (constant/step currents, pulses, modulator pulses) and noise currents, read
 * from iExt straight after the stimuli phase. dt 0.1 ms unless stated; noise stream 'noise', seed 11.
 */
import { describe, expect, it } from 'vitest';
import { runTicks } from '../../../src/sim/index';
import { meterWorld, stimulusTick } from './stimulusWorld';

/** Ticks at which meter 0 received a non-zero current, over `ticks` ticks. */
function activeTicks(world: ReturnType<typeof meterWorld>, ticks: number, meter = 0): number[] {
  const out = new Float64Array(world.neurons.count);
  const active: number[] = [];
  for (let t = 0; t < ticks; t++) {
    stimulusTick(world, out);
    if (out[meter] !== 0) active.push(t);
  }
  return active;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('constant and step currents (dt 0.1 ms)', () => {
  it('on for startMs ≤ t < endMs: 0.3-0.7 ms is ticks 3-6, 10-20 ms is ticks 100-199', () => {
    const short = meterWorld({ seed: 11, dtMs: 0.1, count: 1, stimuli: [{ name: 's', kind: 'constantCurrent', target: 'meters', amplitude: 2, startMs: 0.3, endMs: 0.7 }] });
    expect(activeTicks(short, 20)).toEqual([3, 4, 5, 6]);
    const step = meterWorld({ seed: 11, dtMs: 0.1, count: 1, stimuli: [{ name: 's', kind: 'constantCurrent', target: 'meters', amplitude: 2, startMs: 10, endMs: 20 }] });
    expect(activeTicks(step, 300)).toEqual(range(100, 200));
  });

  it('amplitude is added to every target; stimuli on the same cell sum; no bounds means always on', () => {
    const world = meterWorld({ seed: 11, dtMs: 0.1, count: 3, stimuli: [
      { name: 'tonic', kind: 'constantCurrent', target: 'meters', amplitude: 1.5 },
      { name: 'one', kind: 'constantCurrent', target: 'meters', neurons: [1], amplitude: -4, startMs: 0.2 },
    ] });
    const out = new Float64Array(3);
    stimulusTick(world, out);
    stimulusTick(world, out);
    expect(Array.from(out)).toEqual([1.5, 1.5, 1.5]);
    stimulusTick(world, out);
    expect(Array.from(out)).toEqual([1.5, -2.5, 1.5]);
  });

  it('step current reaches the membrane: a LIF meter (τm 20 ms, R 1) charges only while it is on', () => {
    const world = meterWorld({ seed: 11, dtMs: 0.1, count: 1, stimuli: [{ name: 's', kind: 'constantCurrent', target: 'meters', amplitude: 10, startMs: 5, endMs: 25 }] });
    runTicks(world, 50);
    expect(world.neurons.vMv[1]).toBe(-70);
    runTicks(world, 200); // 5 → 25 ms: v = −70 + 10(1 − e^(−20/20))
    expect(world.neurons.vMv[1]).toBeCloseTo(-70 + 10 * (1 - Math.exp(-1)), 9);
  });
});

describe('pulses (dt 0.1 ms)', () => {
  it('each pulse is on for [start, start + width): 5 ms and 12.3 ms, width 1 ms', () => {
    const world = meterWorld({ seed: 11, dtMs: 0.1, count: 1, stimuli: [{ name: 'p', kind: 'pulses', target: 'meters', timesMs: [5, 12.3], amplitude: 3, widthMs: 1 }] });
    expect(activeTicks(world, 200)).toEqual([...range(50, 60), ...range(123, 133)]);
  });
});

describe('modulatorPulse (dt 0.5 ms)', () => {
  it('releases amount·gain at the tick nearest each time; the pool then decays with its τ', () => {
    const world = meterWorld({
      seed: 11, dtMs: 0.5, count: 1, stimuli: [{ name: 'da', kind: 'modulatorPulse', modulator: 'dopamine', timesMs: [10, 20.2], amount: 0.5 }],
      modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0.1, tauMs: 200 }],
    });
    const level = world.modulators.level;
    runTicks(world, 20); // ticks 0-19: nothing yet
    expect(level[0]).toBeCloseTo(0.1, 12);
    runTicks(world, 1); // tick 20 = 10 ms
    expect(level[0]).toBeCloseTo(0.6, 12);
    runTicks(world, 19); // ticks 21-39: decay only
    expect(level[0]).toBeCloseTo(0.1 + 0.5 * Math.exp(-19 * 0.5 / 200), 12);
    runTicks(world, 1); // tick 40 = round(20.2 / 0.5)
    expect(level[0]).toBeCloseTo(0.1 + 0.5 * Math.exp(-20 * 0.5 / 200) + 0.5, 12);
  });
});

describe("noise currents (stream 'noise', seed 11, dt 1 ms)", () => {
  function moments(targets: number[] | undefined, spec: { kind: 'gaussianNoise'; mean: number; sd: number } | { kind: 'uniformNoise'; min: number; max: number }): { mean: number; sd: number; n: number } {
    const world = meterWorld({ seed: 11, dtMs: 1, count: 500, stimuli: [{ name: 'n', target: 'meters', neurons: targets, ...spec }] });
    const out = new Float64Array(500);
    const picked = targets ?? range(0, 500);
    let sum = 0, sumSq = 0, n = 0;
    for (let t = 0; t < 400; t++) {
      stimulusTick(world, out);
      for (const k of picked) { sum += out[k]; sumSq += out[k] * out[k]; n++; }
    }
    const mean = sum / n;
    return { mean, sd: Math.sqrt(sumSq / n - mean * mean), n };
  }

  it('gaussianNoise, contiguous targets (batch ziggurat path): mean 2, sd 3 within 5 standard errors', () => {
    const { mean, sd, n } = moments(undefined, { kind: 'gaussianNoise', mean: 2, sd: 3 });
    expect(Math.abs(mean - 2)).toBeLessThan(5 * 3 / Math.sqrt(n));
    expect(Math.abs(sd - 3)).toBeLessThan(5 * 3 / Math.sqrt(2 * n));
  });

  it('gaussianNoise, scattered targets (per-draw path): mean −1, sd 0.5; untargeted cells get nothing', () => {
    const targets = range(0, 250).map((i) => 2 * i);
    const { mean, sd, n } = moments(targets, { kind: 'gaussianNoise', mean: -1, sd: 0.5 });
    expect(Math.abs(mean + 1)).toBeLessThan(5 * 0.5 / Math.sqrt(n));
    expect(Math.abs(sd - 0.5)).toBeLessThan(5 * 0.5 / Math.sqrt(2 * n));
    const world = meterWorld({ seed: 11, dtMs: 1, count: 500, stimuli: [{ name: 'n', kind: 'gaussianNoise', target: 'meters', neurons: targets, mean: -1, sd: 0.5 }] });
    const out = new Float64Array(500);
    stimulusTick(world, out);
    expect(targets.every((k) => out[k + 1] === 0)).toBe(true);
  });

  it('uniformNoise on [−6.5, 6.5] (Izhikevich 2007 "13·(U − 0.5)"): mean 0, sd 13/√12', () => {
    const { mean, sd, n } = moments(undefined, { kind: 'uniformNoise', min: -6.5, max: 6.5 });
    const sdExact = 13 / Math.sqrt(12);
    expect(Math.abs(mean)).toBeLessThan(5 * sdExact / Math.sqrt(n));
    expect(Math.abs(sd - sdExact)).toBeLessThan(5 * sdExact * 0.45 / Math.sqrt(n)); // sd of s for a uniform: σ·√((9/5 − 1)/4)/√n
  });
});
