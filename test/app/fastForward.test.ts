// Fast-forward identity: the worker's core (FastForwardRunner, run here in-process) continues a page's
// world from a snapshot and the page applies its chunks; the result must equal stepping on the main
// thread. Scheme and dt are each level's own (Euler / exact-decay kernels, dt 1 ms for these
// levels); seeds are the levels' own (eyeblink 11, songbird 7, dopamine 42 or as the file says).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyChunk, FastForwardRunner, transferablesOf } from '../../src/app/fastForwardCore';
import { stepLevel } from '../../src/app/levelStep';
import { readLevelAssets } from '../../src/cli/readLevelAssets';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { hashWorldState, restoreSnapshot, takeSnapshot } from '../../src/sim/snapshot';

function spawn(id: string) {
  const file = new URL(`../../levels/${id}.json`, import.meta.url);
  const text = readFileSync(file, 'utf8');
  const loaded = loadLevel(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const assets = readLevelAssets(loaded.level, fileURLToPath(file));
  if (assets.errors.length > 0) throw new Error(JSON.stringify(assets.errors));
  const withAssets = spawnLevel(loaded.level, { assets: assets.assets });
  if (!withAssets.ok) throw new Error(JSON.stringify(withAssets.errors));
  return { text, level: loaded.level, assets: assets.assets, world: withAssets.world, run: withAssets.run };
}

function stepN(s: ReturnType<typeof spawn>, n: number, onTick?: (tick: number) => void): void {
  for (let i = 0; i < n; i++) {
    onTick?.(s.world.clock[0]);
    stepLevel(s.world, s.run.recorder);
    s.world.events.length = 0;
  }
}

const cases = [
  // [level, ticks stepped on the page first (T), ticks fast-forwarded (N), a player command sent mid-way]
  { id: 'eyeblink-acquisition', startTicks: 1700, ffTicks: 6000, command: { type: 'setPuffStrength', value: 0.5 } },
  { id: 'songbird-tutor', startTicks: 900, ffTicks: 5000, command: { type: 'deafen', enabled: true } },
  { id: 'dopamine-acquisition', startTicks: 2500, ffTicks: 7000, command: { type: 'deliverReward', amount: 1 } },
  // Opening commands (spawn applies its first phase's start commands and logs them): the worker's log must not hold them twice.
  { id: 'inhibitory-balance', startTicks: 1500, ffTicks: 10000, command: { type: 'setPlasticity', projection: 'inhibition', enabled: true } },
] as const;

describe('fast-forward in the worker core gives the main thread\'s result', () => {
  it.each(cases)('$id: $ffTicks ticks from tick $startTicks, a command at +1234', ({ id, startTicks, ffTicks, command }) => {
    const reference = spawn(id);
    const page = spawn(id);
    const commandTick = startTicks + 1234;
    // The same command also once on the page before fast-forward, so the worker takes over a log with
    // more than the level's opening commands in it.
    const earlyTick = 100;
    stepN(reference, startTicks + ffTicks, (tick) => { if (tick === commandTick || tick === earlyTick) reference.world.commands.send(command); });
    stepN(page, startTicks, (tick) => { if (tick === earlyTick) page.world.commands.send(command); });

    const created = FastForwardRunner.create({
      level: page.text, seed: page.run.seed, assets: [...page.assets],
      snapshot: takeSnapshot(page.world), streamNames: page.world.rng.names(), commandLog: [...page.world.commands.log],
      recorder: page.run.recorder.exportState(), stopAtTick: startTicks + ffTicks,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const runner = created.runner;
    expect(runner.world.commands.log).toEqual(page.world.commands.log);
    let chunks = 0;
    let trialEnded = 0;
    // Uneven chunks, the command sent between chunks exactly when the worker reaches its tick.
    while (!runner.isFinished) {
      const untilCommand = commandTick - runner.tick;
      runner.run(Number.POSITIVE_INFINITY, () => 0, untilCommand > 0 ? Math.min(977, untilCommand) : 977);
      if (runner.tick === commandTick) runner.send(command);
      const chunk = runner.takeChunk();
      expect(transferablesOf(chunk).length).toBe(chunk.snapshot.arrays.size * (1 + chunk.tail.length));
      applyChunk(page.world, page.run.recorder, structuredClone(chunk));
      trialEnded += chunk.eventCounts.trialEnded ?? 0;
      chunks++;
    }

    expect(chunks).toBeGreaterThan(3);
    expect(page.world.clock[0]).toBe(startTicks + ffTicks);
    expect(hashWorldState(page.world)).toBe(hashWorldState(reference.world));
    expect(page.run.recorder.trials.length).toBeGreaterThan(0);
    expect(page.run.recorder.exportState()).toEqual(reference.run.recorder.exportState());
    expect(page.world.commands.log).toEqual(reference.world.commands.log);
    expect(trialEnded).toBeGreaterThan(0);
    // The page keeps stepping on its own after fast-forward and stays identical.
    stepN(page, 500);
    stepN(reference, 500);
    expect(hashWorldState(page.world)).toBe(hashWorldState(reference.world));
  });
});

describe('a fast-forward chunk carries step-back points from just before its end', () => {
  it('eyeblink-acquisition, one chunk of 6000 ticks: three points 500 ticks apart, each a true state of the run', () => {
    const page = spawn('eyeblink-acquisition');
    const created = FastForwardRunner.create({
      level: page.text, seed: page.run.seed, assets: [...page.assets],
      snapshot: takeSnapshot(page.world), streamNames: page.world.rng.names(), commandLog: [...page.world.commands.log],
      recorder: page.run.recorder.exportState(), stopAtTick: 6000,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    created.runner.run(Number.POSITIVE_INFINITY, () => 0);
    const chunk = created.runner.takeChunk();
    expect(chunk.tick).toBe(6000);
    // dtMs 1: a point every 500 ticks; the end tick itself is the chunk's own snapshot.
    expect(chunk.tail.map((p) => p.snapshot.tick)).toEqual([4500, 5000, 5500]);
    // Restored and stepped on, the oldest point reaches the chunk's end state exactly.
    const replay = spawn('eyeblink-acquisition');
    // Circuits create RNG streams on first use: give the replay the worker's slots, as the page's world has.
    replay.world.rng.ensureStreams(created.runner.world.rng.names());
    restoreSnapshot(replay.world, chunk.tail[0].snapshot);
    replay.run.recorder.importState(chunk.tail[0].recorder);
    stepN(replay, 1500);
    const end = spawn('eyeblink-acquisition');
    end.world.rng.ensureStreams(created.runner.world.rng.names());
    restoreSnapshot(end.world, chunk.snapshot);
    expect(hashWorldState(replay.world)).toBe(hashWorldState(end.world));
    expect(replay.run.recorder.exportState()).toEqual(chunk.recorder);
    // The next chunk starts with no points of its own yet.
    expect(created.runner.takeChunk().tail).toEqual([]);
  });
});
