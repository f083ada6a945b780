/**
 * Whether a campaign level waits, paused at its first tick, for the player's setup after its start
 * questions: a level with sliders (player parameters) does, so no trial runs before the player has
 * set them (trials used count for stars); others play at once. One rule for the flow (lessonFlow.ts)
 * and for what the question dialog promises will happen after Commit.
 */
import type { AfterCommit } from '../ui/campaign/predictionDialog';

export interface SetupWaitLevel {
  readonly playerParameters?: readonly unknown[];
}

export function waitsForSetup(level: SetupWaitLevel, tick: number): boolean {
  return (level.playerParameters ?? []).length > 0 && tick === 0;
}

/**
 * What the dialog says happens after Commit: a start question leads to the setup or the run; a later
 * one lets the run go on; either stays paused when it leads into the player's own move (afterAnswer "pause").
 */
export function afterCommit(level: SetupWaitLevel, tick: number, askedAtStart: boolean, pausesAfter = false): AfterCommit {
  if (!askedAtStart) return pausesAfter ? 'waitsForChange' : 'goesOn';
  return waitsForSetup(level, tick) ? 'waitsForSetup' : pausesAfter ? 'waitsForChange' : 'runs';
}
