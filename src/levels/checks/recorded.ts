/**
 * Checks of what a level records: objectives and measures (their metric args, their span and its
 * phase / trial-type filters, per-trial metrics only over trials) and derived ones (operands that
 * exist, no cycles). Objective and measure ids share one namespace: derived ones and trials[].metrics
 * name them.
 */
import type { PathSegment } from '../errors';
import type { Objective } from '../schema/objectives';
import type { Measure } from '../schema/measures';
import { isDerivedMetric } from '../schema/derived';
import { isPerTrialMetric } from '../metrics/toMeasureSpec';
import { checkRef, checkUnique, type CheckContext } from './context';
import { checkMetricArgs, checkThreshold } from './shared';

type Recorded = Objective | Measure;
type Over = Exclude<Recorded, { metric: 'difference' | 'ratio' }>['over'];

export function checkObjectives(ctx: CheckContext): void {
  checkUnique(ctx, ['objectives'], ctx.level.objectives, 'objective');
  ctx.level.objectives.forEach((objective, i) => {
    checkRecorded(ctx, ['objectives', i], objective, 'objective');
    checkThreshold(ctx, ['objectives', i], objective.comparison, objective.threshold);
  });
}

export function checkMeasures(ctx: CheckContext): void {
  checkUnique(ctx, ['measures'], ctx.level.measures, 'measure');
  const objectives = new Set(ctx.level.objectives.map((o) => o.id));
  ctx.level.measures.forEach((measure, i) => {
    if (objectives.has(measure.id)) ctx.report(['measures', i, 'id'], `"${measure.id}" is already an objective's id (objectives and measures share ids)`);
    checkRecorded(ctx, ['measures', i], measure, 'measure');
  });
  checkDerivedCycles(ctx);
}

function checkRecorded(ctx: CheckContext, path: PathSegment[], item: Recorded, what: string): void {
  if (isDerivedMetric(item.metric)) { checkOperands(ctx, path, item); return; }
  const over = (item as { over: Over }).over;
  const inWindow = 'window' in over;
  checkMetricArgs(ctx, path, item.metric, item.args as Record<string, unknown>,
    inWindow ? `it is measured in each trial, so the ${what} must be over lastTrials, firstTrials or allTrials, not a fixed window` : undefined);
  if (inWindow && isPerTrialMetric(item.metric)) {
    ctx.report([...path, 'over', 'window'], `${item.metric} is a per-trial metric: measure it over lastTrials, firstTrials or allTrials, not a fixed window`);
  }
  checkSpan(ctx, [...path, 'over'], over);
}

function checkSpan(ctx: CheckContext, path: PathSegment[], over: Over): void {
  if ('window' in over) {
    if (over.window.endMs <= over.window.startMs) ctx.report([...path, 'window', 'endMs'], `must be > startMs (${over.window.startMs}), got ${over.window.endMs}`);
    return;
  }
  for (const key of ['lastTrials', 'firstTrials', 'allTrials'] as const) {
    if (key in over && ctx.level.timeline === undefined) ctx.report([...path, key], 'needs a timeline (the level has none)');
  }
  const phaseKnown = over.phase === undefined || checkRef(ctx, [...path, 'phase'], over.phase, ctx.phases, 'timeline phase');
  if (over.trialType === undefined || ctx.level.timeline === undefined) return;
  const known = trialTypesOf(ctx, phaseKnown ? over.phase : undefined);
  const what = over.phase !== undefined && phaseKnown ? `trial type of phase "${over.phase}"` : 'trial type';
  if (typeof over.trialType === 'string') checkRef(ctx, [...path, 'trialType'], over.trialType, known, what);
  else over.trialType.forEach((type, j) => checkRef(ctx, [...path, 'trialType', j], type, known, what));
}

/** Trial type ids of the timeline (of one phase when given). */
function trialTypesOf(ctx: CheckContext, phase: string | undefined): Set<string> {
  const ids = new Set<string>();
  for (const session of ctx.level.timeline?.sessions ?? []) {
    for (const p of session.phases) if (phase === undefined || p.id === phase) for (const type of p.trialTypes) ids.add(type.id);
  }
  return ids;
}

function recordedIds(ctx: CheckContext): Set<string> {
  return new Set([...ctx.level.objectives.map((o) => o.id), ...ctx.level.measures.map((m) => m.id)]);
}

function checkOperands(ctx: CheckContext, path: PathSegment[], item: Recorded): void {
  const ids = recordedIds(ctx);
  const [a, b] = (item.args as { of: [string, string] }).of;
  [a, b].forEach((operand, j) => {
    const at = [...path, 'args', 'of', j];
    if (operand === item.id) ctx.report(at, `"${operand}" is this ${item.metric} itself`);
    else checkRef(ctx, at, operand, ids, 'objective or measure');
  });
}

/** Derived objectives and measures may not depend on themselves through others. */
function checkDerivedCycles(ctx: CheckContext): void {
  const operands = new Map<string, string[]>();
  const paths = new Map<string, PathSegment[]>();
  const add = (item: Recorded, path: PathSegment[]): void => {
    if (!isDerivedMetric(item.metric)) return;
    operands.set(item.id, [...(item.args as { of: [string, string] }).of]);
    paths.set(item.id, path);
  };
  ctx.level.objectives.forEach((o, i) => add(o, ['objectives', i, 'args', 'of']));
  ctx.level.measures.forEach((m, i) => add(m, ['measures', i, 'args', 'of']));
  for (const [id, path] of paths) {
    const seen = new Set<string>();
    const stack = [...(operands.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === id) { ctx.report(path, `"${id}" depends on itself through ${[...seen].map((s) => `"${s}"`).join(', ')}`); break; }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(operands.get(next) ?? []));
    }
  }
}
