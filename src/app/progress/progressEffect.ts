/**
 * A change's effect: what one change did to the record, as a record that holds only that (the level
 * entries it changed, as they were after it; the predictions it added or filled in; the settings
 * fields it chose). Merged into any record (progressMerge.ts: the larger count, the best stars, the
 * union of predictions), an effect is idempotent where the change itself is not: recordFailure adds
 * one failure each time it runs, but merging its effect twice still says one. So an effect is what
 * goes into the journal, and what a change whose write failed is retried as: a record that already
 * holds it (because another tab merged the journal) is not counted twice.
 */
import { mergeProgress, predictionId } from './progressMerge';
import { emptyProgress, type LevelProgress, type Progress, type Settings } from './progressRecord';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function effectOf(before: Progress, after: Progress): Progress {
  const levels: Record<string, LevelProgress> = {};
  for (const [id, entry] of Object.entries(after.levels)) if (!same(before.levels[id], entry)) levels[id] = entry;
  const earlier = new Map(before.predictions.map((p) => [predictionId(p), p]));
  const predictions = after.predictions.filter((p) => !same(earlier.get(predictionId(p)), p));
  const settings: Settings = {};
  if (after.settings.volume !== undefined && after.settings.volume !== before.settings.volume) settings.volume = after.settings.volume;
  if (after.settings.muted !== undefined && after.settings.muted !== before.settings.muted) settings.muted = after.settings.muted;
  if (after.settings.speed !== undefined && after.settings.speed !== before.settings.speed) settings.speed = after.settings.speed;
  return { ...emptyProgress(), levels, predictions, settings };
}

export function changesSettings(effect: Progress): boolean {
  return Object.keys(effect.settings).length > 0;
}

/** Applies an effect: the settings it chose win (they were chosen after what `progress` holds). */
export function applyEffect(progress: Progress, effect: Progress): Progress {
  return mergeProgress(progress, effect, 'incoming');
}
