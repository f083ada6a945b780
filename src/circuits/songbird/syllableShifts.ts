/**
 * The white-noise experiment's measures (Tumer & Brainard 2007), updated after every rendition:
 * each syllable's pitch shift from the baseline phase (mean of the last SHIFT_RENDITIONS renditions,
 * in baseline SDs), and how specific the shift is: the largest shift of the other syllables as a
 * percentage of a syllable's own. A shift of every syllable by the same amount gives 100%; the bird's
 * shift of one targeted syllable gives a small percentage.
 */
import { History, HISTORY_FIELDS, MAX_SYLLABLES, Summary, type SongRecord } from './songRecord';
import { shiftInBaselineSds, type WhiteNoiseState } from './whiteNoiseContingency';

/**
 * Renditions a shift is averaged over: 100, so a shift is measured against the rendition-to-rendition
 * scatter (a 10-rendition mean wanders by about a third of a baseline SD by chance alone).
 */
export const SHIFT_RENDITIONS = 100;

/**
 * 100 × (largest |shift| of the other syllables) / |shift of the syllable|: 0 for a perfectly specific
 * shift, 100 for a uniform one; NaN while a shift is undefined or the syllable has not moved at all.
 */
export function otherShiftPercent(shiftsSd: ArrayLike<number>, syllables: number, syllable: number): number {
  const own = Math.abs(shiftsSd[syllable]);
  if (!Number.isFinite(own) || own === 0) return Number.NaN;
  let largest = 0;
  for (let s = 0; s < syllables; s++) {
    if (s === syllable) continue;
    const other = Math.abs(shiftsSd[s]);
    if (!Number.isFinite(other)) return Number.NaN;
    if (other > largest) largest = other;
  }
  return (100 * largest) / own;
}

/** Writes every syllable's shift and specificity into the summary after rendition `index`. */
export function updateSyllableShifts(record: SongRecord, whiteNoise: WhiteNoiseState, index: number, syllables: number): void {
  const s = record.summary;
  for (let k = 0; k < syllables; k++) s[Summary.syllableShiftSd + k] = shiftInBaselineSds(whiteNoise, k, recentMean(record, index, History.syllablePitchHz + k));
  const shifts = s.subarray(Summary.syllableShiftSd, Summary.syllableShiftSd + MAX_SYLLABLES);
  for (let k = 0; k < syllables; k++) s[Summary.otherShiftPercent + k] = otherShiftPercent(shifts, syllables, k);
}

/** Mean of a history field over the last SHIFT_RENDITIONS renditions (up to `index`), skipping NaN. */
function recentMean(record: SongRecord, index: number, field: number): number {
  let sum = 0, n = 0;
  for (let r = Math.max(0, index - SHIFT_RENDITIONS + 1); r <= index && r < record.maxRenditions; r++) {
    const v = record.history[r * HISTORY_FIELDS + field];
    if (Number.isFinite(v)) { sum += v; n++; }
  }
  return n > 0 ? sum / n : Number.NaN;
}
