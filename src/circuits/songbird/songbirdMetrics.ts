/**
 * Level metrics of the songbird circuit: their args (joined into the level schema's metric list)
 * and their engine measures (each an entry of the circuit's registered summary, songbird.summary,
 * updated at the end of every rendition; see songRecord.ts). Per trial they give the rendition's
 * value, so a run's trials[].metrics is the learning curve.
 */
import { z } from 'zod';
import { int } from '../plugin/schemaParts';
import type { CircuitMetric } from '../plugin/circuitDefinition';
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import { SUMMARY_NAME, Summary } from './songRecord';

const syllable = int(0, 7, 'Index (0-based) of a syllable of the tutor song.');

const at = (index: number): MeasureSpec => ({ metric: 'registeredValue', name: SUMMARY_NAME, index });
const entry = (index: number) => (): MeasureSpec => at(index);
/** An entry per syllable: the args' syllable picks it. */
const perSyllable = (first: number) => (args: Readonly<Record<string, unknown>>): MeasureSpec =>
  at(first + (typeof args.syllable === 'number' ? args.syllable : 0));

/** Syllables are numbered from 1 on screen (0-based in level files). */
const syllableNumber = (args: Readonly<Record<string, unknown>>): number => (typeof args.syllable === 'number' ? args.syllable : 0) + 1;
/** "Pitch of syllable 2". */
const syllableLabel = (what: string) => (args: Readonly<Record<string, unknown>>): string => `${what} of syllable ${syllableNumber(args)}`;
/** The syllable's number as a translation places it. */
const syllableParams = (args: Readonly<Record<string, unknown>>): { syllable: number } => ({ syllable: syllableNumber(args) });

export const songbirdMetrics = {
  songSimilarity: {
    display: { label: 'Song similarity', unit: '%' },
    args: z.strictObject({})
      .describe('Songbird circuit: similarity of the bird\'s song to the tutor\'s, 0-100 (100 = identical; 80 = on average about a semitone off), mean of the last 10 renditions.'),
    measure: entry(Summary.meanSimilarity),
  },
  songTemplateError: {
    display: { label: 'Song error', unit: '' },
    args: z.strictObject({})
      .describe('Songbird circuit: template error E = (pitch distance / 2 semitones)² + (loudness distance / 0.25)² of the last rendition (0 = identical).'),
    measure: entry(Summary.templateError),
  },
  songPitchError: {
    display: { label: 'Pitch error', unit: 'semitones' },
    args: z.strictObject({})
      .describe('Songbird circuit: RMS pitch distance from the tutor over the tutor\'s voiced frames in the last rendition (semitones).'),
    measure: entry(Summary.pitchErrorSemitones),
  },
  songAmplitudeError: {
    display: { label: 'Loudness error', unit: '' },
    args: z.strictObject({})
      .describe('Songbird circuit: RMS loudness distance from the tutor in the last rendition (loudness 0-1).'),
    measure: entry(Summary.amplitudeError),
  },
  songVariability: {
    display: { label: 'Song variability', unit: 'semitones' },
    args: z.strictObject({})
      .describe('Songbird circuit: rendition-to-rendition variability, the SD of each frame\'s pitch over the last 10 renditions (semitones), averaged over frames.'),
    measure: entry(Summary.variabilitySemitones),
  },
  syllablePitchHz: {
    display: { label: 'Syllable pitch', unit: 'Hz', labelFor: syllableLabel('Pitch'), labelParams: syllableParams },
    args: z.strictObject({ syllable }).describe('Songbird circuit: measured pitch of a syllable in the last rendition (Hz).'),
    measure: perSyllable(Summary.syllablePitchHz),
  },
  syllablePitchShift: {
    display: { label: 'Pitch shift', unit: 'SD', labelFor: syllableLabel('Pitch shift'), labelParams: syllableParams },
    args: z.strictObject({ syllable })
      .describe('Songbird circuit: shift of a syllable\'s pitch (mean of the last 100 renditions) from the white-noise baseline phase, in baseline SDs (positive = higher).'),
    measure: perSyllable(Summary.syllableShiftSd),
  },
  otherSyllablesShiftPercent: {
    display: { label: 'Other syllables\' largest shift', unit: '%', labelFor: (args) => `Other syllables' largest shift (share of syllable ${syllableNumber(args)}'s)`, labelParams: syllableParams },
    args: z.strictObject({ syllable })
      .describe('Songbird circuit: how specific a pitch shift is: the largest shift of the other syllables (absolute, baseline SDs, mean of the last 100 renditions) as a percentage of this syllable\'s shift. 0 = only this syllable moved; 100 = another moved as much (a uniform shift of every syllable gives 100). Undefined until the white-noise baseline is measured or while this syllable has not moved.'),
    measure: perSyllable(Summary.otherShiftPercent),
  },
  renditionsToCriterion: {
    display: { label: 'Songs until learned', unit: '', integer: true },
    args: z.strictObject({})
      .describe('Songbird circuit: renditions sung until the mean similarity of 10 renditions first reached the circuit\'s criterionSimilarity (undefined until then).'),
    measure: entry(Summary.renditionsToCriterion),
  },
} as const satisfies Record<string, CircuitMetric>;
