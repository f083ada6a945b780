/**
 * Critical period for ocular dominance (Hensch 2005; the model of Toyoizumi, Miyamoto,
 * Yazaki-Sugiyama, Atapour, Hensch & Miller 2013): closing one eye (monocular deprivation, MD)
 * shifts cortical cells to the open eye when it falls in the critical period, after inhibition has
 * matured; the same 20 s of MD while inhibition is immature, or in the adult (brakes: learning rate
 * ÷ 20), shifts dominance ≤ 1/3 as far; diazepam (more inhibition) given with MD in the young cortex
 * opens the period early: the shift is like the critical period's (≥ 0.8 of it).
 * Shift = ODI after MD − ODI of the same age reared with both eyes open (same seed). ODI from
 * responses: per cell (R_open − R_closed)/(R_open + R_closed), R = spikes evoked by 10 probes of one
 * eye (100 ms) minus a blank window, plasticity off, mature inhibition; averaged over cells. The
 * level's weight-based index (its objectives) is checked to agree in sign and size.
 * Level levels/critical-period.json, seeds 1 and 2; the engine's fixed step, dt = 1 ms (LIF, exact
 * exponential decay of the synaptic currents).
 */
import { describe, expect, it } from 'vitest';
import { criticalPeriodLevel, rearAndProbe, type Age, type DominanceResult } from '../levels/criticalPeriod/criticalPeriodRuns';

const SEEDS = [1, 2];
const level = criticalPeriodLevel();

interface Shift { readonly response: number; readonly weight: number }
const shift = (md: DominanceResult, control: DominanceResult): Shift => ({ response: md.responseOdi - control.responseOdi, weight: md.weightOdi - control.weightOdi });

describe('critical period: monocular deprivation by age (seeds 1, 2)', () => {
  const results = SEEDS.map((seed) => {
    const control = (age: Age) => rearAndProbe(level, seed, age, false);
    const youngControl = control('young');
    return {
      seed,
      critical: shift(rearAndProbe(level, seed, 'critical', true), control('critical')),
      young: shift(rearAndProbe(level, seed, 'young', true), youngControl),
      youngDiazepam: shift(rearAndProbe(level, seed, 'young', true, true), youngControl),
      adult: shift(rearAndProbe(level, seed, 'adult', true), control('adult')),
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
