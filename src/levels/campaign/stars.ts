/**
 * Stars: how well and how efficiently a run met its level's objectives. A run earns nothing unless
 * every objective is met; then the best star rule of the lesson that holds counts (1 star when the
 * lesson has no rules). A rule holds when every condition it names holds:
 * - trialsAtMost: "trials used" is the number of completed trials of the run (the run stops when the
 *   goal is reached, see GoalWatch), or whole simulated seconds for a level without trials, minus
 *   those the player watched before their first change of a setting (see FirstChange below);
 * - predictionsCorrect: every prediction the level asked during the run (multiple choice or sketch) was
 *   answered correctly (the player's committed predictions come from the page; without them the
 *   condition does not hold);
 * - objectiveThresholds: an objective's value also passes a stricter threshold, compared the
 *   objective's own way (met by a wider margin).
 */
import { compare } from '../../sim/timeline/measures';
import { objectiveDisplay, valueText, type ValueDisplay } from '../labels/objectiveText';
import type { RunResult } from '../runLevel';
import type { Level } from '../schema/level';
import type { Prediction, SketchPrediction, StarRule } from '../schema/lesson';

export interface StarAward {
  stars: 0 | 1 | 2 | 3;
  /** Why, one plain sentence per rule considered (shown to the player). */
  reasons: string[];
  /** The trials (or seconds) that count: those the run used after the player's first change. */
  used: number;
  unit: 'trials' | 'seconds';
  /** Trials (or seconds) the player watched before their first change: used by the run, not counted. */
  watched: number;
}

/**
 * Watching is free. At normal speed a trial passes about every second, so a player who presses Play
 * "to see" before touching anything would otherwise lose stars for looking. The rule:
 * - a run's trials (or whole seconds, for a level without trials) completed before the player's first
 *   change of a setting (a slider or number, a switch, an experiment button, a circuit's control: any
 *   command the player sends to the running level) do not count; those after it do;
 * - a run in which the player changes nothing counts every trial: it is the level exactly as given,
 *   the same run as a headless one (runLevel, `npm run sim`), whose settings are fixed from the
 *   start and whose count is therefore never reduced. This also covers levels with nothing to change:
 *   watching is the whole level there, and its trials are the level's, not the player's choice;
 * - a Reset spawns a new run with the settings chosen so far built in (a new attempt): it counts
 *   from its own start until the player changes something again;
 * - a level whose stars measure when the player acts (lesion as soon as training ends) says
 *   lesson.starsCountFrom "start": there every trial counts, as in the headless run.
 * The page records the trials completed when the first command is sent (LevelSession.firstChange).
 */
export interface FirstChange {
  /** Trials completed when the player first changed a setting. */
  readonly trials: number;
  /** Whole simulated seconds passed then (levels without trials). */
  readonly seconds: number;
  /** The world tick then: a step back to before it undoes the change (and the mark). */
  readonly tick: number;
}

/**
 * Trials (or seconds) of a run of `used` that the player watched before their first change and that
 * do not count; 0 without a change, and 0 for a level whose stars measure when the player acts
 * (lesson.starsCountFrom "start": there the watching is the experiment's first part).
 */
export function watchedBeforeFirstChange(level: Level, used: number, unit: 'trials' | 'seconds', firstChange: FirstChange | null | undefined): number {
  if (!firstChange || level.lesson?.starsCountFrom === 'start') return 0;
  const before = unit === 'trials' ? firstChange.trials : firstChange.seconds;
  return Math.min(used, Math.max(0, before));
}

/** The rule in the player's words (objectives panel, setup prompt). */
export function watchingRuleText(unit: 'trials' | 'seconds'): string {
  return unit === 'trials'
    ? "Trials before your first change of a setting don't count for stars."
    : "Time before your first change of a setting doesn't count for stars.";
}

