// A run recorded from a live world verifies when replayed; changing one outcome, one command, the
// seed or the hash makes it fail, each with its difference named. Scheme: the engine's fixed-step
// schedule at the level's dtMs (0.25 ms for spike-threshold); seeds: the level's own (recorded) and
// the level's + 1 for the changed-seed case. ~1 s simulated per replay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { GoalWatch } from '../../../src/levels/objectives/goalWatch';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { recordRun } from '../../../src/levels/results/recordRun';
import { replayRun } from '../../../src/levels/results/replayRun';
import type { RunRecord } from '../../../src/levels/results/resultsFile';
import { verdictOf } from '../../../src/levels/results/verifyRun';
import type { Level } from '../../../src/levels/schema/level';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim/schedule';

function builtIn(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

/** Plays spike-threshold as a page would: a Reset with a stronger current, then a live change at tick 500. */
function recordedRun(): { opened: Level; record: RunRecord } {
  const opened = builtIn('spike-threshold');
  const changed = applyPlayerSetting(opened, 'stimuli.electrode.amplitudePa', 12);
  if (!changed.ok) throw new Error('setting refused');
  const spawned = spawnLevel(changed.level);
  if (!spawned.ok) throw new Error('spawn failed');
  const { world, run } = spawned;
  const watch = new GoalWatch(run);
  for (let tick = 0; tick < 6000; tick++) {
    if (tick === 500) world.commands.send({ type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 14 });
    stepSim(world);
    run.recorder.afterTick(world);
    world.events.length = 0;
    watch.afterTick();
  }
  const record = recordRun(
    { levelId: opened.id, title: opened.title ?? opened.id, opened, spawned: changed.level, seed: run.seed, world, run, trials: run.recorder.trials, goalMet: watch.goal !== null },
    { stars: 3, attempts: 1, trialsUsed: 1, predictions: [] },
  );
  return { opened, record };
}

describe('replaying a recorded run', () => {
  const { opened, record } = recordedRun();
  const verify = (r: RunRecord) => verdictOf(r, replayRun(opened, r));

  it('records the settings, the player command and a met goal', () => {
    expect(record.settings).toEqual([{ path: 'stimuli.electrode.amplitudePa', value: 12 }]);
    expect(record.commands.map((c) => [c.tick, c.command.type])).toEqual([[500, 'setParameter']]);
    expect(record.ticks).toBe(6000);
    expect(record.goalMet).toBe(true);
    expect(record.curve.length).toBe(1);
    // The level travels whole until the export names a built-in one by its hash (resultsKeeper.ts).
    expect(record.level).toMatchObject({ builtIn: false, data: { id: 'spike-threshold' } });
  });

  it('verifies the honest record', () => {
    expect(verify(record)).toEqual({ status: 'verified' });
  });

  it('fails on a changed outcome', () => {
    const edited = structuredClone(record);
    edited.outcomes[0].value = (edited.outcomes[0].value ?? 0) + 1;
    const verdict = verify(edited);
    expect(verdict.status).toBe('notVerified');
    expect(verdict.status === 'notVerified' && verdict.differences.map((d) => d.kind)).toEqual(['outcome']);
  });

  it('fails on a changed command', () => {
    const edited = structuredClone(record);
    edited.commands[0] = { tick: 500, command: { type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 20 } };
    const verdict = verify(edited);
    expect(verdict.status).toBe('notVerified');
    expect(verdict.status === 'notVerified' && verdict.differences.map((d) => d.kind)).toContain('hash');
  });

  it('fails on a changed seed', () => {
    const verdict = verify({ ...record, seed: record.seed + 1 });
    expect(verdict.status === 'notVerified' && verdict.differences.map((d) => d.kind)).toContain('hash');
  });

  it('fails on a changed hash, and on a setting the level does not offer', () => {
    expect(verify({ ...record, stateHash: record.stateHash === '00000000' ? '00000001' : '00000000' }))
      // recordRun leaves the engine to the page (resultsKeeper.ts): a record without one says so when it fails.
      .toEqual({ status: 'notVerified', differences: [{ kind: 'hash' }], engineUnknown: true });
    const verdict = verify({ ...record, settings: [{ path: 'dtMs', value: 0.1 }] });
    expect(verdict.status === 'notVerified' && verdict.differences[0].kind).toBe('setting');
  });
});

describe('a replay through runLevel', () => {
  // stdp-pairing (dt 1 ms, 2 neurons): its timeline ends at tick 60 000; the page keeps stepping
  // after that, so a replay must too. Seed: the level's own. Scheme: the engine's fixed-step schedule.
  it('keeps stepping past the timeline end to the recorded tick, reproduces the page loop bit for bit and reports progress', () => {
    const level = builtIn('stdp-pairing');
    const spawned = spawnLevel(level);
    if (!spawned.ok) throw new Error('spawn failed');
    const { world, run } = spawned;
    const watch = new GoalWatch(run);
    const ticks = run.timelineTicks + 700;
    for (let tick = 0; tick < ticks; tick++) {
      stepSim(world);
      run.recorder.afterTick(world);
      world.events.length = 0;
      watch.afterTick();
    }
    const record = recordRun(
      { levelId: level.id, title: level.id, opened: level, spawned: level, seed: run.seed, world, run, trials: run.recorder.trials, goalMet: watch.goal !== null },
      { stars: 0, attempts: 0, trialsUsed: 0, predictions: [] },
    );
    const reported: number[] = [];
    const outcome = replayRun(level, record, new Map(), (done) => reported.push(done));
    expect(outcome.ok && outcome.replayed.ticks).toBe(ticks);
    expect(verdictOf(record, outcome)).toEqual({ status: 'verified' });
    expect(reported.length).toBe(Math.floor(ticks / 4096));
    expect(reported[0]).toBe(4096);
  });
});

describe('a level content hash', () => {
  it('ignores the seed and the texts (a Spanish page checks on an English one), not the model', async () => {
    const { levelContentHash } = await import('../../../src/levels/results/contentHash');
    const level = builtIn('spike-threshold');
    const hash = levelContentHash(level);
    expect(levelContentHash({ ...level, seed: level.seed + 1 })).toBe(hash);
    expect(levelContentHash({ ...level, title: '¿Qué es una espiga?', description: 'Otra descripción' })).toBe(hash);
    expect(levelContentHash({ ...level, dtMs: level.dtMs * 2 })).not.toBe(hash);
  });
});
