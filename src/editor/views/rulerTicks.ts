/** Tick marks for a time axis: a round step (1, 2 or 5 × 10^k ms) giving about `targetCount` ticks. */
export function tickStepMs(spanMs: number, targetCount: number): number {
  if (!(spanMs > 0) || targetCount < 1) return 1;
  const raw = spanMs / targetCount;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** The tick times from 0 to spanMs inclusive. */
export function rulerTicksMs(spanMs: number, targetCount: number): number[] {
  const step = tickStepMs(spanMs, targetCount);
  const ticks: number[] = [];
  for (let i = 0; i * step <= spanMs + 1e-9 && ticks.length < 1000; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}
