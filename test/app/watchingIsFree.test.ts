// Watching is free (issue 12, item 4): trials the player watched before their first change of a
// setting do not count for stars (src/levels/campaign/stars.ts FirstChange). spike-threshold:
// Izhikevich neuron, forward Euler, dt 0.25 ms, 1 s trials, seed 1 (the file's); the level starts at
// 1 pA (silent) and the goal (5 spikes in a step) is met in the first trial at 12 pA. Its trials are
// independent (no plasticity), so a page run that watches 3 trials and then sets 12 pA must earn
// what a headless run with 12 pA from the start earns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnSession, type LevelSession } from '../../src/app/levelSession';
import { stepLevel } from '../../src/app/levelStep';
import { forgetUndoneChange, noteSettingChange, sessionStars } from '../../src/app/progress/sessionStars';
import { awardStars, usedText } from '../../src/levels/campaign/stars';
import { loadLevel } from '../../src/levels/loadLevel';
import { GoalWatch, type GoalReached } from '../../src/levels/objectives/goalWatch';
import { applyPlayerSetting } from '../../src/levels/playerSettings';
import { runLevel } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';

const AMPLITUDE = 'stimuli.electrode.amplitudePa';
const TICKS_PER_TRIAL = 4000;

function level(id: string, edit?: (raw: Record<string, any>) => void): Level { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = JSON.parse(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  edit?.(raw);
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

function session(l: Level): LevelSession {
  const spawned = spawnSession('spike-threshold', l, new Map());
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.session;
}

/** One page tick: step, then drop the tick's events (the page flushes them to its bus). */
function tick(s: LevelSession): void {
  stepLevel(s.world, s.recorder);
  s.world.events.length = 0;
}

/** Steps until the goal watch finds every objective met (or maxTrials trials have ended). */
function stepToGoal(s: LevelSession, watch: GoalWatch, maxTrials: number): GoalReached {
  for (let i = 0; i < maxTrials * TICKS_PER_TRIAL + 10 && !watch.goal; i++) {
    tick(s);
    watch.afterTick();
  }
  if (!watch.goal) throw new Error('the goal was never met');
  return watch.goal;
}

function headlessAt12pA(l: Level) {
  const set = applyPlayerSetting(l, AMPLITUDE, 12);
  if (!set.ok) throw new Error(JSON.stringify(set.errors));
  const run = runLevel(set.level, { stopWhenGoalMet: true });
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return awardStars(set.level, run.result);
}

describe('trials before the first change do not count', () => {
  it('watch 3 trials, then set 12 pA: the stars and the count equal a headless run at 12 pA from the start', () => {
    const l = level('spike-threshold');
    const s = session(l);
    const watch = new GoalWatch(s.run);
    for (let i = 0; i < 3 * TICKS_PER_TRIAL + 1; i++) { tick(s); watch.afterTick(); }
    expect(s.recorder.trials.length).toBe(3);
    expect(watch.goal).toBeNull();
    // What the page's sendCommand does for a slider.
    noteSettingChange(s);
    s.world.commands.send({ type: 'setParameter', path: AMPLITUDE, value: 12 });
    const goal = stepToGoal(s, watch, 10);
    expect(goal.used).toBe(4);
    const award = sessionStars(s, goal);
    const headless = headlessAt12pA(l);
    expect(headless.used).toBe(1);
    expect(award.stars).toBe(headless.stars);
    expect(award.used).toBe(headless.used);
    expect(award.watched).toBe(3);
    expect(award.stars).toBe(3);
    expect(award.reasons.join(' ')).toContain('goal met in 1 trial after your first change (3 trials watched before it, not counted)');
    expect(usedText(award)).toBe('1 trial counted (3 trials watched before your first change)');
    // Without the change mark, all 4 trials would count: 2 stars (3 stars need ≤ 3).
    expect(awardStars(l, { ...runLikePage(s, goal) }).stars).toBe(2);
  });

  it('only the first change marks the start; a run without a change counts every trial, like headless', () => {
    const l = level('spike-threshold');
    const s = session(l);
    const watch = new GoalWatch(s.run);
    for (let i = 0; i < 2 * TICKS_PER_TRIAL + 1; i++) { tick(s); watch.afterTick(); }
    noteSettingChange(s);
    for (let i = 0; i < TICKS_PER_TRIAL; i++) { tick(s); watch.afterTick(); }
    noteSettingChange(s);
    expect(s.firstChange).toEqual({ trials: 2, seconds: 2, tick: 2 * TICKS_PER_TRIAL + 1 });
    // A level whose settings are built in from the start (a Reset, or headless) and no change: all count.
    const set = applyPlayerSetting(l, AMPLITUDE, 12);
    if (!set.ok) throw new Error('setting');
    const fresh = session(set.level);
    const freshWatch = new GoalWatch(fresh.run);
    const goal = stepToGoal(fresh, freshWatch, 5);
    expect(fresh.firstChange).toBeNull();
    expect(sessionStars(fresh, goal)).toEqual({ ...headlessAt12pA(l), watched: 0 });
  });

  it('a level whose stars measure when the player acts (starsCountFrom "start") counts every trial', () => {
    const l = level('spike-threshold', (raw) => { raw.lesson.starsCountFrom = 'start'; });
    const s = session(l);
    const watch = new GoalWatch(s.run);
    for (let i = 0; i < 3 * TICKS_PER_TRIAL + 1; i++) { tick(s); watch.afterTick(); }
    noteSettingChange(s);
    s.world.commands.send({ type: 'setParameter', path: AMPLITUDE, value: 12 });
    const award = sessionStars(s, stepToGoal(s, watch, 10));
    expect([award.used, award.watched, award.stars]).toEqual([4, 0, 2]);
  });
});

/** The page's run up to its goal as a RunResult (what sessionStars builds), for awardStars without a change mark. */
function runLikePage(s: LevelSession, goal: GoalReached) {
  const headless = runLevel(s.level, { durationMs: 1 });
  if (!headless.ok) throw new Error('run');
  return { ...headless.result, trials: s.recorder.trials.slice(0, goal.used), objectives: goal.outcomes, simulatedMs: goal.tick * s.world.dtMs, stopReason: 'goal' as const };
}

describe('a step back undoes a later first change', () => {
  it('restoring a tick before the change clears the mark; restoring one after keeps it', () => {
    const s = session(level('spike-threshold'));
    for (let i = 0; i < TICKS_PER_TRIAL + 1; i++) tick(s);
    noteSettingChange(s);
    const mark = s.firstChange;
    expect(mark).toEqual({ trials: 1, seconds: 1, tick: TICKS_PER_TRIAL + 1 });
    forgetUndoneChange(s);
    expect(s.firstChange).toBe(mark);
    s.world.clock[0] = TICKS_PER_TRIAL; // as restoreSnapshot leaves it after a step back to 1 s
    forgetUndoneChange(s);
    expect(s.firstChange).toBeNull();
  });
});
