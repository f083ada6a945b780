/**
 * Replays a recorded run headless, the way the page ran it: the level with the player's settings
 * applied, spawned from the recorded seed, then runLevel's own loop (one loop for headless runs and
 * replays) for exactly the recorded ticks, each logged command sent before the tick it was applied
 * at, with the goal watch the page keeps (levelStep.ts, timeControl.ts). Nothing of the page's wall
 * time enters, so the same JS engine gives the same world, bit for bit: its state hash, outcomes and
 * learning curve.
 */
import type { SimCommand } from '../../sim/commands/commandQueue';
import { GoalWatch } from '../objectives/goalWatch';
import { applyPlayerSetting } from '../playerSettings';
import { runSpawnedLevel } from '../runLevel';
import type { Level } from '../schema/level';
import { spawnLevel } from '../spawnLevel';
import type { RunRecord } from './resultsFile';

export interface ReplayedRun {
  readonly stateHash: string;
  readonly ticks: number;
  readonly outcomes: RunRecord['outcomes'];
  readonly goalMet: boolean;
  readonly curve: RunRecord['curve'];
}

export type ReplayOutcome =
  | { ok: true; replayed: ReplayedRun }
  /** The record cannot be replayed: a setting the level does not offer, or a level the engine cannot build. */
  | { ok: false; problem: 'setting' | 'spawn'; detail: string };

export type ReplayInput = Pick<RunRecord, 'seed' | 'settings' | 'commands' | 'ticks'>;

/** Steps between progress reports (and chances to stop). */
const REPORT_EVERY_TICKS = 4096;

export function replayRun(
  base: Level,
  record: ReplayInput,
  assets: ReadonlyMap<string, Uint8Array> = new Map(),
  onProgress?: (ticksDone: number) => void,
): ReplayOutcome {
  let level = base;
  for (const setting of record.settings) {
    const changed = applyPlayerSetting(level, setting.path, setting.value);
    if (!changed.ok) return { ok: false, problem: 'setting', detail: `${setting.path}: ${changed.errors[0]?.message ?? ''}` };
    level = changed.level;
  }
  const spawned = spawnLevel(level, { seed: record.seed, assets });
  if (!spawned.ok) return { ok: false, problem: 'spawn', detail: spawned.errors.map((e) => `${e.path}: ${e.message}`).join('; ').slice(0, 300) };
  const goalWatch = new GoalWatch(spawned.run);
  const ran = runSpawnedLevel(spawned, {
    ticks: record.ticks,
    commands: record.commands.map((c) => ({ tick: c.tick, command: c.command as SimCommand })),
    onTick: (world) => {
      goalWatch.afterTick();
      const done = world.clock[0];
      if (onProgress && done % REPORT_EVERY_TICKS === 0) onProgress(done);
    },
  });
  if (!ran.ok) return { ok: false, problem: 'spawn', detail: ran.errors.map((e) => `${e.path}: ${e.message}`).join('; ').slice(0, 300) };
  const { result } = ran;
  return {
    ok: true,
    replayed: {
      stateHash: result.stateHash,
      ticks: result.ticks,
      outcomes: result.objectives.map((o) => ({ id: o.id, value: o.value, met: o.met })),
      goalMet: goalWatch.goal !== null,
      curve: curveOf(result.trials),
    },
  };
}

/** The learning curve as a results file keeps it: per completed trial (1-based), its metrics. */
export function curveOf(trials: ReadonlyArray<{ metrics: Record<string, number | null> }>): RunRecord['curve'] {
  return trials.map((t, i) => ({ trial: i + 1, metrics: { ...t.metrics } }));
}
