/**
 * Watching is free (issue 12, item 4): the player's first real change after watching restarts the
 * attempt. At normal speed a trial passes about every second, so a player who presses Play "to see"
 * would otherwise spend trials that count for stars; discounting the watched trials instead could be
 * gamed (watch a level learn by itself, then nudge a slider). So when a campaign level has run at
 * least one trial (or, without trials, one simulated second) and the player first changes something,
 * the page restarts the level from tick 0 with that change in force (LevelOpener.reset): the run that
 * counts is exactly the headless run with those settings from the start, and its stars equal the
 * headless stars. A change before anything was watched needs no restart; later changes never restart;
 * settings carried in by a Reset count as a change from tick 0 (attemptRule.ts playerChoiceFrom).
 * A level whose stars count no trials (no trialsAtMost rule), or measure when the player acts
 * (lesson.starsCountFrom "start"), never restarts.
 * The restart is not a failed attempt: nothing of the player's was in force before it.
 */
import { lookupNumber } from '../levels/paths';
import type { Level } from '../levels/schema/level';
import { playerChoiceFrom, type SpawnSoFar } from './attemptRule';
import { t } from '../i18n/messages';
import { trialCountText } from '../ui/trialCountText';

/** Whether the player's change now must restart the level (the caller knows it is a counted campaign run). */
export function firstChangeRestarts(level: Level, spawn: SpawnSoFar): boolean {
  // Only stars that count trials make watching cost anything; a level without them (a lesion or a
  // deafening after learning) keeps its run whatever the player does mid-run.
  if (!(level.lesson?.stars ?? []).some((rule) => rule.trialsAtMost !== undefined)) return false;
  if (level.lesson?.starsCountFrom === 'start') return false;
  if (playerChoiceFrom(spawn) !== null) return false;
  return watchedSoFar(spawn).watched > 0;
}

/** A slider set to the value already in force changes nothing: it is no change of the player's. */
export function settingInForce(level: Level, path: string, value: number): boolean {
  const inForce = lookupNumber(level, path);
  return inForce.ok && inForce.value === value;
}

/** Trials ended in this spawn, or whole simulated seconds for a level without trials. */
export function watchedSoFar(spawn: Pick<SpawnSoFar, 'hasTrials' | 'tick' | 'dtMs'> & { trialEndTicks: readonly unknown[] }): { watched: number; unit: 'trials' | 'seconds' } {
  if (spawn.hasTrials) return { watched: spawn.trialEndTicks.length, unit: 'trials' };
  return { watched: Math.floor((spawn.tick * spawn.dtMs) / 1000 + 1e-9), unit: 'seconds' };
}

/** What the page says (status line and announcement) when it restarts for the first change. */
export function firstChangeRestartText(watched: number, unit: 'trials' | 'seconds', level: Pick<Level, 'circuits'> | null = null): string {
  return unit === 'trials' ? t('game.firstChange.restartedTrials', { count: watched, what: trialCountText(level, watched) }) : t('game.firstChange.restartedSeconds', { count: watched });
}
