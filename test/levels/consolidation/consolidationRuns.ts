/**
 * Test helper: runs levels/consolidation-sandbox.json (two pathways of 20 fibres onto one LIF CA1
 * cell, exact exponential step, dtMs 1; tag-trigger-consolidation on both projections) with a
 * protocol given as the player's button presses, and returns each pathway's weight ratio (mean weight /
 * initial) at the end of every trial. One trial is 2 s of simulated time and stands for 10 model
 * minutes; a tetanus pressed for a trial is one train at that trial's start (weak: 200 ms, strong:
 * 1000 ms of 100 Hz Poisson pulses on every fibre of the pathway).
 */
import { readFileSync } from 'node:fs';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';

export const TRIAL_TICKS = 2000;
export const TRIALS_PER_MODEL_HOUR = 6;

export type Train = 'weakTrain1' | 'strongTrain1' | 'weakTrain2' | 'strongTrain2';

export interface Protocol {
  /** Trains, each at the start of the given trial (0-based). */
  readonly trains: ReadonlyArray<{ readonly trial: number; readonly train: Train }>;
  /** Trial at whose start anisomycin is switched on (protein synthesis 0); none when absent. */
  readonly anisomycinAtTrial?: number;
}

export interface ProtocolRun {
  /** Weight ratio of pathway 1 and 2 at the end of each trial. */
  readonly pathway1: number[];
  readonly pathway2: number[];
}

function sandbox(): Level {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/consolidation-sandbox.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

/** The command the level's tetanus button sends (its playerCommands entry), at the trial's first tick. */
function press(level: Level, trial: number, train: Train): { tick: number; command: SimCommand } {
  const button = level.playerCommands.find((c) => c.command.type === 'setParameter' && c.command.path === `stimuli.${train}.weight`);
  if (!button) throw new Error(`no button for ${train}`);
  return { tick: trial * TRIAL_TICKS, command: button.command as SimCommand };
}

export function runProtocol(protocol: Protocol, seed: number): ProtocolRun {
  const level = sandbox();
  const commands = protocol.trains.map(({ trial, train }) => press(level, trial, train));
  if (protocol.anisomycinAtTrial !== undefined) {
    const drug = level.playerCommands.find((c) => c.id === 'anisomycin')!;
    commands.push({ tick: protocol.anisomycinAtTrial * TRIAL_TICKS, command: drug.command as SimCommand });
  }
  const outcome = runLevel(level, { seed, commands });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  if (outcome.result.rejectedCommands.length > 0) throw new Error(JSON.stringify(outcome.result.rejectedCommands));
  const trials = outcome.result.trials;
  return { pathway1: trials.map((t) => t.metrics.weightPathway1 as number), pathway2: trials.map((t) => t.metrics.weightPathway2 as number) };
}
