/**
 * The engine a run is made on, as a results file records it: the Math fingerprint that decides
 * whether a replay can be bit-exact (engineFingerprint.ts), and the browser family from the user
 * agent, for people reading the file or the class view (the user agent can lie; the fingerprint is
 * measured, and only it decides).
 */
import { mathFingerprint } from '../../levels/results/engineFingerprint';
import type { RunRecord } from '../../levels/results/resultsFile';

export type EngineRecord = NonNullable<RunRecord['engine']>;

/** The browser family by engine: every iOS browser runs WebKit's JavaScriptCore, whatever its name. */
export function browserFamily(userAgent: string): string {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'Safari';
  if (/Firefox\//.test(userAgent)) return 'Firefox';
  if (/Chrome\/|Chromium\/|Edg\//.test(userAgent)) return 'Chromium';
  if (/Safari\//.test(userAgent) && /Version\//.test(userAgent)) return 'Safari';
  return 'other';
}

export function thisEngine(userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): EngineRecord {
  return { math: mathFingerprint(), family: browserFamily(userAgent) };
}