/** "1 trial", "3 trials", "1 second": a count with its noun, singular for one. */
export function countText(n: number, unit: 'trials' | 'seconds'): string {
  return `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** A prediction the player committed to (the progress record's PredictionRecord fits). */
export interface CommittedPrediction {
  predictionId: string;
  correct: boolean;
}

/** Trials used by a run, or simulated seconds (rounded up) when the level has no trials. */
export function trialsUsed(level: Level, result: RunResult): { used: number; unit: 'trials' | 'seconds' } {
  if (level.timeline !== undefined) return { used: result.trials.length, unit: 'trials' };
  return { used: Math.ceil(result.simulatedMs / 1000 - 1e-9), unit: 'seconds' };
}

/**
 * The predictions the level asked during the run (multiple-choice and sketched): those asked at the
 * start, and those asked before a trial the run reached (a run that stopped at its goal before trial k
 * never asked trial k's question).
 */
export function predictionsAsked(level: Level, result: RunResult): Array<Prediction | SketchPrediction> {
  // A run stopped by duration may have stopped inside a trial that had started (and asked its question).
  const started = result.trials.length + (result.stopReason === 'duration' ? 1 : 0);
  const all = [...(level.lesson?.predictions ?? []), ...(level.lesson?.sketchPredictions ?? [])];
  return all.filter((p) => p.askedBefore === 'start' || p.askedBefore.trial <= Math.max(1, started));
}

function formatThreshold(comparison: string, threshold: number | [number, number], display: ValueDisplay): string {
  const shown = (v: number): string => valueText(v, display);
  if (Array.isArray(threshold)) return `between ${shown(threshold[0])} and ${shown(threshold[1])}`;
  const words: Record<string, string> = { '<': 'below', '<=': 'at most', '>': 'above', '>=': 'at least' };
  return `${words[comparison] ?? comparison} ${shown(threshold)}`;
}

/** The result card's count: "3 trials", or "3 trials counted (5 watched before your first change)". */
export function usedText(award: Pick<StarAward, 'used' | 'unit' | 'watched'>): string {
  if (award.watched === 0) return countText(award.used, award.unit);
  return `${countText(award.used, award.unit)} counted (${countText(award.watched, award.unit)} watched before your first change)`;
}

interface Check { holds: boolean; sentence: string }

interface Counted { used: number; watched: number; unit: 'trials' | 'seconds' }

function checkRule(level: Level, rule: StarRule, result: RunResult, counted: Counted, predictions: ReadonlyArray<CommittedPrediction> | undefined): Check[] {
  const checks: Check[] = [];
  if (rule.trialsAtMost !== undefined) {
    const { used, watched, unit } = counted;
    const after = watched > 0 ? ` after your first change (${countText(watched, unit)} watched before it, not counted)` : '';
    checks.push({ holds: used <= rule.trialsAtMost, sentence: `goal met in ${countText(used, unit)}${after} (${rule.trialsAtMost} or fewer needed)` });
  }
  if (rule.predictionsCorrect) {
    const asked = predictionsAsked(level, result);
    const correct = asked.filter((p) => predictions?.some((c) => c.predictionId === p.id && c.correct) ?? false).length;
    const sentence = predictions === undefined ? 'your predictions were not recorded'
      : asked.length === 0 ? 'no prediction was asked'
        : asked.length === 1 ? `your prediction was ${correct === 1 ? 'right' : 'wrong or skipped'}`
          : `${correct} of ${asked.length} predictions right (all needed)`;
    checks.push({ holds: predictions !== undefined && correct === asked.length, sentence });
  }
  for (const stricter of rule.objectiveThresholds ?? []) {
    const outcome = result.objectives.find((o) => o.id === stricter.objective);
    const objective = level.objectives.find((o) => o.id === stricter.objective);
    const comparison = objective?.comparison ?? outcome?.comparison ?? '>=';
    const value = outcome?.value ?? null;
    const holds = value !== null && compare(value, comparison, stricter.threshold);
    const display = objectiveDisplay(level, stricter.objective);
    checks.push({ holds, sentence: `${stricter.label ?? display.label}: ${valueText(value, display)} (${formatThreshold(comparison, stricter.threshold, display)} needed)` });
  }
  return checks;
}

/**
 * The stars a run earns. predictions: the player's committed answers for this level (for rules with
 * predictionsCorrect; callers without them still get every other rule). firstChange: when the player
 * first changed a setting (the page's runs); without it every trial counts (headless runs).
 */
export function awardStars(level: Level, result: RunResult, predictions?: ReadonlyArray<CommittedPrediction>, firstChange?: FirstChange | null): StarAward {
  const total = trialsUsed(level, result);
  const watched = watchedBeforeFirstChange(level, total.used, total.unit, firstChange);
  const counted: Counted = { used: total.used - watched, watched, unit: total.unit };
  const { used, unit } = counted;
  const missed = result.objectives.filter((o) => !o.met);
  if (result.objectives.length > 0 && missed.length > 0) {
    return { stars: 0, used, unit, watched, reasons: missed.map((o) => `Not yet: ${o.description}`) };
  }
  const rules = level.lesson?.stars ?? [{ stars: 1 as const }];
  let stars: StarAward['stars'] = 0;
  const reasons: string[] = [];
  for (const rule of [...rules].sort((a, b) => a.stars - b.stars)) {
    const checks = checkRule(level, rule, result, counted, predictions);
    const holds = checks.every((c) => c.holds);
    const label = `${rule.stars} star${rule.stars > 1 ? 's' : ''}`;
    if (checks.length === 0) reasons.push(`${label}: every goal met.`);
    else reasons.push(`${label}: ${holds ? '' : 'not earned — '}${checks.map((c) => c.sentence).join('; ')}.`);
    if (holds && rule.stars > stars) stars = rule.stars as StarAward['stars'];
  }
  return { stars, used, unit, watched, reasons };
}

/**
 * The most stars a level can give: its best tier (1 when it has no tiers, like the sandboxes).
 * Takes unvalidated data too (a level file's `lesson.stars` as bundled for the menu).
 */
export function maxStarsOf(rules: unknown): number {
  if (!Array.isArray(rules)) return 1;
  const tiers = rules.map((r: { stars?: unknown }) => r?.stars).filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 3);
  return Math.max(1, ...tiers);
}
