/**
 * Replays a recorded run headless, the way the page ran it: the level with the player's settings
 * applied, spawned from the recorded seed, then tick by tick each logged command sent before the tick
 * it was applied at, the engine's schedule, the objective recorder and the goal watch (as
 * levelStep.ts and timeControl.ts do on the page). Nothing of the page's wall time enters, so the
 * same JS engine gives the same world, bit for bit: its state hash, outcomes and learning curve.
 */
import type { SimCommand } from '../../sim/commands/commandQueue';
import { stepSim } from '../../sim/schedule';
import { hashWorldState } from '../../sim/snapshot';
import { GoalWatch } from '../objectives/goalWatch';
import { evaluateObjectives } from '../objectives/evaluateObjectives';
import { applyPlayerSetting } from '../playerSettings';
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
  const { world, run } = spawned;
  const { recorder } = run;
  const goalWatch = new GoalWatch(run);
  // A stable sort: commands of one tick keep the order they were applied in.
  const commands = [...record.commands].sort((a, b) => a.tick - b.tick);
  let next = 0;
  for (let tick = 0; tick < record.ticks; tick++) {
    while (next < commands.length && commands[next].tick <= tick) world.commands.send(commands[next++].command as SimCommand);
    stepSim(world);
    recorder.afterTick(world);
    world.events.length = 0;
    goalWatch.afterTick();
    if (onProgress && (tick + 1) % REPORT_EVERY_TICKS === 0) onProgress(tick + 1);
  }
  return {
    ok: true,
    replayed: {
      stateHash: hashWorldState(world),
      ticks: world.clock[0],
      outcomes: evaluateObjectives(level, run).map((o) => ({ id: o.id, value: o.value, met: o.met })),
      goalMet: goalWatch.goal !== null,
      curve: curveOf(recorder.trials),
    },
  };
}

/** The learning curve as a results file keeps it: per completed trial (1-based), its metrics. */
export function curveOf(trials: ReadonlyArray<{ metrics: Record<string, number | null> }>): RunRecord['curve'] {
  return trials.map((t, i) => ({ trial: i + 1, metrics: { ...t.metrics } }));
}
