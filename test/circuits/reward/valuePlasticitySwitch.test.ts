/**
 * setPlasticity on the reward circuit's value projection (learnValueWeights learns it itself) switches
 * that learning: blocked, the corticostriatal weights stay exactly at their spawn values through
 * rewarded trials; unblocked, they change. dopamine-acquisition level (seed 7, dt 1 ms), 8 trials.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import type { SimWorld } from '../../../src/sim/world/world';
import { projectionByName } from '../../../src/sim/world/world';

const level = (() => {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/dopamine-acquisition.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
})();

function valueWeights(world: SimWorld): number[] {
  const p = projectionByName(world, 'corticostriatal');
  return Array.from(world.synapses.weight.subarray(p.firstSynapse, p.firstSynapse + p.count));
}

/** Runs `trials` trials with the given commands; returns the weights at spawn, after the run, and the world. */
function run(trials: number, commands: Array<{ tick: number; command: { type: string; [k: string]: unknown } }>) {
  let initial: number[] = [];
  let final: number[] = [];
  let rejected = 0;
  const outcome = runLevel(level, {
    trials, commands,
    onTick: (world) => {
      if (world.clock[0] === 1) initial = valueWeights(world);
      rejected += world.events.filter((e) => e.type === 'commandRejected').length;
    },
    onFinish: (world) => { final = valueWeights(world); },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return { initial, final, rejected };
}

const maxChange = (a: number[], b: number[]) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i])), 0);

describe('setPlasticity on the reward circuit\'s value synapses (dopamine-acquisition, seed 7)', () => {
  it('learning on: the value weights change over 8 rewarded trials', () => {
    const { initial, final } = run(8, []);
    expect(initial.length).toBeGreaterThan(0);
    expect(maxChange(initial, final)).toBeGreaterThan(1e-3);
  });

  it('blocked from the first tick: the value weights do not move at all', () => {
    const { initial, final, rejected } = run(8, [{ tick: 0, command: { type: 'setPlasticity', projection: 'corticostriatal', enabled: false } }]);
    expect(rejected).toBe(0);
    expect(final).toEqual(initial);
  });

  it('blocked, then unblocked after 4 trials (12 s): the weights change again', () => {
    const { initial, final } = run(8, [
      { tick: 0, command: { type: 'setPlasticity', projection: 'corticostriatal', enabled: false } },
      { tick: 12_000, command: { type: 'setPlasticity', projection: 'corticostriatal', enabled: true } },
    ]);
    expect(maxChange(initial, final)).toBeGreaterThan(1e-3);
  });
});
