// The page's stars come from the goal (GoalWatch), not from how far the page ran: a level that keeps
// running after its goal (not opened from the campaign) still reports the trials used at the goal.
// spike-threshold: Izhikevich neuron, forward Euler, dt 0.25 ms, seed 1 (the file's), 12 pA.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnSession } from '../../src/app/levelSession';
import { stepLevel } from '../../src/app/levelStep';
import { sessionStars } from '../../src/app/progress/sessionStars';
import { awardStars } from '../../src/levels/campaign/stars';
import { loadLevel } from '../../src/levels/loadLevel';
import { GoalWatch } from '../../src/levels/objectives/goalWatch';
import { applyPlayerSetting } from '../../src/levels/playerSettings';
import { runLevel } from '../../src/levels/runLevel';

describe('sessionStars', () => {
  it('counts the trials used when the goal was met, however long the page ran on', () => {
    const loaded = loadLevel(readFileSync(new URL('../../levels/spike-threshold.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const set = applyPlayerSetting(loaded.level, 'stimuli.electrode.amplitudePa', 12);
    if (!set.ok) throw new Error(JSON.stringify(set.errors));
    const spawned = spawnSession('spike-threshold', set.level, new Map());
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const s = spawned.session;
    const watch = new GoalWatch(s.run);
    // Three trials of 1 s at dt 0.25 ms: the goal is met at the end of the first.
    for (let i = 0; i < 3 * 4000 + 10; i++) {
      stepLevel(s.world, s.recorder);
      s.world.events.length = 0;
      watch.afterTick();
    }
    expect(s.recorder.trials.length).toBe(3);
    const goal = watch.goal;
    if (!goal) throw new Error('the goal was never met');
    const headless = runLevel(set.level, { stopWhenGoalMet: true });
    if (!headless.ok) throw new Error(JSON.stringify(headless.errors));
    const award = sessionStars(s, goal);
    expect(award).toEqual(awardStars(set.level, headless.result));
    expect(award.used).toBe(1);
    expect(award.unit).toBe('trials');
    expect(award.stars).toBe(3);
  });
});
