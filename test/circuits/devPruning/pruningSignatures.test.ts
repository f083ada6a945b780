/**
 * Developmental pruning's signatures (docs/model.md, "Developmental pruning"), on the built-in level
 * developmental-pruning's network run at seeds 1-8 (rate network, one epoch per 200 ms of level
 * time, 240 epochs; all draws from the level's seeded streams). Each seed runs three ways from the
 * same start: pruning by blame and use (the level as built), random pruning of the same number of
 * synapses at the same epochs (targetedShare 0), and no pruning (pruneFraction 0).
 *
 * 1. The synapse count rises to a peak (epoch 24) and then falls by 30-50% of it (40% on every
 *    seed; Huttenlocher 1979, 1990; Huttenlocher & Dabholkar 1997).
 * 2. Held-out accuracy holds through pruning: at the end it is within 1.5 points of the unpruned
 *    twin's on every seed and no lower on average than 0.5 points below it (measured: worst −1.4 at
 *    seed 5, mean −0.3). The twin, the same network learning from the same examples without losing
 *    synapses, is the comparison: accuracy against its own value before pruning would mostly measure
 *    the learning that goes on meanwhile. The twin is checked against a separate run without pruning
 *    at seeds 1-3 (the same numbers).
 * 3. Random pruning of the same count at the same times is worse: by at least 1 point on at least 7
 *    of the 8 seeds and by at least 3 points on average (measured: 1.8 to 8.9 points, 5.3 on average).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { devPruningCircuitsOf } from '../../../src/circuits/devPruning/devPruningCircuit';
import { SCORE } from '../../../src/circuits/devPruning/development';
import type { DevPruningCircuitConfig } from '../../../src/circuits/devPruning/configSchema';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import type { Level } from '../../../src/levels/schema/level';
import { runTicks } from '../../../src/sim/schedule';
import { builtInLevel } from '../../levels/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Seeds on which the twin is checked against a separate run without pruning. */
const TWIN_SEEDS = [1, 2, 3];
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function withConfig(level: Level, change: Partial<DevPruningCircuitConfig>): Level {
  return { ...level, circuits: level.circuits.map((c) => (c.kind === 'devPruning' ? { ...c, ...change } : c)) };
}

interface Run { scores: Float64Array; countCurve: Float64Array; config: DevPruningCircuitConfig }

function run(level: Level, seed: number): Run {
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  runTicks(spawned.world, Math.round(level.durationMs / level.dtMs));
  const circuit = devPruningCircuitsOf(spawned.world)[0];
  const { state } = circuit.development;
  return { scores: state.scores, countCurve: state.countCurve, config: circuit.config };
}

describe('developmental pruning: the count peaks and falls, accuracy holds, random pruning does worse', () => {
  let targeted: Run[] = [];
  let random: Run[] = [];
  let unpruned: Run[] = [];
  beforeAll(() => {
    const level = builtInLevel('developmental-pruning');
    targeted = SEEDS.map((seed) => run(level, seed));
    random = SEEDS.map((seed) => run(withConfig(level, { targetedShare: 0 }), seed));
    unpruned = TWIN_SEEDS.map((seed) => run(withConfig(level, { pruneFraction: 0 }), seed));
  }, 60_000);

  it('rises to a peak at the end of synaptogenesis and then falls by 30-50% of it (seeds 1-8)', () => {
    for (const r of targeted) {
      const curve = Array.from(r.countCurve.subarray(0, r.config.maxEpochs + 1));
      const peak = Math.max(...curve);
      const peakAt = curve.indexOf(peak);
      expect(peakAt).toBe(r.config.growthEpochs);
      expect(curve[0]).toBeLessThan(0.6 * peak);
      expect(r.scores[SCORE.peakSynapses]).toBe(peak);
      expect(r.scores[SCORE.fallFromPeak]).toBeGreaterThanOrEqual(30);
      expect(r.scores[SCORE.fallFromPeak]).toBeLessThanOrEqual(50);
      // The count never rises again once pruning has started.
      for (let e = r.config.pruneStartEpoch + 1; e < curve.length; e++) expect(curve[e]).toBeLessThanOrEqual(curve[e - 1]);
    }
  });

  it('keeps held-out accuracy through pruning, next to its unpruned twin (seeds 1-8)', () => {
    const change = targeted.map((r) => r.scores[SCORE.accuracyVsUnpruned]);
    for (let i = 0; i < SEEDS.length; i++) {
      // The twin is the same network without pruning: a separate unpruned run gives the same accuracy.
      if (i < TWIN_SEEDS.length) expect(targeted[i].scores[SCORE.twinAccuracy]).toBeCloseTo(unpruned[i].scores[SCORE.accuracy], 9);
      expect(change[i], `seed ${SEEDS[i]}`).toBeGreaterThanOrEqual(-1.5);
    }
    expect(mean(change)).toBeGreaterThanOrEqual(-0.5);
  });

  it('does worse when the same number of synapses is pruned at random at the same times (seeds 1-8)', () => {
    const gaps = SEEDS.map((_, i) => targeted[i].scores[SCORE.accuracy] - random[i].scores[SCORE.accuracy]);
    for (let i = 0; i < SEEDS.length; i++) {
      expect(random[i].scores[SCORE.synapses]).toBe(targeted[i].scores[SCORE.synapses]);
      expect(random[i].scores[SCORE.removed]).toBe(targeted[i].scores[SCORE.removed]);
    }
    expect(gaps.filter((g) => g >= 1).length).toBeGreaterThanOrEqual(7);
    expect(mean(gaps)).toBeGreaterThanOrEqual(3);
  });
});
