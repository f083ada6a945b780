/**
 * Scripted players for the campaign levels: each plays a level with the player's settings (applied
 * like the level's sliders before the start) and runtime commands, for a number of trials (the
 * player stops when the goal is met), and returns the run and the stars it earns.
 */
import { readFileSync } from 'node:fs';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { awardStars, type StarAward } from '../../../src/levels/campaign/stars';
import { loadCampaign, campaignLevelIds } from '../../../src/levels/campaign/loadCampaign';
import type { Campaign } from '../../../src/levels/campaign/campaignSchema';
import { loadLevel } from '../../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { runLevel, type RunResult } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';
import { levelAssetPaths } from '../../../src/levels/levelAssets';

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
  /** Stop after this many trials (default: the whole level). */
  trials?: number;
}

/** The files a level refers to (the WAV tutor), read from assets/. */
export function assetsOf(level: Level): Map<string, Uint8Array> {
  return new Map(levelAssetPaths(level).map((p) => [p, new Uint8Array(readFileSync(new URL(`../../../assets/${p}`, import.meta.url)))] as const));
}

export function play(id: string, strategy: Strategy = {}): { result: RunResult; award: StarAward } {
  let level = loadLevelFile(id);
  for (const [path, value] of Object.entries(strategy.settings ?? {})) {
    const set = applyPlayerSetting(level, path, value);
    if (!set.ok) throw new Error(`${id}: ${JSON.stringify(set.errors)}`);
    level = set.level;
  }
  const outcome = runLevel(level, { commands: strategy.commands ?? [], assets: assetsOf(level), ...(strategy.trials !== undefined ? { trials: strategy.trials } : {}) });
  if (!outcome.ok) throw new Error(`${id}: ${JSON.stringify(outcome.errors)}`);
  return { result: outcome.result, award: awardStars(level, outcome.result) };
}

/** setParameter at tick 0 (a slider moved before pressing play, for runtime-bound parameters). */
export const setAt = (tick: number, path: string, value: number) => ({ tick, command: { type: 'setParameter', path, value } as SimCommand });
