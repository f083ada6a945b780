/**
 * Stars: how well and how efficiently a run met its level's objectives. A run earns nothing unless
 * every objective is met; then the best star rule of the lesson that holds counts (1 star when the
 * lesson has no rules). "Trials used" is the number of completed trials of the run (the player stops
 * when the goal is reached), or whole simulated seconds for a level without trials.
 */
import type { RunResult } from '../runLevel';
import type { Level } from '../schema/level';

export interface StarAward {
  stars: 0 | 1 | 2 | 3;
  /** Why, one plain sentence per rule considered (shown to the player). */
  reasons: string[];
  /** The trials (or seconds) the run used. */
  used: number;
  unit: 'trials' | 'seconds';
}

/** Trials used by a run, or simulated seconds (rounded up) when the level has no trials. */
export function trialsUsed(level: Level, result: RunResult): { used: number; unit: 'trials' | 'seconds' } {
  if (level.timeline !== undefined) return { used: result.trials.length, unit: 'trials' };
  return { used: Math.ceil(result.simulatedMs / 1000 - 1e-9), unit: 'seconds' };
}

export function awardStars(level: Level, result: RunResult): StarAward {
  const { used, unit } = trialsUsed(level, result);
  const missed = result.objectives.filter((o) => !o.met);
  if (result.objectives.length > 0 && missed.length > 0) {
    return { stars: 0, used, unit, reasons: missed.map((o) => `Not yet: ${o.description}`) };
  }
  const rules = level.lesson?.stars ?? [{ stars: 1 as const }];
  let stars: StarAward['stars'] = 0;
  const reasons: string[] = [];
  for (const rule of [...rules].sort((a, b) => a.stars - b.stars)) {
    const limit = rule.trialsAtMost;
    const holds = limit === undefined || used <= limit;
    const label = `${rule.stars} star${rule.stars > 1 ? 's' : ''}`;
    if (limit === undefined) reasons.push(`${label}: every goal met.`);
    else reasons.push(`${label}: ${holds ? '' : 'not earned — '}goal met in ${used} ${unit} (${limit} or fewer needed).`);
    if (holds && rule.stars > stars) stars = rule.stars as StarAward['stars'];
  }
  return { stars, used, unit, reasons };
}
