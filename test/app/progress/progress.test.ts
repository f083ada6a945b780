// Pure progress rules: record schema, v0 → v1 migration, import validation and merge, stars.
// No simulation runs here (no dt, no seeds).
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToVersion, progressFormat } from '../../../src/app/progress/migrations';
import { checkSteps } from '../../../src/levels/versioning/versionedFormat';
import { CURRENT_SCHEMA_VERSION, loadLevel } from '../../../src/levels';
import { exportProgress, parseProgressFile, parseProgressRecord } from '../../../src/app/progress/progressFile';
import { mergeProgress } from '../../../src/app/progress/progressMerge';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '../../../src/app/progress/progressRecord';
import { recordCompletion, recordFailure, recordPrediction, recordPredictionOutcome } from '../../../src/app/progress/progressUpdates';

const made = (p: Progress): Progress => recordCompletion(recordFailure(p, 'stdp-pairing'), 'stdp-pairing', 2, 40);

describe('progress updates', () => {
  it('counts failures and attempts and keeps the best completion', () => {
    let p = made(emptyProgress());
    expect(p.levels['stdp-pairing']).toEqual({ bestStars: 2, attempts: 2, failures: 1, trialsUsed: 40, completed: true });
    p = recordCompletion(p, 'stdp-pairing', 1, 10);
    expect(p.levels['stdp-pairing'].bestStars).toBe(2);
    expect(p.levels['stdp-pairing'].trialsUsed).toBe(40);
    p = recordCompletion(p, 'stdp-pairing', 2, 30);
    expect(p.levels['stdp-pairing'].trialsUsed).toBe(30);
    expect(p.levels['stdp-pairing'].attempts).toBe(4);
  });

  it('records a prediction and then its outcome', () => {
    let p = recordPrediction(emptyProgress(), { levelId: 'dopamine-omission', questionId: 'dip', answer: 'a dip', madeAt: '2026-01-01T00:00:00Z' });
    p = recordPredictionOutcome(p, 'dopamine-omission', 'dip', 'the neurons paused', true);
    expect(p.predictions[0]).toMatchObject({ answer: 'a dip', outcome: 'the neurons paused', correct: true });
  });
});

describe('migrations', () => {
  it('lifts a fabricated v0 record ({stars, done}) to v1', () => {
    const v0 = { stars: { 'stdp-pairing': 2, 'homeostasis': 0 }, done: ['eyeblink-acquisition'] };
    const parsed = parseProgressRecord(v0);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.progress.version).toBe(PROGRESS_VERSION);
    expect(parsed.progress.levels['stdp-pairing']).toMatchObject({ bestStars: 2, completed: true });
    expect(parsed.progress.levels['homeostasis']).toMatchObject({ bestStars: 0, completed: false });
    expect(parsed.progress.levels['eyeblink-acquisition']).toMatchObject({ completed: true });
  });

  it('refuses a record from a newer page and a non-integer version, in the words level files get', () => {
    expect(migrateToVersion({ version: 99 }, PROGRESS_VERSION)).toEqual({
      ok: false, error: `version: this progress record was made for format 99; this build reads up to ${PROGRESS_VERSION} (update Synaptica to open it)`,
    });
    expect(migrateToVersion({ version: '1' }, PROGRESS_VERSION)).toEqual({ ok: false, error: 'version: must be a whole number ≥ 0, got "1"' });
    expect(migrateToVersion({ version: 1.5 }, PROGRESS_VERSION)).toEqual({ ok: false, error: 'version: must be a whole number ≥ 0, got 1.5' });
    // A level file newer than the build gets the same sentence, with its own noun and field.
    expect(loadLevel({ schemaVersion: 99 })).toEqual({ ok: false, errors: [{
      path: 'schemaVersion', message: `this level was made for format 99; this build reads up to ${CURRENT_SCHEMA_VERSION} (update Synaptica to open it)`,
    }] });
  });

  it('the progress steps run on the shared mechanism with no gaps', () => {
    expect(checkSteps(progressFormat(PROGRESS_VERSION))).toEqual([]);
    expect(MIGRATIONS.map((m) => m.from)).toEqual([0, 1]);
  });
});

describe('progress files', () => {
  it('round-trips through export and import', () => {
    const p = recordPrediction(made(emptyProgress()), { levelId: 'x', questionId: 'q', answer: 'A', madeAt: 't' });
    const parsed = parseProgressFile(exportProgress(p));
    expect(parsed).toEqual({ ok: true, progress: p });
  });

  it.each([
    ['not JSON', '{nope', /not JSON/],
    ['an array', '[]', /holds a list/],
    ['another kind of file', JSON.stringify({ kind: 'level', version: 1 }), /^This is a file of kind "level", not a progress file/],
    ['stars out of range', JSON.stringify({ version: 1, levels: { a: { bestStars: 7, attempts: 0, failures: 0, trialsUsed: 0, completed: true } }, predictions: [] }), /levels\.a\.bestStars/],
    ['a hostile key', '{"version":1,"levels":{"__proto__":{"bestStars":3,"attempts":0,"failures":0,"trialsUsed":0,"completed":true}},"predictions":[]}', /"__proto__" is not allowed/],
    ['an extra field', JSON.stringify({ version: 1, levels: {}, predictions: [], admin: true }), /admin/],
    ['a huge file', 'x'.repeat(2_000_001), /larger than/],
  ])('names the problem in %s', (_name, text, message) => {
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('a hostile key does not pollute Object.prototype', () => {
    parseProgressFile('{"version":1,"levels":{"__proto__":{"polluted":1}},"predictions":[]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merging keeps everything earned on either side', () => {
    const saved = recordCompletion(emptyProgress(), 'a', 3, 20);
    const imported = recordFailure(recordCompletion(emptyProgress(), 'b', 1, 5), 'a');
    const merged = mergeProgress(saved, imported);
    expect(merged.levels.a).toMatchObject({ bestStars: 3, completed: true, failures: 1, trialsUsed: 20 });
    expect(merged.levels.b).toMatchObject({ bestStars: 1, completed: true });
  });
});
