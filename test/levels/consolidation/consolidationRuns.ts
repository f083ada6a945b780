/**
 * Test helper: runs levels/consolidation-sandbox.json (two pathways of 20 Poisson fibres onto one
 * LIF CA1 cell, exact exponential step, dtMs 1; tag-trigger-consolidation on both projections) with
 * a tetanus protocol, and returns each pathway's weight ratio (mean weight / initial) at the end of
 * every trial. One trial is 2 s of simulated time and stands for 10 model minutes.
 */
import { readFileSync } from 'node:fs';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { loadLevel } from '../../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { runLevel } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';

export const TRIAL_TICKS = 2000;
export const TRIALS_PER_MODEL_HOUR = 6;
const BASELINE_TRIALS = 3;

export interface Protocol {
  /** Pathway 1: trains (1-3) of trainMs (0: no tetanus), 10 model minutes apart. */
  readonly trains1: number;
  readonly trainMs1: number;
  /** Trials (10 model minutes each) between the end of pathway 1's tetanus and pathway 2's. */
  readonly waitTrials: number;
  readonly trains2: number;
  readonly trainMs2: number;
  /** Trial (0-based) at whose start anisomycin is switched on (protein synthesis 0); none when absent. */
  readonly anisomycinAtTrial?: number;
}

export interface ProtocolRun {
  /** Weight ratio of pathway 1 and 2 at the end of each trial. */
  readonly pathway1: number[];
  readonly pathway2: number[];
  /** Index of the last trial of pathway 1's tetanus and of pathway 2's. */
  readonly tetanus1End: number;
  readonly tetanus2End: number;
}

export const WEAK_MS = 200;
export const STRONG_MS = 1000;

function sandbox(): Level {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/consolidation-sandbox.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

export function runProtocol(protocol: Protocol, seed: number): ProtocolRun {
  let level = sandbox();
  const phases = 'timeline.sessions.main.phases';
  const settings: Record<string, number> = {
    [`${phases}.tetanus1.trials`]: protocol.trains1,
    [`${phases}.tetanus1.trialTypes.train.events.trainEnd.at.ms`]: protocol.trainMs1,
    [`${phases}.wait.trials`]: protocol.waitTrials,
    [`${phases}.tetanus2.trials`]: protocol.trains2,
    [`${phases}.tetanus2.trialTypes.train.events.trainEnd.at.ms`]: protocol.trainMs2,
  };
  for (const [path, value] of Object.entries(settings)) {
    const set = applyPlayerSetting(level, path, value);
    if (!set.ok) throw new Error(JSON.stringify(set.errors));
    level = set.level;
  }
  const commands = protocol.anisomycinAtTrial === undefined ? [] : [{
    tick: protocol.anisomycinAtTrial * TRIAL_TICKS,
    command: { type: 'setParameter', path: 'projections.fromPathway1.plasticity.proteinSynthesis', value: 0 } as SimCommand,
  }];
  const outcome = runLevel(level, { seed, commands });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const trials = outcome.result.trials;
  const tetanus1End = BASELINE_TRIALS + protocol.trains1 - 1;
  return {
    pathway1: trials.map((t) => t.metrics.weightPathway1 as number),
    pathway2: trials.map((t) => t.metrics.weightPathway2 as number),
    tetanus1End,
    tetanus2End: tetanus1End + protocol.waitTrials + protocol.trains2,
  };
}
