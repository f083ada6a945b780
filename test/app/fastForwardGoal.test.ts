// Exact "trials used" in fast-forward: FastForwardRunner with stopWhenGoalMet stops at the same tick,
// with the same trials, as runLevel(level, { stopWhenGoalMet: true }), also when the page stepped part
// of the run itself first (the page's GoalWatch then hands over to the worker's). Each level's own
// scheme, dt and seed: spike-threshold (Izhikevich, forward Euler, dt 0.25 ms, seed 1; goal met after
// 1 of 30 trials at 12 pA), stdp-pairing (LIF cells, dt 1 ms, seed 1998; goal met after 28 trials).
import { describe, expect, it } from 'vitest';
import { applyChunk, FastForwardRunner, type FastForwardChunk } from '../../src/app/fastForwardCore';
import { stepLevel } from '../../src/app/levelStep';
import { GoalWatch } from '../../src/levels/objectives/goalWatch';
import { runLevel } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { hashWorldState, takeSnapshot } from '../../src/sim/snapshot';
import { builtInLevel as level } from '../levels/helpers';

function headless(l: Level) {
  const out = runLevel(l, { stopWhenGoalMet: true });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
}

/** The page: spawns the level, steps `pageTicks` on the "main thread" with its GoalWatch, then fast-forwards. */
function pageThenFastForward(l: Level, pageTicks: number, stopWhenGoalMet: boolean, stopAtTick?: number, stopAtTrials?: number) {
  const spawned = spawnLevel(l, {});
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const { world, run } = spawned;
  const watch = new GoalWatch(run);
  for (let i = 0; i < pageTicks; i++) {
    stepLevel(world, run.recorder);
    world.events.length = 0;
    expect(watch.afterTick()).toBe(false);
  }
  const created = FastForwardRunner.create({
    level: l, seed: run.seed, assets: [], snapshot: takeSnapshot(world), streamNames: world.rng.names(),
    commandLog: [...world.commands.log], recorder: run.recorder.exportState(), stopWhenGoalMet,
    ...(stopAtTick !== undefined ? { stopAtTick } : {}),
    ...(stopAtTrials !== undefined ? { stopAtTrials } : {}),
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const runner = created.runner;
  const chunks: FastForwardChunk[] = [];
  while (!runner.isFinished) {
    runner.run(Number.POSITIVE_INFINITY, () => 0, 977);
    const chunk = structuredClone(runner.takeChunk());
    applyChunk(world, run.recorder, chunk);
    watch.resync(watch.goal ?? chunk.goal);
    chunks.push(chunk);
  }
  return { world, run, watch, chunks };
}

const cases = [
  { id: 'spike-threshold', settings: { 'stimuli.electrode.amplitudePa': 12 }, pageTicks: 0, expectTrials: 1 },
  { id: 'stdp-pairing', settings: {}, pageTicks: 0, expectTrials: undefined },
  { id: 'stdp-pairing', settings: {}, pageTicks: 3001, expectTrials: undefined },
] as const;

describe('fast-forward stops at the goal exactly where a headless stopWhenGoalMet run does', () => {
  it.each(cases)('$id $settings, $pageTicks ticks stepped by the page first', ({ id, settings, pageTicks, expectTrials }) => {
    const l = level(id, settings);
    const reference = headless(l);
    expect(reference.stopReason).toBe('goal');
    if (expectTrials !== undefined) expect(reference.trials.length).toBe(expectTrials);
    // Met mid-timeline: the goal comes before the last trial.
    expect(reference.trials.length).toBeLessThan(l.timeline ? l.timeline.sessions.flatMap((s) => s.phases).reduce((n, p) => n + p.trials, 0) : Infinity);
    expect(pageTicks).toBeLessThan(reference.ticks);

    const page = pageThenFastForward(l, pageTicks, true);
    const last = page.chunks[page.chunks.length - 1];
    expect(last.finished).toBe('goal');
    expect(page.chunks.filter((c) => c.goal !== null)).toHaveLength(1);
    expect(last.goal).not.toBeNull();
    expect(last.goal?.unit).toBe('trials');
    expect(last.goal?.used).toBe(reference.trials.length);
    expect(last.goal?.tick).toBe(reference.ticks);
    expect(page.world.clock[0]).toBe(reference.ticks);
    expect(page.run.recorder.trials).toEqual(reference.trials);
    expect(page.watch.goal?.used).toBe(reference.trials.length);
    expect(hashWorldState(page.world)).toBe(reference.stateHash);
  });

  it('without stopWhenGoalMet the goal is reported in its chunk and the run goes on', () => {
    const l = level('spike-threshold', { 'stimuli.electrode.amplitudePa': 12 });
    const reference = headless(l);
    const stopAtTick = reference.ticks + 3 * Math.round(1000 / l.dtMs);
    const page = pageThenFastForward(l, 0, false, stopAtTick);
    expect(page.chunks[page.chunks.length - 1].finished).toBe('stopAtTick');
    const withGoal = page.chunks.filter((c) => c.goal !== null);
    expect(withGoal).toHaveLength(1);
    expect(withGoal[0].goal?.tick).toBe(reference.ticks);
    expect(withGoal[0].goal?.used).toBe(1);
    expect(page.world.clock[0]).toBe(stopAtTick);
    expect(page.watch.goal?.tick).toBe(reference.ticks);
  });

  it('stops for a question due before a trial (stopAtTrials) on the tick the main thread ends that trial', () => {
    // stdp-pairing at its own seed: a question before trial 6 stops the worker once 5 trials have ended.
    const l = level('stdp-pairing');
    const spawned = spawnLevel(l, {});
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world, run } = spawned;
    while (run.recorder.trials.length < 5) {
      stepLevel(world, run.recorder);
      world.events.length = 0;
    }
    const page = pageThenFastForward(l, 0, true, undefined, 5);
    const last = page.chunks[page.chunks.length - 1];
    expect(last.finished).toBe('stopAtTrials');
    expect(page.run.recorder.trials).toEqual(run.recorder.trials);
    expect(page.world.clock[0]).toBe(world.clock[0]);
    expect(hashWorldState(page.world)).toBe(hashWorldState(world));
  });
});
