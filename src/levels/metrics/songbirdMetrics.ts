/**
 * Level metrics of the songbird circuit: their args (joined into schema/metrics.ts) and their
 * engine measures (each an entry of the circuit's registered summary, songbird.summary, updated at
 * the end of every rendition; see src/circuits/songbird/songRecord.ts). Per trial they give the
 * rendition's value, so a run's trials[].metrics is the learning curve.
 */
import { z } from 'zod';
import { int } from '../schema/common';
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import { SUMMARY_NAME, Summary } from '../../circuits/songbird/songRecord';

const syllable = int(0, 7, 'Index (0-based) of a syllable of the tutor song.');

export const songbirdMetricArgs = {
  songSimilarity: z.strictObject({})
    .describe('Songbird circuit: similarity of the bird\'s song to the tutor\'s, 0-100 (100 = identical; 80 = on average about a semitone off), mean of the last 10 renditions.'),
  songTemplateError: z.strictObject({})
    .describe('Songbird circuit: template error E = (pitch distance / 2 semitones)² + (loudness distance / 0.25)² of the last rendition (0 = identical).'),
  songPitchError: z.strictObject({})
    .describe('Songbird circuit: RMS pitch distance from the tutor over the tutor\'s voiced frames in the last rendition (semitones).'),
  songAmplitudeError: z.strictObject({})
    .describe('Songbird circuit: RMS loudness distance from the tutor in the last rendition (loudness 0-1).'),
  songVariability: z.strictObject({})
    .describe('Songbird circuit: rendition-to-rendition variability, the SD of each frame\'s pitch over the last 10 renditions (semitones), averaged over frames.'),
  syllablePitchHz: z.strictObject({ syllable }).describe('Songbird circuit: measured pitch of a syllable in the last rendition (Hz).'),
  syllablePitchShift: z.strictObject({ syllable })
    .describe('Songbird circuit: shift of a syllable\'s pitch (mean of the last 10 renditions) from the white-noise baseline phase, in baseline SDs (positive = higher).'),
  renditionsToCriterion: z.strictObject({})
    .describe('Songbird circuit: renditions sung until the mean similarity of 10 renditions first reached the circuit\'s criterionSimilarity (undefined until then).'),
} as const;

export type SongbirdMetricName = keyof typeof songbirdMetricArgs;
export const SONGBIRD_METRIC_NAMES = Object.keys(songbirdMetricArgs) as SongbirdMetricName[];

export function isSongbirdMetric(name: string): name is SongbirdMetricName {
  return (SONGBIRD_METRIC_NAMES as string[]).includes(name);
}

const at = (index: number): MeasureSpec => ({ metric: 'registeredValue', name: SUMMARY_NAME, index });

export function songbirdMeasureSpec(metric: SongbirdMetricName, args: Record<string, unknown>): MeasureSpec {
  const s = typeof args.syllable === 'number' ? args.syllable : 0;
  switch (metric) {
    case 'songSimilarity': return at(Summary.meanSimilarity);
    case 'songTemplateError': return at(Summary.templateError);
    case 'songPitchError': return at(Summary.pitchErrorSemitones);
    case 'songAmplitudeError': return at(Summary.amplitudeError);
    case 'songVariability': return at(Summary.variabilitySemitones);
    case 'syllablePitchHz': return at(Summary.syllablePitchHz + s);
    case 'syllablePitchShift': return at(Summary.syllableShiftSd + s);
    case 'renditionsToCriterion': return at(Summary.renditionsToCriterion);
  }
}
