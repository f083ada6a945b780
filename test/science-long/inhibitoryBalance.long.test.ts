/**
 * Inhibitory STDP balances excitation channel by channel (Vogels, Sprekeler, Zenke, Clopath &
 * Gerstner 2011, Science 334:1569, Fig. 1): inhibitory weights that start flat come to mirror the
 * excitatory tuning, the cell's rate settles at the rule's target ρ₀, and its firing is irregular.
 * Network: test/sim/cortex/inhibitoryBalanceNetwork.ts (one conductance-based LIF cell, 8 channels of
 * 16 excitatory + 4 inhibitory co-modulated fibres; exact exponential step, dt 0.5 ms). Rule:
 * src/sim/plasticity/applyInhibitoryStdp.ts with η 0.005, τ 20 ms, ρ₀ 5 Hz, wMax 1; inhibition starts
 * at 0.01 on every synapse. Seeds 1, 2 and 3 (Poisson drive and hub timing). 40 s of learning, then 20 s
 * measured. Paper: r ≈ 0.9+ between E and I tuning, rate → ρ₀ (5 Hz), CV of ISIs ≈ 1.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/sim/build/buildWorld';
import { stepSim } from '../../src/sim/schedule';
import { populationByName, projectionByName } from '../../src/sim/world/world';
import { pearsonCorrelation, coefficientOfVariation } from '../../src/sim/timeline/spikeStatistics';
import { balanceSpec, CHANNELS, INH_PER_CHANNEL, excitatoryTuning } from '../sim/cortex/inhibitoryBalanceNetwork';

/** One cell per seed: cells given the same fibres and weights would fire identically (the drive is shared). */
const CELLS = 1;
const TARGET_HZ = 5;
const RULE = { rule: 'inhibitoryStdp', learningRate: 0.005, tauMs: 20, targetRateHz: TARGET_HZ, wMax: 1 } as const;

function runSeed(seed: number) {
  const world = buildWorld(balanceSpec(seed, RULE, 0.01, CELLS));
  const cells = populationByName(world, 'cell');
  const spikeTimesMs: number[][] = Array.from({ length: CELLS }, () => []);
  const run = (ms: number) => {
    for (let k = 0; k < ms / world.dtMs; k++) {
      stepSim(world);
      for (let j = 0; j < world.spikedCount[0]; j++) {
        const i = world.spikedList[j] - cells.firstEid;
        if (i >= 0 && i < CELLS) spikeTimesMs[i].push(world.clock[0] * world.dtMs);
      }
    }
  };
  run(2000);
  const initialRateHz = spikeTimesMs.reduce((n, s) => n + s.length, 0) / CELLS / 2;
  run(38_000);
  for (const s of spikeTimesMs) s.length = 0;
  run(20_000);
  const rateHz = spikeTimesMs.reduce((n, s) => n + s.length, 0) / CELLS / 20;
  const cv = spikeTimesMs.map((s) => coefficientOfVariation(s.slice(1).map((t, i) => t - s[i])));
  const inhibition = projectionByName(world, 'inhibition');
  const excitation = Array.from({ length: CHANNELS }, (_, c) => excitatoryTuning(c));
  // Inhibitory synapses are numbered pre-major (allToAll): synapse of fibre f onto cell n is f·CELLS + n.
  const r = Array.from({ length: CELLS }, (_, n) => pearsonCorrelation(excitation, Array.from({ length: CHANNELS }, (_, c) => {
    let sum = 0;
    for (let k = 0; k < INH_PER_CHANNEL; k++) sum += Math.abs(world.synapses.weight[inhibition.firstSynapse + (c * INH_PER_CHANNEL + k) * CELLS + n]);
    return sum / INH_PER_CHANNEL;
  })));
  return { initialRateHz, rateHz, cv, r };
}

describe('inhibitory STDP: detailed balance (Vogels et al. 2011)', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: E/I tuning r ≥ 0.8, rate within ±30% of 5 Hz, ISI CV ≥ 0.7`, () => {
      const { initialRateHz, rateHz, cv, r } = runSeed(seed);
      const meanCv = cv.reduce((a, b) => a + b, 0) / CELLS;
      console.log(`seed ${seed}: rate ${initialRateHz.toFixed(1)} Hz before → ${rateHz.toFixed(2)} Hz (target 5); r per cell ${r.map((x) => x.toFixed(3)).join(', ')}; CV per cell ${cv.map((x) => x.toFixed(2)).join(', ')} (mean ${meanCv.toFixed(2)})`);
      expect(initialRateHz).toBeGreaterThan(3 * TARGET_HZ); // flat, weak inhibition: far above target at first
      for (const x of r) expect(x).toBeGreaterThanOrEqual(0.8);
      expect(rateHz).toBeGreaterThanOrEqual(0.7 * TARGET_HZ);
      expect(rateHz).toBeLessThanOrEqual(1.3 * TARGET_HZ);
      expect(meanCv).toBeGreaterThanOrEqual(0.7);
    });
  }
});
