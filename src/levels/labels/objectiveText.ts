/**
 * What a player reads about an objective's number: its label, the value with its unit, and the goal
 * ("Spikes: 3 (goal ≥ 5)", "CRs: 40% (goal ≥ 80%)", "Firing rate: 7.2 Hz (goal 3–30 Hz)"). Pure: the
 * objectives panel, the result card and tests all call these. The label is the objective's own
 * `label`, else its metric's (metricLabels.ts); a derived objective names its two operands.
 */
import type { Level } from '../schema/level';
import { isDerivedMetric } from '../schema/derived';
import { metricDisplay, metricLabel, unitWord } from './metricLabels';
import { labelNumber, labelWord } from './labelWords';
import { compare } from '../../sim/timeline/measures';

export interface ValueDisplay {
  readonly label: string;
  readonly unit: string;
  /** Whole numbers (counts) print without decimals. */
  readonly integer: boolean;
  /** Fixed decimals (MetricDisplay.decimals); unset: 3 significant digits. */
  readonly decimals?: number;
  /** A 0/1 reading printed as "no"/"yes". */
  readonly yesNo?: boolean;
}

interface Recorded { id: string; metric: string; args: unknown; label?: string }

function recordedOf(level: Level, id: string): Recorded | undefined {
  return (level.objectives as Recorded[]).find((o) => o.id === id) ?? (level.measures as Recorded[]).find((m) => m.id === id);
}

/** The label, unit and number kind of an objective or measure of the level, by id. */
export function objectiveDisplay(level: Level, id: string, depth = 0): ValueDisplay {
  const recorded = recordedOf(level, id);
  if (recorded === undefined) return { label: id, unit: '', integer: false };
  const args = (recorded.args ?? {}) as Readonly<Record<string, unknown>>;
  if (isDerivedMetric(recorded.metric)) {
    const [a, b] = (args.of as [string, string] | undefined) ?? ['', ''];
    // Operands may be derived too; the loader refuses cycles, the depth guard keeps this total anyway.
    const left = depth < 4 ? objectiveDisplay(level, a, depth + 1) : { label: a, unit: '', integer: false };
    const right = depth < 4 ? objectiveDisplay(level, b, depth + 1) : { label: b, unit: '', integer: false };
    const difference = recorded.metric === 'difference';
    return {
      label: recorded.label ?? (difference
        ? labelWord('scene.metric.difference.of', `${left.label} minus ${right.label}`, { a: left.label, b: right.label })
        : labelWord('scene.metric.ratio.of', `${left.label} over ${right.label}`, { a: left.label, b: right.label })),
      unit: difference ? left.unit : '×',
      integer: difference && left.integer && right.integer,
      // A difference of two values read to the same decimals is read to them too.
      ...(difference && left.decimals !== undefined && left.decimals === right.decimals ? { decimals: left.decimals } : {}),
    };
  }
  const display = metricDisplay(recorded.metric);
  return {
    label: recorded.label ?? metricLabel(recorded.metric, args), unit: unitWord(display.unit), integer: display.integer === true,
    ...(display.decimals !== undefined ? { decimals: display.decimals } : {}), yesNo: display.yesNo === true,
  };
}

/**
 * What an objective or measure measures, in its metric's words ("Perseverative errors per reversal"),
 * not the goal's name the level gave it ("Quick switches"): a plot's axis says what its numbers are.
 * A derived objective, whose metric is only "difference" or "ratio", keeps objectiveDisplay's label.
 */
export function measuredQuantityLabel(level: Level, id: string): string {
  const recorded = recordedOf(level, id);
  if (recorded === undefined || isDerivedMetric(recorded.metric)) return objectiveDisplay(level, id).label;
  return metricLabel(recorded.metric, (recorded.args ?? {}) as Readonly<Record<string, unknown>>);
}

/** "%" and "×" sit on the number; words and symbols like Hz are spaced. */
function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  return unit === '%' || unit === '×' ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * A number as a player reads it: counts whole, values with fixed `decimals` rounded to them (trailing
 * zeros kept: "0.0 points"), others to 3 significant digits without trailing zeros (digits in the
 * page's language).
 */
export function formatNumber(value: number, integer = false, decimals?: number): string {
  if (!Number.isFinite(value)) return '—';
  if (integer && Number.isInteger(value)) return labelNumber(value);
  if (decimals !== undefined) {
    const text = value.toFixed(decimals);
    // −0.04 to one decimal is "0.0", not "-0.0".
    const unsigned = Number(text) === 0 ? text.replace(/^-/, '') : text;
    return labelNumber(Number(unsigned), unsigned);
  }
  if (value !== 0 && Math.abs(value) < 0.001) return labelNumber(value, value.toExponential(1));
  if (Math.abs(value) >= 1000) return labelNumber(Math.round(value));
  return labelNumber(Number(value.toPrecision(3)));
}

/** The value with its unit ("40%", "7.2 Hz", "3"), or "not measured yet". */
export function valueText(value: number | null, display: ValueDisplay): string {
  if (value === null) return labelWord('scene.levels.value.notMeasured', 'not measured yet');
  if (display.yesNo === true) return yesNoWord(value > 0.5);
  return withUnit(formatNumber(value, display.integer, display.decimals), display.unit);
}

function yesNoWord(yes: boolean): string {
  return yes ? labelWord('scene.levels.value.yes', 'yes') : labelWord('scene.levels.value.no', 'no');
}

const OPERATORS: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** The goal in symbols: "≥ 5", "< 0.9×", "3–30 Hz". */
export function goalText(comparison: string, threshold: number | readonly [number, number], display: ValueDisplay): string {
  if (Array.isArray(threshold)) {
    const [lo, hi] = threshold as readonly [number, number];
    return withUnit(`${formatNumber(lo, display.integer, display.decimals)}–${formatNumber(hi, display.integer, display.decimals)}`, display.unit);
  }
  // A yes/no goal reads as the answer that meets it: "≥ 1" is "yes", "< 1" is "no".
  if (display.yesNo === true) return yesNoWord(compare(1, comparison, threshold));
  return `${OPERATORS[comparison] ?? comparison} ${withUnit(formatNumber(threshold as number, display.integer, display.decimals), display.unit)}`;
}

export interface ObjectiveReading {
  comparison: string;
  threshold: number | [number, number];
  value: number | null;
}

/** One objective's line: "Spikes: 3 (goal ≥ 5)". */
export function objectiveValueLine(display: ValueDisplay, outcome: ObjectiveReading): string {
  const value = valueText(outcome.value, display);
  const goal = goalText(outcome.comparison, outcome.threshold, display);
  return labelWord('scene.levels.objective.line', `${display.label}: ${value} (goal ${goal})`, { label: display.label, value, goal });
}
