// Two drops checking at once share one progress count; a cancelled run stays cancelled when a later
// drop starts its own checks (each run keeps its own state).
import { describe, expect, it } from 'vitest';
import { CheckProgress } from '../../../src/app/classResults/checkProgress';
import type { StudentRun } from '../../../src/app/classResults/classSummary';

const run = (student: string, ticks: number): StudentRun => ({
  fileName: `${student}.json`, student, verdict: null,
  record: { levelId: 'a', title: 'a', level: { builtIn: true, contentHash: '0123456789abcdef' }, seed: 1, settings: [], commands: [], ticks, dtMs: 1, outcomes: [], goalMet: false, stars: 0, attempts: 1, trialsUsed: 0, predictions: [], curve: [], stateHash: '00000000' },
});

describe('class check progress', () => {
  it('counts a second drop into the running round and ends the round when both are done', () => {
    const progress = new CheckProgress();
    const [a, b, c] = [run('Ana', 100), run('Ben', 300), run('Cy', 600)];
    progress.start([a, b]);
    progress.ticks(a, 50);
    progress.start([c]);
    expect(progress.shown).toEqual({ done: 0, count: 3, cancelled: 0, ticks: 50, totalTicks: 1000, running: true });
    progress.settle(a, { status: 'verified' });
    progress.settle(b, { status: 'verified' });
    expect(progress.shown).toMatchObject({ done: 2, count: 3, running: true });
    progress.settle(c, { status: 'verified' });
    expect(progress.shown).toMatchObject({ done: 3, count: 3, ticks: 1000, running: false });
  });

  it('keeps a cancelled run cancelled when a later drop starts checking', () => {
    const progress = new CheckProgress();
    const [a, b] = [run('Ana', 100), run('Ben', 100)];
    progress.start([a]);
    progress.settle(a, null);
    expect(a.cancelled).toBe(true);
    expect(progress.shown).toMatchObject({ cancelled: 1, running: false });
    progress.start([b]);
    expect(a.cancelled).toBe(true);
    expect(progress.shown).toMatchObject({ count: 1, cancelled: 0, running: true });
  });
});
