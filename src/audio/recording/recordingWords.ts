/** A recording's verdict in the player's words (src/i18n/strings/<locale>/recorder.json). */
import { t } from '../../i18n/messages';
import type { PitchMapping } from '../../circuits/plugin/recordedTutor';
import type { RecordingProblem } from './recordingProblems';

export function problemInWords(problem: RecordingProblem): string {
  switch (problem.code) {
    case 'tooLong': return t('recorder.problem.tooLong', { seconds: problem.seconds, maxSeconds: problem.maxSeconds });
    case 'tooShort': return t('recorder.problem.tooShort', { ms: problem.ms, minMs: problem.minMs });
    case 'silence': return t('recorder.problem.silence', { db: Math.abs(problem.peakDbfs) });
    case 'clipping': return t('recorder.problem.clipping', { percent: problem.percent });
    case 'noiseOnly': return t('recorder.problem.noiseOnly', { ms: problem.soundMs });
    case 'noPitch': return t('recorder.problem.noPitch', { voiced: problem.voicedMs, sound: problem.soundMs });
    case 'unusable': return t('recorder.problem.unusable', { detail: problem.detail });
  }
}

function shiftInWords(octaves: number): string {
  if (octaves === 0) return t('recorder.shift.none');
  return octaves < 0 ? t('recorder.shift.down', { count: -octaves }) : t('recorder.shift.up', { count: octaves });
}

/** The mapping shown to the player: the recording's range, the bird's, and the syllables found. */
export function mappingInWords(mapping: PitchMapping, syllables: number, songMs: number): string[] {
  const hz = (value: number) => Math.round(value);
  return [
    t('recorder.summary.source', { low: hz(mapping.sourceLowHz), high: hz(mapping.sourceHighHz), median: hz(mapping.sourceMedianHz) }),
    t('recorder.summary.mapped', { shift: shiftInWords(mapping.octaves), low: hz(mapping.mappedLowHz), high: hz(mapping.mappedHighHz) }),
    t('recorder.summary.syllables', { count: syllables, ms: songMs }),
  ];
}
