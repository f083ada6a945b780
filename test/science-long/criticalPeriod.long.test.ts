/**
 * Critical period for ocular dominance (Hensch 2005; the model of Toyoizumi, Miyamoto,
 * Yazaki-Sugiyama, Atapour, Hensch & Miller 2013): closing one eye (monocular deprivation, MD)
 * shifts cortical cells to the open eye when it falls in the critical period, after inhibition has
 * matured; the same 20 s of MD while inhibition is immature, or in the adult (brakes: learning rate
 * ÷ 40), shifts dominance ≤ 1/3 as far; diazepam (more inhibition) given with MD in the young cortex
 * opens the period early: the shift is like the critical period's (≥ 0.8 of it).
 * Shift = ODI after MD − ODI of the same age reared with both eyes open (same seed). ODI from
 * responses: per cell (R_open − R_closed)/(R_open + R_closed), R = spikes evoked by 10 probes of one
 * eye (100 ms) minus a blank window, plasticity off, mature inhibition; averaged over cells. The
 * level's weight-based index (its objectives) is checked to agree in sign and size.
 * Level levels/critical-period.json, seeds 1, 2 and 3, each checked on its own (stricter than their
 * mean); the engine's fixed step, dt = 1 ms (LIF, exact exponential decay of the synaptic currents).
 */
import { describe, expect, it } from 'vitest';
import { criticalPeriodLevel, rearAllAges, type DominanceResult } from '../levels/criticalPeriod/criticalPeriodRuns';

const SEEDS = [1, 2, 3];
const level = criticalPeriodLevel();

interface Shift { readonly response: number; readonly weight: number }
const shift = (md: DominanceResult, control: DominanceResult): Shift => ({ response: md.responseOdi - control.responseOdi, weight: md.weightOdi - control.weightOdi });

describe('critical period: monocular deprivation by age (seeds 1, 2, 3)', () => {
  const results = SEEDS.map((seed) => {
    const r = rearAllAges(level, seed);
    return {
      seed,
      critical: shift(r.critical.deprived, r.critical.control),
      young: shift(r.young.deprived, r.young.control),
      youngDiazepam: shift(r.young.deprivedDiazepam, r.young.control),
      adult: shift(r.adult.deprived, r.adult.control),
    };
  });
  for (const r of results) {
    console.log(`seed ${r.seed}: ODI shift (responses / weights) critical ${r.critical.response.toFixed(3)} / ${r.critical.weight.toFixed(3)}, young ${r.young.response.toFixed(3)} / ${r.young.weight.toFixed(3)}, young + diazepam ${r.youngDiazepam.response.toFixed(3)} / ${r.youngDiazepam.weight.toFixed(3)}, adult ${r.adult.response.toFixed(3)} / ${r.adult.weight.toFixed(3)}`);
  }

  it('MD in the critical period shifts dominance to the open eye (ODI shift ≥ 0.3)', () => {
    for (const r of results) {
      expect(r.critical.response).toBeGreaterThanOrEqual(0.3);
      expect(r.critical.weight).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('the same MD before inhibition matures, or in the adult, shifts it ≤ 1/3 as far', () => {
    for (const r of results) {
      for (const s of [r.young, r.adult]) {
        expect(s.response).toBeLessThanOrEqual(r.critical.response / 3);
        expect(s.weight).toBeLessThanOrEqual(r.critical.weight / 3);
      }
    }
  });

  it('diazepam with MD in the young cortex opens the period early (shift ≥ 0.8 of the critical period\'s)', () => {
    for (const r of results) {
      expect(r.youngDiazepam.response).toBeGreaterThanOrEqual(0.8 * r.critical.response);
      expect(r.youngDiazepam.weight).toBeGreaterThanOrEqual(0.8 * r.critical.weight);
    }
  });
});
