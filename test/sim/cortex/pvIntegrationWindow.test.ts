/**
 * Feedforward PV inhibition narrows the integration window (Pouille & Scanziani 2001, Science
 * 293:1159, Fig. 3: two afferent pathways summate to a spike only when they arrive within ~2 ms of
 * each other; with GABA-A receptors blocked the window grows to ~20 ms and beyond).
 * Network: feedforwardInhibitionNetwork.ts (conductance LIF, exact exponential step, dt 0.1 ms;
 * seeds 1 and 2 draw the synaptic weights; the volleys themselves are not random). Each half-volley
 * alone is below threshold for every pyramidal cell; the window is the largest gap between the two
 * half-volleys at which at least half of the 20 pyramidal cells still fire.
 * Measured: seed 1: 1 ms with PV inhibition, 20 ms blocked (20×); seed 2: 1 ms and 25 ms (25×).
 * Paper: ~2 ms in control, widened several-fold (to tens of ms) in gabazine. Runs in ~0.7 s.
 */
import { describe, expect, it } from 'vitest';
import { PYRAMIDAL_CELLS, pairedVolley, pyramidalSpikeTimes } from './feedforwardInhibitionNetwork';

const GAPS_MS = [0, 1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 25, 30, 40];
const PV_INTACT = 0.4;
const PV_BLOCKED = 0;

/** Fraction of pyramidal cells that fire at each gap (one trial per gap). */
function firingByGap(seed: number, pvWeight: number): number[] {
  return pyramidalSpikeTimes(seed, pvWeight, GAPS_MS.map((gap) => pairedVolley(10, gap))).map((spikes) => spikes.length / PYRAMIDAL_CELLS);
}

function windowMs(fractions: readonly number[]): number {
  let window = Number.NaN;
  fractions.forEach((f, i) => { if (f >= 0.5) window = GAPS_MS[i]; });
  return window;
}

describe('PV feedforward inhibition sets a narrow integration window (Pouille & Scanziani 2001)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: ≤ 3 ms with inhibition, ≥ 3× wider (and ≥ 10 ms) with PV → pyramidal blocked`, () => {
      const intact = firingByGap(seed, PV_INTACT);
      const blocked = firingByGap(seed, PV_BLOCKED);
      const [w1, w0] = [windowMs(intact), windowMs(blocked)];
      console.log(`seed ${seed}: window ${w1} ms intact, ${w0} ms blocked; fractions intact ${intact.join(' ')}, blocked ${blocked.join(' ')}`);
      expect(intact[0]).toBeGreaterThanOrEqual(0.5); // a synchronous volley still fires the cells
      expect(blocked[blocked.length - 1]).toBe(0); // each half alone stays below threshold
      expect(w1).toBeLessThanOrEqual(3);
      expect(w0).toBeGreaterThanOrEqual(10);
      expect(w0).toBeGreaterThanOrEqual(3 * Math.max(w1, 1));
    });
  }
});
