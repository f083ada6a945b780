import { intlLocale } from '../i18n/messages';

/**
 * Axis tick positions at "nice" steps (1, 2 or 5 × 10^k), covering [lo, hi]. With `integers` (an
 * axis of trials, renditions, counts) the step is at least 1, so no tick falls between two whole
 * numbers (no "trial 1.5"); a range narrower than one gives the whole numbers inside it.
 */
export function niceTicks(lo: number, hi: number, approxCount: number, integers = false): number[] {
  if (!(hi > lo) || approxCount < 1) return integers ? (Number.isInteger(lo) ? [lo] : []) : [lo];
  const rough = (hi - lo) / approxCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude;
  const niceStep = integers ? Math.max(1, step) : step;
  const first = Math.ceil(lo / niceStep - 1e-9);
  const last = Math.floor(hi / niceStep + 1e-9);
  const out: number[] = [];
  // Multiply rather than accumulate, so ticks do not drift (0.30000000000000004).
  for (let i = first; i <= last; i++) out.push(Number((i * niceStep).toPrecision(12)));
  return out;
}

/** Formats a tick value with just enough decimals for the step between ticks, in the page's number format ("0.5", "0,5"). */
export function formatTick(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return fixedDecimals(decimals).format(value + 0); // + 0 turns −0 into 0, as toFixed prints it
}

/** Formats counts compactly: 950, 1.2k, 34k, 1.5M (decimal comma where the page's language has one). */
export function formatCount(value: number): string {
  if (value < 1000) return String(Math.round(value));
  if (value < 1e6) return `${fixedDecimals(value < 10_000 ? 1 : 0).format(value / 1000)}k`;
  return `${fixedDecimals(1).format(value / 1e6)}M`;
}

/** value.toFixed(decimals) in the page's number format ("0.25" → "0,25" in Spanish); for labels redrawn every frame. */
export function formatFixed(value: number, decimals: number): string {
  return fixedDecimals(decimals).format(value + 0);
}

/** The page's decimal mark ("." or ","), for numbers printed by toPrecision or toExponential. */
export function decimalMark(): string {
  return fixedDecimals(1).formatToParts(0.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

// Intl formatters are slow to make and ticks are formatted every frame: one per locale and decimal count.
const formatters = new Map<string, Intl.NumberFormat>();

/** A formatter like toFixed(decimals) in the page's locale (no digit grouping, as toFixed). */
function fixedDecimals(decimals: number): Intl.NumberFormat {
  const locale = intlLocale();
  const key = `${locale}|${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The one plural helper lives with the labels (the result card and the panels use it too). */
export { countOf } from '../levels/labels/countOf';

/** Vertical room one tick label needs (a 10–11 px label plus a gap), so labels never pile up. */
export const tickLabelPx = 14;

/**
 * Nice ticks over [lo, hi] for an axis `lengthPx` long: about `approxCount`, but never more than one
 * label per `pxPerLabel` (a 45 px tall plot gets 2 or 3, not 6 piled up). When even the coarsest
 * nice step gives too many, every other tick is kept.
 */
export function niceTicksForPx(lo: number, hi: number, lengthPx: number, approxCount: number, integers = false, pxPerLabel = tickLabelPx): number[] {
  const most = Math.max(2, Math.floor(lengthPx / pxPerLabel));
  let ticks = niceTicks(lo, hi, Math.min(approxCount, most - 1), integers);
  for (let approx = Math.min(approxCount, most - 1) - 1; ticks.length > most && approx >= 1; approx--) {
    ticks = niceTicks(lo, hi, approx, integers);
  }
  while (ticks.length > most) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}
