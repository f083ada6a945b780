/** Shared measurements of the eyeblink tests (SCIENCE.md §5), read from the circuit's record. */
import { meanTrace, TRACE_BIN_MS, type EyeblinkSession, type EyeblinkTrial } from '../../../src/circuits/cerebellum';

/** Mean CR peak time (ms after tone onset) over the last `n` probe trials that had a CR. */
export function meanProbePeakMs(trials: readonly EyeblinkTrial[], n = 5): number {
  const probes = trials.filter((t) => t.probe && t.cr).slice(-n);
  return probes.reduce((sum, t) => sum + t.peakMs, 0) / probes.length;
}

/** Time (ms, bin centre) of the Purkinje simple-spike minimum in the mean trace of the last `n` probes, within the tone. */
export function purkinjeMinimumMs(session: EyeblinkSession, n = 5, untilMs = Infinity): number {
  const probes = session.trials.filter((t) => t.probe).slice(-n).map((t) => t.trial);
  const trace = meanTrace(session.handle.record, 'purkinje', probes);
  // Smooth over three bins (30 ms): single bins hold only ~5 spikes across the Purkinje cells.
  let best = Infinity, at = -1;
  const last = Math.min(trace.length - 1, Math.floor(untilMs / TRACE_BIN_MS));
  for (let b = 1; b < last; b++) {
    const v = (trace[b - 1] + trace[b] + trace[b + 1]) / 3;
    if (v < best) { best = v; at = b; }
  }
  return (at + 0.5) * TRACE_BIN_MS;
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
