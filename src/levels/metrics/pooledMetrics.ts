/**
 * Metrics whose learning-curve point is pooled over the trials so far, not the trial's own value
 * (levelRecorder's trialPoint computes it; the plot labels its axis so): a spread of spike times, since
 * one trial's two or three spikes have a spread of their own that says little.
 */
const POOLED_OVER_TRIALS: ReadonlySet<string> = new Set(['spikeTimeJitterMs']);

export function isPooledOverTrials(metric: string): boolean {
  return POOLED_OVER_TRIALS.has(metric);
}
