/**
 * Scripted players for the campaign levels: each plays a level with the player's settings (applied
 * like the level's sliders before the start), runtime commands and answers to the level's
 * predictions, and returns the run and the stars it earns. Runs stop as the page stops them: at the
 * first trial end where every objective is met (runLevel's stopWhenGoalMet), so the trials used are
 * the page's; `trials` only cuts a run short (a player who gives up).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { awardStars, type CommittedPrediction, type StarAward } from '../../../src/levels/campaign/stars';
import { checkPrediction } from '../../../src/levels/campaign/predictions';
import { checkSketchPrediction } from '../../../src/levels/campaign/sketch';
import { loadCampaign, campaignLevelIds } from '../../../src/levels/campaign/loadCampaign';
import type { Campaign } from '../../../src/levels/campaign/campaignSchema';
import { loadLevel } from '../../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { runLevel, type RunResult } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';
import { builtInLevelAssets } from '../helpers';

const levelsDir = new URL('../../../levels/', import.meta.url);

export function readCampaign(levelIds: string[]): Campaign {
  const loaded = loadCampaign(readFileSync(new URL('campaign.json', levelsDir), 'utf8'), { levelIds });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.campaign;
}

export { campaignLevelIds };

export function loadLevelFile(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`${id}.json`, levelsDir), 'utf8'));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  return loaded.level;
}

export interface Strategy {
  /** Slider settings before the start (player parameter path → value). */
  settings?: Record<string, number>;
  /** Commands during the run, each at a tick. */
  commands?: Array<{ tick: number; command: SimCommand }>;
  /** Give up after this many trials (default: play until the goal is met or the level ends). */
  trials?: number;
  /** Answers to the level's predictions: a choice index (multiple choice) or control-point heights 0-1 (sketch). Unanswered ones are skipped. */
  answers?: Record<string, number | number[]>;
}

/** The files a level refers to (the WAV tutor), read relative to its file in levels/. */
export function assetsOf(level: Level): Map<string, Uint8Array> {
  return builtInLevelAssets(level);
}

/** The runs already simulated, by level and everything that changes the run (answers do not). */
const runs = new Map<string, { level: Level; result: RunResult }>();

function simulate(id: string, strategy: Strategy): { level: Level; result: RunResult } {
  const key = JSON.stringify([id, strategy.settings ?? {}, strategy.commands ?? [], strategy.trials ?? null]);
  const cached = runs.get(key);
  if (cached) return cached;
  let level = loadLevelFile(id);
  for (const [path, value] of Object.entries(strategy.settings ?? {})) {
    const set = applyPlayerSetting(level, path, value);
    if (!set.ok) throw new Error(`${id}: ${JSON.stringify(set.errors)}`);
    level = set.level;
  }
  const outcome = runLevel(level, { commands: strategy.commands ?? [], assets: assetsOf(level), stopWhenGoalMet: true, ...(strategy.trials !== undefined ? { trials: strategy.trials } : {}) });
  if (!outcome.ok) throw new Error(`${id}: ${JSON.stringify(outcome.errors)}`);
  const run = { level, result: outcome.result };
  runs.set(key, run);
  return run;
}

/** The player's committed predictions, scored like the page scores them (sketches against the run's curve). */
export function answer(level: Level, result: RunResult, answers: Record<string, number | number[]>): CommittedPrediction[] {
  return Object.entries(answers).map(([predictionId, given]) => {
    const checked = Array.isArray(given) ? checkSketchPrediction(level, predictionId, given, result.trials) : checkPrediction(level, predictionId, given);
    if (!checked.ok) throw new Error(`${level.id}: ${checked.error}`);
    return { predictionId, correct: 'record' in checked ? checked.record.correct : checked.result.correct };
  });
}

/** Plays a level (a run with the same settings and commands is simulated once per test file). */
export function play(id: string, strategy: Strategy = {}): { result: RunResult; award: StarAward; predictions: CommittedPrediction[] } {
  const { level, result } = simulate(id, strategy);
  const predictions = answer(level, result, strategy.answers ?? {});
  return { result, award: awardStars(level, result, predictions), predictions };
}

/** A scripted player: its strategy, the stars it must earn and, when pinned, the trials it uses. */
export interface PlayerCase { readonly name: string; readonly strategy: Strategy; readonly stars: number; readonly used?: number }

/** The test's title: "<level>: a player who <name> earns N star(s) in T trials". */
export function playerCaseTitle(id: string, c: PlayerCase): string {
  return `${id}: a player who ${c.name} earns ${c.stars} star(s)${c.used !== undefined ? ` in ${c.used} trials` : ''}`;
}

/**
 * Plays the case and checks it: a player who earns stars meets every objective, one who earns none
 * misses one; the trials used (when pinned) and the stars are as the case says. Returns the run.
 */
export function expectPlayerCase(id: string, c: PlayerCase): RunResult {
  const { result, award } = play(id, c.strategy);
  if (c.stars > 0) for (const o of result.objectives) expect(o.met, JSON.stringify(o)).toBe(true);
  else expect(result.objectives.some((o) => !o.met)).toBe(true);
  if (c.used !== undefined) expect(award.used).toBe(c.used);
  expect(award.stars, award.reasons.join(' ')).toBe(c.stars);
  return result;
}

/** setParameter at tick 0 (a slider moved before pressing play, for runtime-bound parameters). */
export const setAt = (tick: number, path: string, value: number) => ({ tick, command: { type: 'setParameter', path, value } as SimCommand });
