// The critical-period page buttons show their state from the world (src/ui/commandInEffect.ts): on
// as soon as the press is queued (a paused page), off again when the next age's commands reopen the eye and stop
// the drug, and right again after a step back. The level is run with 1 trial of 1 s per age
// (instead of 20) so the test is short; dt 1 ms, seed 2005 (LIF, exact step).
import { describe, expect, it } from 'vitest';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { restoreSnapshot, takeSnapshot } from '../../../src/sim/snapshot';
import { stepSim } from '../../../src/sim/schedule';
import type { SimWorld } from '../../../src/sim/world/world';
import { playerActionsFor } from '../../../src/ui/playerActions';
import { criticalPeriodLevel } from './criticalPeriodRuns';

const AGE_TICKS = 1000;

function shortAges() {
  const level = criticalPeriodLevel();
  for (const phase of level.timeline!.sessions[0].phases) phase.trials = 1;
  return level;
}

function stepTo(world: SimWorld, tick: number): void {
  while (world.clock[0] < tick) { stepSim(world); world.events.length = 0; }
}

describe('critical-period: the eye and drug buttons show their state', () => {
  it('on after the press, off at the next age, restored by a step back', () => {
    const level = shortAges();
    const spawned = spawnLevel(level);
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const world = spawned.world;
    const buttons = playerActionsFor(level).filter((a) => a.kind === 'button');
    expect(buttons.map((b) => b.id)).toEqual(['command:closeRightEye', 'command:giveDiazepam']);
    const state = () => buttons.map((b) => (b.kind === 'button' && b.inEffect ? b.inEffect(world) : 'no state'));
    const press = (i: number) => { const b = buttons[i]; if (b.kind === 'button') world.commands.send(b.command()); };
    expect(state()).toEqual([false, false]);
    stepTo(world, 500);
    const beforePress = takeSnapshot(world);
    press(0);
    press(1);
    // Pressed while paused: the commands wait for the next tick, and the buttons already say what it will hold.
    expect(state()).toEqual([true, true]);
    stepTo(world, 501);
    expect(state()).toEqual([true, true]);
    // The critical period's commands (queued at its first tick, applied at the next) reopen the eye
    // and stop the drug: the buttons read off from the moment they are queued.
    stepTo(world, AGE_TICKS);
    expect(state()).toEqual([true, true]);
    stepTo(world, AGE_TICKS + 1);
    expect(world.commands.pendingCount).toBeGreaterThan(0);
    expect(state()).toEqual([false, false]);
    stepTo(world, AGE_TICKS + 2);
    expect(state()).toEqual([false, false]);
    press(0);
    stepTo(world, AGE_TICKS + 3);
    expect(state()).toEqual([true, false]);
    restoreSnapshot(world, beforePress);
    expect(state()).toEqual([false, false]);
  });
});
