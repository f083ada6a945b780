/**
 * Where a conditioned response is looked for in a trial, for any CS–US arrangement. Times are ticks
 * after CS onset (the first cue of the trial). The window opens CR_LATENCY_MS after the CS (a
 * movement sooner cannot be driven by the CS through the cerebellum; in the lab this also leaves
 * out startle "alpha" responses) and closes:
 * - at US onset when the US comes at or after the CS (forward pairing); when that leaves no time
 *   (ISI 0, or an ISI shorter than the latency) the trial has no window: the reflex blink hides any
 *   CR, so the trial is not scored (as in the lab, such sessions are scored on CS-alone trials);
 * - otherwise (CS alone, or backward pairing: the US before the CS) at the reference ISI, the ISI of
 *   the last forward-paired trial or of the ISI setting, so probes are judged over the same window as
 *   their neighbours; without one, CS_ALONE_WINDOW_MS after the CS.
 * A CR is a rise of the closure above its value at CS onset (the pre-CS baseline, which a reflex
 * blink before the CS raises) by more than the criterion inside the window. Gormezano, Kehoe &
 * Marshall (1983); Smith, Coleman & Gormezano (1969) for backward and simultaneous pairing; docs/model.md.
 */

/** No CR can start sooner than this after CS onset (ms). */
export const CR_LATENCY_MS = 25;
/** Window end after CS onset when the trial has no US after the CS and no reference ISI exists (ms). */
export const CS_ALONE_WINDOW_MS = 500;

export interface CrWindowTicks {
  /** First tick of the window, after CS onset. */
  start: number;
  /** End (exclusive); end ≤ start: the trial has no window and is not scored. */
  end: number;
  /** End (exclusive) of the span the closure peak is read from: the US onset, or the whole trial. */
  peakEnd: number;
}

/**
 * usAfterCsTicks: US onset minus CS onset in ticks (NaN: no US in the trial; negative: backward).
 * referenceIsiTicks: the reference ISI in ticks (NaN or < 0: none). trialTicks: ticks recorded after CS onset.
 */
export function crWindowTicks(usAfterCsTicks: number, referenceIsiTicks: number, dtMs: number, trialTicks: number): CrWindowTicks {
  const start = Math.round(CR_LATENCY_MS / dtMs);
  const forward = usAfterCsTicks >= 0;
  let end: number;
  if (forward) end = usAfterCsTicks;
  else if (referenceIsiTicks > 0) end = referenceIsiTicks;
  else end = Math.round(CS_ALONE_WINDOW_MS / dtMs);
  return { start, end: Math.min(end, trialTicks), peakEnd: forward ? Math.min(usAfterCsTicks, trialTicks) : trialTicks };
}

/** What the closure did in the window: the CR (1/0, NaN without a window), its size and onset (ms). */
export interface CrScore {
  cr: number;
  amplitude: number;
  /** The largest closure in the window (absolute). */
  maxClosure: number;
  onsetMs: number;
}

/** Scores one trial's closure (per tick since CS onset) over its CR interval. */
export function scoreCr(closure: Float64Array, crTicks: CrWindowTicks, criterion: number, dtMs: number, out: CrScore): CrScore {
  if (crTicks.end <= crTicks.start) { out.cr = Number.NaN; out.amplitude = Number.NaN; out.maxClosure = Number.NaN; out.onsetMs = Number.NaN; return out; }
  const baseline = closure[0];
  let max = 0, onset = Number.NaN;
  for (let t = crTicks.start; t < crTicks.end; t++) {
    const c = closure[t];
    if (c > max) max = c;
    if (Number.isNaN(onset) && c - baseline > criterion) onset = t * dtMs;
  }
  const amplitude = Math.max(0, max - baseline);
  out.cr = amplitude > criterion ? 1 : 0;
  out.amplitude = amplitude;
  out.maxClosure = max;
  out.onsetMs = onset;
  return out;
}
