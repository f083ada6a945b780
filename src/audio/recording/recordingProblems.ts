/**
 * Why a recording cannot serve as a tutor, as data (a code and its numbers); recordingWords.ts says it
 * in the player's language. Every check is a measured boundary from recordingLimits.ts.
 */
export type RecordingProblem =
  | { readonly code: 'tooLong'; readonly seconds: number; readonly maxSeconds: number }
  | { readonly code: 'silence'; readonly peakDbfs: number }
  | { readonly code: 'clipping'; readonly percent: number }
  | { readonly code: 'noiseOnly'; readonly soundMs: number }
  | { readonly code: 'noPitch'; readonly voicedMs: number; readonly soundMs: number }
  | { readonly code: 'unusable'; readonly detail: string };

export type RecordingProblemCode = RecordingProblem['code'];
