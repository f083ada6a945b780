/** Checks of the lesson's campaign fields: prediction answers and ids, sketch plots, star tiers that make sense. */
import type { PathSegment } from '../errors';
import { checkRef, checkUnique, type CheckContext } from './context';

export function checkLesson(ctx: CheckContext): void {
  const lesson = ctx.level.lesson;
  if (!lesson) return;
  const predictions = lesson.predictions ?? [];
  checkUnique(ctx, ['lesson', 'predictions'], predictions, 'prediction');
  const totalTrials = (ctx.level.timeline?.sessions ?? []).reduce((sum, session) => sum + session.phases.reduce((n, phase) => n + phase.trials, 0), 0);
  const checkAskedBefore = (path: PathSegment[], askedBefore: 'start' | { trial: number }): void => {
    if (typeof askedBefore !== 'object') return;
    if (ctx.level.timeline === undefined) ctx.report([...path, 'askedBefore', 'trial'], 'needs a timeline (the level has none)');
    else if (askedBefore.trial > totalTrials) ctx.report([...path, 'askedBefore', 'trial'], `must be ≤ the level's ${totalTrials} trials, got ${askedBefore.trial}`);
  };
  predictions.forEach((p, i) => {
    const path: PathSegment[] = ['lesson', 'predictions', i];
    if (p.answer >= p.choices.length) ctx.report([...path, 'answer'], `must be < the number of choices (${p.choices.length}), got ${p.answer}`);
    checkAskedBefore(path, p.askedBefore);
  });
  // Sketches share the progress record's question ids with the multiple-choice predictions.
  const sketches = lesson.sketchPredictions ?? [];
  checkUnique(ctx, ['lesson', 'sketchPredictions'], sketches, 'sketch prediction');
  const choiceIds = new Set(predictions.map((p) => p.id));
  const objectives = new Set(ctx.level.objectives.map((o) => o.id));
  sketches.forEach((p, i) => {
    const path: PathSegment[] = ['lesson', 'sketchPredictions', i];
    if (choiceIds.has(p.id)) ctx.report([...path, 'id'], `"${p.id}" is already the id of a prediction in lesson.predictions`);
    checkAskedBefore(path, p.askedBefore);
    // The curve is the objective's value trial by trial: without trials there is nothing to plot.
    if (ctx.level.timeline === undefined) ctx.report([...path, 'sketch', 'objective'], 'a sketch plots a value per trial, but the level has no timeline (no trials)');
    checkRef(ctx, [...path, 'sketch', 'objective'], p.sketch.objective, objectives, 'objective');
    if (!(p.sketch.yMax > p.sketch.yMin)) ctx.report([...path, 'sketch', 'yMax'], `must be above yMin (${p.sketch.yMin}), got ${p.sketch.yMax}`);
    const first = p.sketch.fromTrial ?? 1;
    const last = p.sketch.toTrial ?? totalTrials;
    if (p.sketch.toTrial !== undefined && totalTrials > 0 && p.sketch.toTrial > totalTrials) ctx.report([...path, 'sketch', 'toTrial'], `must be ≤ the level's ${totalTrials} trials, got ${p.sketch.toTrial}`);
    else if (p.sketch.fromTrial !== undefined && totalTrials > 0 && first >= last) ctx.report([...path, 'sketch', 'fromTrial'], `must be below the last trial on the axis (${last}), got ${first}`);
    else if (totalTrials > 0 && p.sketch.points > last - first + 1) ctx.report([...path, 'sketch', 'points'], `must be ≤ the ${last - first + 1} trials on the x axis, got ${p.sketch.points}`);
  });
  const seen = new Set<number>();
  (lesson.stars ?? []).forEach((rule, i) => {
    if (seen.has(rule.stars)) ctx.report(['lesson', 'stars', i, 'stars'], `${rule.stars} star(s) is already given by an earlier rule`);
    seen.add(rule.stars);
    if (rule.predictionsCorrect && predictions.length === 0 && sketches.length === 0) ctx.report(['lesson', 'stars', i, 'predictionsCorrect'], 'needs lesson.predictions or lesson.sketchPredictions (the level asks none)');
    (rule.objectiveThresholds ?? []).forEach((stricter, k) => checkStricterThreshold(ctx, ['lesson', 'stars', i, 'objectiveThresholds', k], stricter.objective, stricter.threshold));
  });
}

/** A star rule's threshold names an objective and is at least as strict as the objective's own (so a star never asks for less than the goal). */
function checkStricterThreshold(ctx: CheckContext, path: PathSegment[], objectiveId: string, threshold: number | [number, number]): void {
  const objective = ctx.level.objectives.find((o) => o.id === objectiveId);
  if (!objective) {
    ctx.report([...path, 'objective'], `unknown objective "${objectiveId}" (the level has ${ctx.level.objectives.map((o) => `"${o.id}"`).join(', ') || 'none'})`);
    return;
  }
  const own = objective.threshold;
  if (objective.comparison === 'between') {
    if (!Array.isArray(threshold) || !Array.isArray(own)) { ctx.report([...path, 'threshold'], `must be [lo, hi] like objective "${objectiveId}" ("between")`); return; }
    if (threshold[0] > threshold[1] || threshold[0] < own[0] || threshold[1] > own[1]) ctx.report([...path, 'threshold'], `must be a range inside the objective's [${own[0]}, ${own[1]}], got [${threshold[0]}, ${threshold[1]}]`);
    return;
  }
  if (Array.isArray(threshold) || Array.isArray(own)) { ctx.report([...path, 'threshold'], `must be a number like objective "${objectiveId}" ("${objective.comparison}")`); return; }
  const stricter = objective.comparison.startsWith('>') ? threshold >= own : threshold <= own;
  if (!stricter) ctx.report([...path, 'threshold'], `must be at least as strict as the objective's ${objective.comparison} ${own}, got ${threshold}`);
}
