/**
 * Derived quantities: the difference or the ratio of two recorded quantities, each an objective or
 * a measures[] entry named by id and taken over its own span (a discrimination index: CR% on CS+
 * trials minus CR% on CS− trials; savings: trials to criterion in reacquisition over acquisition).
 */
import { z } from 'zod';
import { id } from './common';

export const DERIVED_METRICS = ['difference', 'ratio'] as const;
export type DerivedMetricName = (typeof DERIVED_METRICS)[number];

const DESCRIPTIONS: Record<DerivedMetricName, string> = {
  difference: 'Derived: a − b, where args.of = [a, b] are ids of objectives or measures, each over its own span (per trial: a − b of that trial, null unless both have a value).',
  ratio: 'Derived: a / b, where args.of = [a, b] are ids of objectives or measures, each over its own span (null when b is 0 or either is undefined).',
};

const derivedArgs = z.strictObject({
  of: z.tuple([
    id('Id of an objective or a measures[] entry: a.'),
    id('Id of an objective or a measures[] entry: b.'),
  ]).describe('The two operands [a, b], by id. Neither may itself depend on this entry.'),
});

/** One object schema per derived metric, each with the given extra fields (members of a union on `metric`). */
export function derivedMembers<S extends z.core.$ZodLooseShape>(shape: S) {
  return DERIVED_METRICS.map((name) => z.strictObject({
    ...shape,
    metric: z.literal(name).describe(DESCRIPTIONS[name]),
    args: derivedArgs,
  }));
}

export function isDerivedMetric(metric: string): metric is DerivedMetricName {
  return (DERIVED_METRICS as readonly string[]).includes(metric);
}

/** a op b, NaN when undefined (a ratio over 0). */
export function combineDerived(metric: DerivedMetricName, a: number, b: number): number {
  if (metric === 'difference') return a - b;
  return b === 0 ? Number.NaN : a / b;
}
