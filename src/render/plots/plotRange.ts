/** Padded data range with nice ends; a flat or empty range gets a unit-wide one. */
export function dataRange(values: readonly ArrayLike<number>[], includeZero: boolean): [number, number] {
  let lo = includeZero ? 0 : Infinity;
  let hi = includeZero ? 0 : -Infinity;
  for (const vs of values) for (let i = 0; i < vs.length; i++) {
    const v = vs[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  // Flat data: a unit-wide range around it, but never below zero for data at zero that includes it
  // (a learning curve of zeros reads 0…1, not −0.5…0.5: no negative spike counts on the axis).
  if (hi - lo <= 0) return includeZero && lo === 0 ? [0, 1] : [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.06;
  return [lo === 0 ? 0 : lo - pad, hi === 0 ? 0 : hi + pad];
}
