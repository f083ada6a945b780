/**
 * Why a recording cannot serve as a tutor, as data (a code and its numbers); recordingWords.ts says it
 * in the player's language. The length and level checks are the page's (recordingLimits.ts); the rest
 * are the circuit's own (TutorProblem, from its recordedTutor hook).
 */
import type { TutorProblem } from '../../circuits/plugin/recordedTutor';

export type RecordingProblem =
  | { readonly code: 'tooLong'; readonly seconds: number; readonly maxSeconds: number }
  | { readonly code: 'tooShort'; readonly ms: number; readonly minMs: number }
  | { readonly code: 'silence'; readonly peakDbfs: number }
  | { readonly code: 'clipping'; readonly percent: number }
  | TutorProblem;

export type RecordingProblemCode = RecordingProblem['code'];
