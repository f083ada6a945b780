/**
 * A run as a results file records it, taken from a running world: what reproduces it (the level, the
 * seed it was spawned with, the settings in force at spawn as changes to the level as opened, the
 * player's commands, the ticks run) and what it showed (outcomes, the learning
 * curve, the state hash). Stars, attempts and predictions come from the saved progress (the caller's).
 * The world's command log is the run's: a step back truncated it, a fast-forward appended the
 * worker's, a Reset began a fresh one, so it is exactly what led to this world.
 */
import { hashWorldState } from '../../sim/snapshot';
import type { SimWorld } from '../../sim/world/world';
import type { TrialRecord } from '../metrics/levelRecorder';
import { evaluateObjectives } from '../objectives/evaluateObjectives';
import { lookupNumber } from '../paths';
import { applyPlayerSetting } from '../playerSettings';
import type { Level } from '../schema/level';
import type { LevelRun } from '../spawn/levelRun';
import { canonicalJson } from './contentHash';
import { curveOf } from './replayRun';
import { MAX_COMMANDS, MAX_TICKS, MAX_TRIALS, type RunRecord } from './resultsFile';

export interface RunSource {
  readonly levelId: string;
  readonly title: string;
  /** The level as opened (before the player's settings). */
  readonly opened: Level;
  /** The level this world was spawned from (the opened one plus settings carried in by a Reset). */
  readonly spawned: Level;
  readonly seed: number;
  readonly world: SimWorld;
  readonly run: LevelRun;
  readonly trials: readonly TrialRecord[];
  readonly goalMet: boolean;
}

export type ProgressPart = Pick<RunRecord, 'stars' | 'attempts' | 'trialsUsed' | 'predictions'>;

/** The player's settings as changes to the opened level: every offered path whose value differs. */
export function settingsBetween(opened: Level, spawned: Level): RunRecord['settings'] {
  const settings: RunRecord['settings'] = [];
  for (const parameter of spawned.playerParameters) {
    const was = lookupNumber(opened, parameter.path);
    const now = lookupNumber(spawned, parameter.path);
    if (now.ok && (!was.ok || was.value !== now.value)) settings.push({ path: parameter.path, value: now.value });
  }
  return settings;
}

/**
 * The level part of a record: the opened level with the settings when they explain the spawn, else
 * the spawned level itself. The level is always carried here: a run is kept (in localStorage) before
 * anyone knows which page will read it, and the export names a level the page ships by its content
 * hash instead (resultsKeeper.ts namedByHash), in one place, against the page's own level files.
 */
function levelPart(source: RunSource, settings: RunRecord['settings'], withSettings: Level | null): { level: RunRecord['level']; settings: RunRecord['settings'] } {
  const { seed: _spawnedSeed, ...spawnedRest } = source.spawned as Level & Record<string, unknown>;
  const explained = withSettings !== null && canonicalJson({ ...withSettings, seed: 0 }) === canonicalJson({ ...spawnedRest, seed: 0 });
  if (explained) return { level: { builtIn: false, data: structuredClone(source.opened) as unknown as Record<string, unknown> }, settings };
  // Settings alone do not explain the spawned level: keep it whole, with nothing to apply.
  return { level: { builtIn: false, data: structuredClone(source.spawned) as unknown as Record<string, unknown> }, settings: [] };
}

/** The opened level with the settings applied as the replay will apply them, or null when one is refused. */
function withSettingsApplied(opened: Level, settings: RunRecord['settings']): Level | null {
  let level = opened;
  for (const setting of settings) {
    const changed = applyPlayerSetting(level, setting.path, setting.value);
    if (!changed.ok) return null;
    level = changed.level;
  }
  return level;
}

/**
 * A run a results file cannot hold whole (more commands, trials or ticks than its bounds) is kept as
 * "too long to replay": without its commands, with its first MAX_TRIALS trials. Written whole, it
 * would make the student's whole file invalid.
 */
export function withinFileBounds(record: RunRecord): RunRecord {
  if (record.commands.length <= MAX_COMMANDS && record.curve.length <= MAX_TRIALS && record.ticks <= MAX_TICKS) return record;
  return { ...record, commands: [], curve: record.curve.slice(0, MAX_TRIALS), ticks: Math.min(record.ticks, MAX_TICKS), tooLong: true };
}

export function recordRun(source: RunSource, progress: ProgressPart): RunRecord {
  const { world, run } = source;
  const settings = settingsBetween(source.opened, source.spawned);
  const { level, settings: kept } = levelPart(source, settings, withSettingsApplied(source.opened, settings));
  return withinFileBounds({
    levelId: source.levelId,
    title: source.title.slice(0, 500),
    level,
    seed: source.seed,
    settings: kept,
    commands: world.commands.log.filter((entry) => entry.command.source !== 'timeline').map((entry) => ({ tick: entry.tick, command: { ...entry.command } })),
    ticks: world.clock[0],
    dtMs: world.dtMs,
    outcomes: evaluateObjectives(source.spawned, run).map((o) => ({ id: o.id, value: o.value, met: o.met })),
    goalMet: source.goalMet,
    ...progress,
    curve: curveOf(source.trials),
    stateHash: hashWorldState(world),
  });
}
