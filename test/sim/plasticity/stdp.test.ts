/**
 * Pair-based STDP (src/sim/plasticity/applyStdp.ts, src/sim/models/stdp.ts), SCIENCE.md §2.
 * Neurons: LIF, exact exponential step, driven to spike by one-tick current pulses (pairWorld).
 * dt = 1 ms unless stated; seed 1 (nothing here is random except the seeded spike trains).
 */
import { describe, expect, it } from 'vitest';
import { pairSpec, runPair, spikeCount } from './pairWorld';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { runTicks } from '../../../src/sim/schedule';
import { stdpTrainChange, stdpWindow } from '../../../src/sim/models/stdp';
import type { StdpSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { spawnStream } from '../../../src/sim/build/spawnRandom';

const SCIENCE_WINDOW: StdpSpec = {
  rule: 'stdp', aPlus: 1, aMinus: -1.05, tauPlusMs: 20, tauMinusMs: 20, wMax: 100, wMin: -100, form: 'additive', pairing: 'allToAll',
};

function pairChange(deltaTMs: number, spec: StdpSpec, dtMs = 1, w0 = 5): number {
  const t0 = 100;
  const world = runPair({
    dtMs, preTimesMs: [t0], postTimesMs: [t0 + deltaTMs], plasticity: spec, initialWeight: w0,
  }, 300);
  expect(spikeCount(world, 'pre')).toBe(1);
  expect(spikeCount(world, 'post')).toBe(1);
  return world.synapses.weight[0] - w0;
}

describe('STDP window for an isolated pair (A₊ = 1, A₋ = −1.05, τ = 20 ms; dt 1 ms)', () => {
  const expected: Array<[number, number]> = [
    [1, 0.9512], [5, 0.7788], [10, 0.6065], [20, 0.3679], [40, 0.1353],
    [-1, -0.9988], [-5, -0.8177], [-10, -0.6369], [-20, -0.3863], [-40, -0.1421],
  ];
  for (const [deltaT, dw] of expected) {
    it(`Δt = ${deltaT} ms → Δw = ${dw}`, () => {
      const measured = pairChange(deltaT, SCIENCE_WINDOW);
      expect(measured).toBeCloseTo(dw, 4);
      expect(Math.abs(measured - stdpWindow(deltaT, SCIENCE_WINDOW))).toBeLessThan(1e-9);
    });
  }
});

describe('online traces agree with the event-driven kernel on the dt grid', () => {
  function randomTrain(name: string, n: number, dtMs: number, durationMs: number): number[] {
    const stream = spawnStream(7, name);
    const ticks = new Set<number>();
    while (ticks.size < n) ticks.add(1 + stream.int(Math.round(durationMs / dtMs) - 2));
    return [...ticks].sort((a, b) => a - b).map((t) => t * dtMs);
  }
  for (const pairing of ['allToAll', 'nearest'] as const) {
    for (const dtMs of [1, 0.5, 0.1]) {
      it(`${pairing}, dt ${dtMs} ms: 25 pre and 25 post spikes in 1 s (seeded trains)`, () => {
        const spec: StdpSpec = { ...SCIENCE_WINDOW, aPlus: 0.1, aMinus: -0.105, pairing, wMin: -1e6, wMax: 1e6 };
        const pre = randomTrain(`pre/${dtMs}`, 25, dtMs, 1000);
        const post = randomTrain(`post/${dtMs}`, 25, dtMs, 1000);
        const world = runPair({ dtMs, preTimesMs: pre, postTimesMs: post, plasticity: spec, initialWeight: 0 }, 1100);
        expect(spikeCount(world, 'pre')).toBe(25);
        expect(spikeCount(world, 'post')).toBe(25);
        const reference = stdpTrainChange(pre, post, spec);
        expect(Math.abs(world.synapses.weight[0] - reference)).toBeLessThan(1e-6);
        expect(Math.abs(reference)).toBeGreaterThan(0.001);
      });
    }
  }
});

describe('weight dependence and bounds', () => {
  it('multiplicative depression scales with w/wMax; potentiation stays additive', () => {
    const spec: StdpSpec = { ...SCIENCE_WINDOW, wMin: 0, wMax: 10, form: 'multiplicative' };
    const low = pairChange(-10, spec, 1, 2);
    const high = pairChange(-10, spec, 1, 8);
    expect(low).toBeCloseTo(-1.05 * Math.exp(-0.5) * 0.2, 9);
    expect(high).toBeCloseTo(-1.05 * Math.exp(-0.5) * 0.8, 9);
    expect(pairChange(10, spec, 1, 2)).toBeCloseTo(pairChange(10, spec, 1, 8), 9);
  });
  it('hard bounds clip at wMax and wMin', () => {
    const spec: StdpSpec = { ...SCIENCE_WINDOW, wMin: 0, wMax: 5.5 };
    expect(pairChange(1, spec, 1, 5) + 5).toBe(5.5);
    expect(pairChange(-1, spec, 1, 0.5) + 0.5).toBe(0);
  });
  it('setPlasticity off freezes the weight', () => {
    const world = buildWorld(pairSpec({ dtMs: 1, preTimesMs: [10], postTimesMs: [15], plasticity: SCIENCE_WINDOW, initialWeight: 5 }));
    world.commands.send({ type: 'setPlasticity', projection: 'syn', enabled: false });
    runTicks(world, 100);
    expect(spikeCount(world, 'post')).toBe(1);
    expect(world.synapses.weight[0]).toBe(5);
  });
});

describe('Bi & Poo (1998) window: τ₊ = 16.8 ms, τ₋ = 33.7 ms (A₊ = 1, A₋ = −0.5), dt 1 ms', () => {
  it('LTP when post follows pre, LTD when it precedes, and the LTD lobe is wider', () => {
    const spec: StdpSpec = { ...SCIENCE_WINDOW, aPlus: 1, aMinus: -0.5, tauPlusMs: 16.8, tauMinusMs: 33.7 };
    const deltas = [1, 2, 5, 10, 15, 20, 30, 40, 60, 80];
    const ltp = deltas.map((d) => pairChange(d, spec));
    const ltd = deltas.map((d) => pairChange(-d, spec));
    for (const dw of ltp) expect(dw).toBeGreaterThan(0);
    for (const dw of ltd) expect(dw).toBeLessThan(0);
    // Width at half amplitude, interpolated on the measured points.
    const halfWidth = (values: number[]): number => {
      const half = Math.abs(values[0]) / 2;
      for (let i = 1; i < values.length; i++) {
        if (Math.abs(values[i]) < half) {
          const a = Math.abs(values[i - 1]);
          const b = Math.abs(values[i]);
          return deltas[i - 1] + ((a - half) / (a - b)) * (deltas[i] - deltas[i - 1]);
        }
      }
      return Infinity;
    };
    const ltpWidth = halfWidth(ltp);
    const ltdWidth = halfWidth(ltd);
    expect(ltdWidth).toBeGreaterThan(1.8 * ltpWidth);
    expect(ltpWidth).toBeGreaterThan(10);
    expect(ltpWidth).toBeLessThan(14);
  });
});

describe('neuromodulated STDP (Seol et al. 2007): one protocol, LTD or LTP by the modulator', () => {
  // 30 pre→post pairs (Δt = +10 ms) and 30 post→pre pairs (Δt = −10 ms), 500 ms apart.
  const pre: number[] = [];
  const post: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = 100 + 1000 * i;
    pre.push(t); post.push(t + 10);
    post.push(t + 500); pre.push(t + 510);
  }
  const spec: StdpSpec = {
    ...SCIENCE_WINDOW, aPlus: 0.01, aMinus: -0.0105, wMin: 0, wMax: 10,
    modulation: [
      { modulator: 'norepinephrine', potentiationGain: 0.5, depressionGain: 0 },
      { modulator: 'acetylcholine', potentiationGain: 0, depressionGain: 1 },
    ],
  };
  function netChange(ne: number, ach: number): number {
    const world = runPair({
      dtMs: 1, preTimesMs: pre, postTimesMs: post, plasticity: spec, initialWeight: 5,
      modulators: [
        { name: 'norepinephrine', kind: 'norepinephrine', baseline: ne, tauMs: 500 },
        { name: 'acetylcholine', kind: 'acetylcholine', baseline: ach, tauMs: 500 },
      ],
    }, 31_000);
    return world.synapses.weight[0] - 5;
  }
  it('no modulator: net LTD (A₋/A₊ = 1.05)', () => {
    expect(netChange(0, 0)).toBeCloseTo(30 * 0.01 * Math.exp(-0.5) * (1 - 1.05), 9);
  });
  it('β-adrenergic (NE level 1 → A₊ × 1.5): the same protocol gives net LTP', () => {
    const dw = netChange(1, 0);
    expect(dw).toBeCloseTo(30 * 0.01 * Math.exp(-0.5) * (1.5 - 1.05), 9);
    expect(dw).toBeGreaterThan(0);
  });
  it('muscarinic (ACh level 1 → |A₋| × 2): deeper LTD', () => {
    expect(netChange(0, 1)).toBeLessThan(netChange(0, 0));
  });
});
