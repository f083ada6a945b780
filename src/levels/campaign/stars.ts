/**
 * Stars: how well and how efficiently a run met its level's objectives. A run earns nothing unless
 * every objective is met; then the best star rule of the lesson that holds counts (1 star when the
 * lesson has no rules). A rule holds when every condition it names holds:
 * - trialsAtMost: "trials used" is the number of completed trials of the run (the run stops when the
 *   goal is reached, see GoalWatch), or whole simulated seconds for a level without trials. The page
 *   restarts the level at the player's first change after watching (src/app/firstChangeRestart.ts),
 *   so its counted run is the headless run with those settings from tick 0: the same count;
 * - predictionsCorrect: every prediction the level asked during the run (multiple choice or sketch) was
 *   answered correctly (the player's committed predictions come from the page; without them the
 *   condition does not hold);
 * - objectiveThresholds: an objective's value also passes a stricter threshold, compared the
 *   objective's own way (met by a wider margin).
 */
import { compare } from '../../sim/timeline/measures';
import { countOf } from '../labels/countOf';
import { labelWord } from '../labels/labelWords';
import { goalText, objectiveDisplay, valueText } from '../labels/objectiveText';
import type { RunResult } from '../runLevel';
import type { Level } from '../schema/level';
import type { Prediction, SketchPrediction, StarRule } from '../schema/lesson';

export interface StarAward {
  stars: 0 | 1 | 2 | 3;
  /** Why, one plain sentence per rule considered (shown to the player). */
  reasons: string[];
  /** The trials (or whole seconds) the run used up to its goal. */
  used: number;
  unit: 'trials' | 'seconds';
}

/**
 * The rule in the player's words (objectives panel, setup prompt). The page restarts the level at the
 * player's first change after watching (src/app/firstChangeRestart.ts), so a counted run is always
 * the level with the player's settings from tick 0, exactly as a headless run counts it.
 */
export function watchingRuleText(): string {
  return labelWord('scene.levels.watchingIsFree', 'Watching is free: your first change restarts the level with it, and only then do trials count.');
}

/** "1 trial", "3 trials", "1 second": a count of the level's unit. */
export function unitCount(n: number, unit: 'trials' | 'seconds'): string {
  return labelWord(`scene.levels.count.${unit}`, countOf(n, unit === 'trials' ? 'trial' : 'second'), { count: n });
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

/** The result card's count: "3 trials", "1 second". */
export function usedText(award: Pick<StarAward, 'used' | 'unit'>): string {
  return unitCount(award.used, award.unit);
}

/** "1 star", "3 stars" (the result card and the teacher guide). */
export function starCount(stars: number): string {
  return labelWord('scene.levels.count.stars', countOf(stars, 'star'), { count: stars });
}

interface Check { holds: boolean; sentence: string }

function checkRule(level: Level, rule: StarRule, result: RunResult, counted: { used: number; unit: 'trials' | 'seconds' }, predictions: ReadonlyArray<CommittedPrediction> | undefined): Check[] {
  const checks: Check[] = [];
  if (rule.trialsAtMost !== undefined) {
    const { used, unit } = counted;
    const usedWords = unitCount(used, unit);
    const most = String(rule.trialsAtMost);
    checks.push({ holds: used <= rule.trialsAtMost, sentence: labelWord('scene.levels.stars.goalMetIn', `goal met in ${usedWords} (${most} or fewer needed)`, { used: usedWords, most }) });
  }
  if (rule.predictionsCorrect) {
    const asked = predictionsAsked(level, result);
    const correct = asked.filter((p) => predictions?.some((c) => c.predictionId === p.id && c.correct) ?? false).length;
    const sentence = predictions === undefined ? labelWord('scene.levels.stars.predictionsNotRecorded', 'your predictions were not recorded')
      : asked.length === 0 ? labelWord('scene.levels.stars.noPredictionAsked', 'no prediction was asked')
        : asked.length === 1 ? (correct === 1 ? labelWord('scene.levels.stars.predictionRight', 'your prediction was right')
          : labelWord('scene.levels.stars.predictionWrong', 'your prediction was wrong or skipped'))
          : labelWord('scene.levels.stars.predictionsRight', `${correct} of ${asked.length} predictions right (all needed)`, { correct: String(correct), asked: String(asked.length) });
    checks.push({ holds: predictions !== undefined && correct === asked.length, sentence });
  }
  for (const stricter of rule.objectiveThresholds ?? []) {
    const outcome = result.objectives.find((o) => o.id === stricter.objective);
    const objective = level.objectives.find((o) => o.id === stricter.objective);
    const comparison = objective?.comparison ?? outcome?.comparison ?? '>=';
    const value = outcome?.value ?? null;
    const holds = value !== null && compare(value, comparison, stricter.threshold);
    const display = objectiveDisplay(level, stricter.objective);
    const label = stricter.label ?? display.label;
    const shown = valueText(value, display);
    const goal = goalText(comparison, stricter.threshold, display);
    checks.push({ holds, sentence: labelWord('scene.levels.stars.thresholdNeeded', `${label}: ${shown} (${goal} needed)`, { label, value: shown, goal }) });
  }
  return checks;
}

/**
 * The stars a run earns. predictions: the player's committed answers for this level (for rules with
 * predictionsCorrect; callers without them still get every other rule). The page's runs and headless
 * ones count the same way.
 */
export function awardStars(level: Level, result: RunResult, predictions?: ReadonlyArray<CommittedPrediction>): StarAward {
  const counted = trialsUsed(level, result);
  const { used, unit } = counted;
  const missed = result.objectives.filter((o) => !o.met);
  if (result.objectives.length > 0 && missed.length > 0) {
    return { stars: 0, used, unit, reasons: missed.map((o) => labelWord('scene.levels.stars.notYet', `Not yet: ${o.description}`, { objective: o.description })) };
  }
  const rules = level.lesson?.stars ?? [{ stars: 1 as const }];
  let stars: StarAward['stars'] = 0;
  const reasons: string[] = [];
  for (const rule of [...rules].sort((a, b) => a.stars - b.stars)) {
    const checks = checkRule(level, rule, result, counted, predictions);
    const holds = checks.every((c) => c.holds);
    const label = starCount(rule.stars);
    const sentences = checks.map((c) => c.sentence).join('; ');
    if (checks.length === 0) reasons.push(labelWord('scene.levels.stars.everyGoalMet', `${label}: every goal met.`, { stars: label }));
    else if (holds) reasons.push(labelWord('scene.levels.stars.earned', `${label}: ${sentences}.`, { stars: label, checks: sentences }));
    else reasons.push(labelWord('scene.levels.stars.notEarned', `${label}: not earned — ${sentences}.`, { stars: label, checks: sentences }));
    if (holds && rule.stars > stars) stars = rule.stars as StarAward['stars'];
  }
  return { stars, used, unit, reasons };
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
