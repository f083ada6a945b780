/**
 * When a Reset ends a failed campaign attempt. An attempt is the player trying something: a setting
 * or action of theirs in force (changed in this spawn, or carried into it by the Reset before) and at
 * least one trial ended with it in force (for a level without trials, one simulated second). A Reset
 * before that is exploring or starting over, not failing: it costs no stars and unlocks no hints.
 * A level that offers nothing to change never fails on Reset; it fails when its timeline ends
 * without the goal. Pure, so the rule is unit-tested.
 *
 * playerChoiceFrom is the one answer to "has the player changed something in this spawn": the failed
 * attempt rule here and the first-change restart (firstChangeRestart.ts, which keeps stars honest)
 * both use it, so settings carried in by a Reset count as in force from tick 0 for both.
 */
import type { LoggedCommand } from '../sim/commands/commandQueue';

export interface SpawnSoFar {
  /** The spawn began with the player's settings from before (a slider that waited for Reset). */
  readonly settingsCarriedIn: boolean;
  /** The world's command log (the timeline's own commands carry `source: 'timeline'`). */
  readonly commandLog: readonly LoggedCommand[];
  /** End ticks of the trials that ended in this spawn. */
  readonly trialEndTicks: readonly number[];
  readonly hasTrials: boolean;
  readonly tick: number;
  readonly dtMs: number;
}

/** The tick of the player's first command in this spawn (a setting or an action), or null. */
export function firstPlayerCommandTick(log: readonly LoggedCommand[]): number | null {
  for (const entry of log) if (entry.command.source !== 'timeline') return entry.tick;
  return null;
}

/**
 * The tick from which a choice of the player's is in force in this spawn: 0 when the Reset carried
 * their settings in, else their first command's tick; null while they have changed nothing.
 */
export function playerChoiceFrom(spawn: Pick<SpawnSoFar, 'settingsCarriedIn' | 'commandLog'>): number | null {
  return spawn.settingsCarriedIn ? 0 : firstPlayerCommandTick(spawn.commandLog);
}

export function resetEndsFailedAttempt(spawn: SpawnSoFar): boolean {
  const from = playerChoiceFrom(spawn);
  if (from === null) return false;
  if (spawn.hasTrials) return spawn.trialEndTicks.some((end) => end > from);
  return (spawn.tick - from) * spawn.dtMs >= 1000;
}
