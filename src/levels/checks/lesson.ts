/** Checks of the lesson's campaign fields: prediction answers and ids, star tiers that make sense. */
import type { PathSegment } from '../errors';
import { checkUnique, type CheckContext } from './context';

export function checkLesson(ctx: CheckContext): void {
  const lesson = ctx.level.lesson;
  if (!lesson) return;
  const predictions = lesson.predictions ?? [];
  checkUnique(ctx, ['lesson', 'predictions'], predictions, 'prediction');
  const totalTrials = (ctx.level.timeline?.sessions ?? []).reduce((sum, session) => sum + session.phases.reduce((n, phase) => n + phase.trials, 0), 0);
  predictions.forEach((p, i) => {
    const path: PathSegment[] = ['lesson', 'predictions', i];
    if (p.answer >= p.choices.length) ctx.report([...path, 'answer'], `must be < the number of choices (${p.choices.length}), got ${p.answer}`);
    if (typeof p.askedBefore === 'object') {
      if (ctx.level.timeline === undefined) ctx.report([...path, 'askedBefore', 'trial'], 'needs a timeline (the level has none)');
      else if (p.askedBefore.trial > totalTrials) ctx.report([...path, 'askedBefore', 'trial'], `must be ≤ the level's ${totalTrials} trials, got ${p.askedBefore.trial}`);
    }
  });
  const seen = new Set<number>();
  (lesson.stars ?? []).forEach((rule, i) => {
    if (seen.has(rule.stars)) ctx.report(['lesson', 'stars', i, 'stars'], `${rule.stars} star(s) is already given by an earlier rule`);
    seen.add(rule.stars);
  });
}
