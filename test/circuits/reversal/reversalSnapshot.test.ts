/**
 * Every piece of the reversal agent's state is registered (a restored snapshot replays exactly, also
 * after the player's commands), the same seed gives the same run, and its commands are applied or
 * refused with a reason, within the ranges of the config fields they set; its per-trial log is a ring
 * that keeps the latest maxTrials trials.
 */
import { describe, expect, it } from 'vitest';
import { hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { reversalAgentsOf } from '../../../src/circuits/reversal/reversalCircuit';
import { LIVE, LOG, SCORE, TRIAL } from '../../../src/circuits/reversal/agentLayout';
import { trialLogRow } from '../../../src/circuits/reversal/trialLog';
import { setSwitchLeakCommand, setSwitchThresholdCommand } from '../../../src/circuits/reversal/commandSchemas';
import { reversalParamFields } from '../../../src/circuits/reversal/configParams';
import { parameterRange } from '../../../src/circuits/plugin/param';
import type { Level } from '../../../src/levels/schema/level';
import { builtInLevel } from '../../levels/helpers';

function spawn(seed: number, overrides: Record<string, number> = {}) {
  const level: Level = structuredClone(builtInLevel('reversal-probabilistic'));
  Object.assign(level.circuits[0], overrides);
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
}

describe('reversal agent snapshots and commands', () => {
  it('restoring a snapshot (after a lesion and a threshold change) and running again gives the same state hash', () => {
    const world = spawn(7);
    runTicks(world, 10 * 800 + 123);
    world.commands.send({ type: 'setSwitchThreshold', value: 1.3 });
    world.commands.send({ type: 'lesionErrorUnit', enabled: true });
    runTicks(world, 5 * 800);
    const snapshot = takeSnapshot(world);
    runTicks(world, 10 * 800);
    const first = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    runTicks(world, 10 * 800);
    expect(hashWorldState(world)).toBe(first);
  });

  it('the same seed gives the same run; another seed another', () => {
    const a = spawn(3);
    const b = spawn(3);
    const c = spawn(4);
    for (const w of [a, b, c]) runTicks(w, 20 * 800);
    expect(hashWorldState(a)).toBe(hashWorldState(b));
    expect(hashWorldState(a)).not.toBe(hashWorldState(c));
  });

  it('applies the lesion, its undoing and the live settings, and refuses values out of range', () => {
    const world = spawn(1);
    const { live } = reversalAgentsOf(world)[0].state;
    world.commands.send({ type: 'lesionErrorUnit', enabled: true });
    world.commands.send({ type: 'setSwitchLeakMs', value: 3000 });
    world.commands.send({ type: 'setSwitchThreshold', value: 99 });
    runTicks(world, 1);
    expect(live[LIVE.lesioned]).toBe(1);
    expect(live[LIVE.integratorLeakMs]).toBe(3000);
    expect(live[LIVE.switchThreshold]).toBe(0.7);
    world.commands.send({ type: 'lesionErrorUnit', enabled: false });
    runTicks(world, 1);
    expect(live[LIVE.lesioned]).toBe(0);
  });

  it('the command ranges are the config fields\' ranges: the leak\'s exclusive minimum of 1 ms is refused by schema and handler alike', () => {
    for (const [command, field] of [[setSwitchThresholdCommand, 'switchThreshold'], [setSwitchLeakCommand, 'integratorLeakMs']] as const) {
      expect(parameterRange(command.shape.value)).toEqual({ ...parameterRange(reversalParamFields[field]), integer: false });
    }
    expect(setSwitchLeakCommand.safeParse({ type: 'setSwitchLeakMs', value: 1 }).success).toBe(false);
    expect(setSwitchLeakCommand.safeParse({ type: 'setSwitchLeakMs', value: 1.5 }).success).toBe(true);
    const world = spawn(1);
    const { live } = reversalAgentsOf(world)[0].state;
    world.commands.send({ type: 'setSwitchLeakMs', value: 1 });
    runTicks(world, 1);
    expect(live[LIVE.integratorLeakMs]).toBe(1500);
    world.commands.send({ type: 'setSwitchLeakMs', value: 1.5 });
    runTicks(world, 1);
    expect(live[LIVE.integratorLeakMs]).toBe(1.5);
  });

  it('the log keeps the latest maxTrials trials (a ring), also across a snapshot', () => {
    const world = spawn(2, { maxTrials: 5 });
    const { state } = reversalAgentsOf(world)[0];
    const seen: Array<{ choice: number; reward: number }> = [];
    while (state.scores[SCORE.trials] < 12) {
      const before = state.scores[SCORE.trials];
      runTicks(world, 1);
      if (state.scores[SCORE.trials] > before) seen.push({ choice: state.trial[TRIAL.choice], reward: state.trial[TRIAL.reward] });
    }
    expect(trialLogRow(state, 6)).toBe(-1);
    expect(trialLogRow(state, 12)).toBe(-1);
    for (let k = 7; k < 12; k++) {
      const row = trialLogRow(state, k);
      expect(row).toBeGreaterThanOrEqual(0);
      expect({ choice: state.log[row + LOG.choice], reward: state.log[row + LOG.reward] }).toEqual(seen[k]);
    }
    const snapshot = takeSnapshot(world);
    runTicks(world, 3 * 800);
    const first = [...state.log];
    restoreSnapshot(world, snapshot);
    runTicks(world, 3 * 800);
    expect([...state.log]).toEqual(first);
    expect(trialLogRow(state, 14)).toBeGreaterThanOrEqual(0);
  });
});
