// What the student's results file keeps: never the editor's draft (a preview); a run too long for
// the file's bounds is kept as "too long to replay" (the file stays valid); a file with one bad run
// loads its other runs. spike-threshold, its own seed, 200 ticks of the engine's fixed-step schedule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LevelSession } from '../../../src/app/levelSession';
import { emptyProgress } from '../../../src/app/progress/progressRecord';
import { ResultsKeeper } from '../../../src/app/results/resultsKeeper';
import { loadLevel } from '../../../src/levels/loadLevel';
import { MAX_COMMANDS, parseResultsText, resultsFile } from '../../../src/levels/results/resultsFile';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim/schedule';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
}

function session(id: string, ticks: number): LevelSession {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/spike-threshold.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('level');
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error('spawn');
  for (let tick = 0; tick < ticks; tick++) { stepSim(spawned.world); spawned.run.recorder.afterTick(spawned.world); spawned.world.events.length = 0; }
  return { id, level: loaded.level, seed: spawned.run.seed, assets: new Map(), world: spawned.world, run: spawned.run, recorder: spawned.run.recorder } as LevelSession;
}

const keeper = (): ResultsKeeper => new ResultsKeeper(new MemoryStorage() as unknown as Storage, emptyProgress);

describe('the results keeper', () => {
  it('never keeps a run of the editor draft', async () => {
    const k = keeper();
    k.keep({ session: session('editor-draft', 200), goalMet: false });
    expect(k.levelIds).toEqual([]);
    const file = await k.file({ session: session('editor-draft', 200), goalMet: false }, [], 'now');
    expect(file.runs).toEqual([]);
  });

  it('keeps a run with more commands than a file holds as too long to replay, and the file stays valid', async () => {
    const k = keeper();
    const s = session('spike-threshold', 200);
    for (let i = 0; i <= MAX_COMMANDS; i++) s.world.commands.log.push({ tick: 1, command: { type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 5 } } as never);
    const file = await k.file({ session: s, goalMet: false }, [], 'now');
    expect(file.runs).toHaveLength(1);
    expect(file.runs[0]).toMatchObject({ tooLong: true, commands: [] });
    expect(resultsFile.safeParse(file).success).toBe(true);
  });

  it('loads the good runs of a file with one bad run and names the bad one', async () => {
    const k = keeper();
    const file = await k.file({ session: session('spike-threshold', 200), goalMet: false }, [], 'now');
    const bad = { ...file.runs[0], stars: 9 };
    const parsed = parseResultsText(JSON.stringify({ ...file, runs: [file.runs[0], bad] }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.runs).toHaveLength(1);
    expect(parsed.skippedRuns).toEqual([{ run: 2, detail: expect.stringContaining('runs.1.stars') }]);
  });
});
