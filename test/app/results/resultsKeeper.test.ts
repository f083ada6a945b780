// What the student's results file keeps: never the editor's draft (a preview); a run too long for
// the file's bounds is kept as "too long to replay" (the file stays valid); a file with one bad run
// loads its other runs. spike-threshold, its own seed, 200 ticks of the engine's fixed-step schedule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LevelSession } from '../../../src/app/levelSession';
import { emptyProgress, type Progress } from '../../../src/app/progress/progressRecord';
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

  it('on a shared laptop, a new student starts with no runs: the running world and answers from before are the previous student\'s', async () => {
    const progress: Progress = { ...emptyProgress(), predictions: [
      { levelId: 'spike-threshold', questionId: 'q1', answer: 'More', choice: 0, madeAt: '2026-12-07T08:00:00.000Z' },
    ] };
    const storage = new MemoryStorage() as unknown as Storage;
    const k = new ResultsKeeper(storage, () => progress, () => ({ math: '0badf00d', family: 'Chromium' }));
    k.studentName = 'Ana';
    const anas = session('spike-threshold', 200);
    k.keep({ session: session('spike-threshold', 100), goalMet: false });
    expect(k.levelIds).toEqual(['spike-threshold']);
    const first = await k.file({ session: anas, goalMet: false }, [], 'now');
    expect(first.student).toBe('Ana');
    expect(first.runs[0].predictions).toEqual([{ questionId: 'q1', answer: 'More', choice: 0 }]);
    expect(first.runs[0].engine).toEqual({ math: '0badf00d', family: 'Chromium' });

    k.newStudent(anas, '2026-12-07T09:00:00.000Z');
    expect(k.levelIds).toEqual([]);
    expect(k.studentName).toBe('');
    // Ana's world, still running, is never Ben's run; a reload keeps the cleared list.
    expect((await k.file({ session: anas, goalMet: false }, [], 'now')).runs).toEqual([]);
    expect(new ResultsKeeper(storage, () => progress).levelIds).toEqual([]);
    k.studentName = 'Ben';
    const bens = await k.file({ session: session('spike-threshold', 150), goalMet: false }, [], 'now');
    expect(bens.student).toBe('Ben');
    expect(bens.runs.map((r) => r.ticks)).toEqual([150]);
    expect(bens.runs[0].predictions).toEqual([]);
  });
});
