/**
 * SCIENCE.md §6, songbird learning, on the bare circuit (src/circuits/songbird) with its default
 * parameters: LIF neurons with the exact exponential step, dt = 1 ms; tutor 'zebra-finch-a'
 * (10 ms frames); one rendition per trial; seeds stated per test. Each test runs thousands of
 * renditions (10-40 s), so they live here, not in the fast suite.
 */
import { describe, expect, it } from 'vitest';
import { runSongbirdSession, type RenditionResult } from '../../src/circuits/songbird';

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanOf = (rs: RenditionResult[], f: (r: RenditionResult) => number): number => mean(rs.map(f).filter(Number.isFinite));
const LMAN_LESION = { type: 'lesion', population: 'lman' };
const DEAFEN = { type: 'deafen', enabled: true };

describe('songbird learning (Fiete, Fee & Seung 2007)', () => {
  it('the template error falls to ≤ 10% of its initial value within 2000 renditions (seed 7)', () => {
    const { renditions } = runSongbirdSession([{ name: 'learn', renditions: 2000 }], 7);
    const initial = meanOf(renditions.slice(0, 10), (r) => r.templateError);
    const final = meanOf(renditions.slice(-50), (r) => r.templateError);
    const tenPercentAt = renditions.findIndex((r, i) => i >= 9 && meanOf(renditions.slice(i - 9, i + 1), (x) => x.templateError) <= 0.1 * initial);
    console.log(`initial E ${initial.toFixed(2)}, final ${final.toFixed(3)} (${((100 * final) / initial).toFixed(1)}%), 10% first at rendition ${tenPercentAt + 1}, final similarity ${meanOf(renditions.slice(-10), (r) => r.similarity).toFixed(1)}`);
    expect(final).toBeLessThanOrEqual(0.1 * initial);
    expect(tenPercentAt).toBeGreaterThan(0);
  }, 120_000);

  it('LMAN lesioned from the start: no learning and no rendition-to-rendition variability (Ölveczky et al. 2005; seed 7)', () => {
    const { renditions } = runSongbirdSession([{ name: 'learn', renditions: 600, commandsAtStart: [LMAN_LESION] }], 7);
    // The lesion lands one tick into the first rendition (commands apply at the next tick): compare from the second.
    const initial = meanOf(renditions.slice(1, 11), (r) => r.templateError);
    const final = meanOf(renditions.slice(-10), (r) => r.templateError);
    const variability = meanOf(renditions.slice(-10), (r) => r.variabilitySemitones);
    console.log(`LMAN lesion: E ${initial.toFixed(3)} → ${final.toFixed(3)}, variability ${variability.toFixed(4)} st`);
    expect(Math.abs(final - initial)).toBeLessThan(1e-9);
    expect(variability).toBeLessThan(0.01);
  }, 120_000);

  it('adult deafening degrades the song with LMAN intact, not with LMAN lesioned (Brainard & Doupe 2000; seed 11)', () => {
    const learn = { name: 'learn', renditions: 1500 };
    const intact = runSongbirdSession([learn, { name: 'deaf', renditions: 800, commandsAtStart: [DEAFEN] }], 11).renditions;
    const lesioned = runSongbirdSession([learn, { name: 'deaf', renditions: 800, commandsAtStart: [DEAFEN, LMAN_LESION] }], 11).renditions;
    const error = (rs: RenditionResult[]): number => meanOf(rs, (r) => r.templateError);
    const similarity = (rs: RenditionResult[]): number => meanOf(rs, (r) => r.similarity);
    const before = error(intact.slice(1450, 1500));
    const afterIntact = error(intact.slice(-50));
    // The lesion lands one tick into the first deaf rendition: the lesioned song is measured from the second.
    const lesionedAtFirst = error(lesioned.slice(1501, 1551));
    const afterLesioned = error(lesioned.slice(-50));
    console.log(`deafened 800 renditions: template error ${before.toFixed(3)} → ${afterIntact.toFixed(3)} with LMAN intact, → ${lesionedAtFirst.toFixed(3)} (first 50) → ${afterLesioned.toFixed(3)} with LMAN lesioned; similarity ${similarity(intact.slice(1450, 1500)).toFixed(1)} → ${similarity(intact.slice(-50)).toFixed(1)} / ${similarity(lesioned.slice(-50)).toFixed(1)}`);
    // Degraded: the error grows by at least a quarter.
    expect(afterIntact).toBeGreaterThan(1.25 * before);
    // Crystallised: the lesioned song (which lost LMAN's variability, and with it that part of the
    // error) stays within ±10% of itself over 800 deaf renditions, and is no worse than the hearing song.
    expect(Math.abs(afterLesioned - lesionedAtFirst)).toBeLessThan(0.1 * lesionedAtFirst);
    expect(afterLesioned).toBeLessThan(1.1 * before);
  }, 240_000);

  // Seeds 1-5, 1200 practice + 100 baseline + 600 noise renditions each (~15 s of CPU per seed).
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`pitch-contingent white noise shifts the target syllable up by ≥ 1 baseline SD, and every other syllable by ≤ 1/3 of that (Tumer & Brainard 2007; last 100 renditions; seed ${seed})`, () => {
      const target = 0;
      const { renditions } = runSongbirdSession(
        [{ name: 'learn', renditions: 1200 }, { name: 'baseline', renditions: 100 }, { name: 'noise', renditions: 600 }], seed,
        { whiteNoise: { syllable: target, percentile: 60, baselinePhase: 'baseline', noisePhases: ['noise'], direction: 'below' } },
      );
      const baseline = renditions.slice(1200, 1300);
      const end = renditions.slice(-100);
      const shifts = baseline[0].syllablePitchHz.map((_, s) => {
        const b = baseline.map((r) => r.syllablePitchHz[s]).filter(Number.isFinite);
        const m = mean(b);
        const sd = Math.sqrt(b.reduce((a, x) => a + (x - m) ** 2, 0) / (b.length - 1));
        return (meanOf(end, (r) => r.syllablePitchHz[s]) - m) / sd;
      });
      const noiseFraction = mean(end.map((r) => (r.whiteNoise ? 1 : 0)));
      const others = shifts.filter((_, s) => s !== target).map(Math.abs);
      console.log(`white noise, seed ${seed}: shifts in baseline SDs ${shifts.map((x) => x.toFixed(2)).join(', ')} (target ${target}); largest other ${(Math.max(...others) / shifts[target]).toFixed(2)} of the target's; noise on ${(100 * noiseFraction).toFixed(0)}% of the last 100`);
      // Escape direction: the noise plays below the threshold, so the target moves up.
      expect(shifts[target]).toBeGreaterThanOrEqual(1);
      for (const shift of others) expect(shift).toBeLessThanOrEqual(shifts[target] / 3);
    }, 240_000);
  }
});
