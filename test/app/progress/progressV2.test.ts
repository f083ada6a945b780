// Progress version 2: settings and sketched predictions; migrations from v0 and v1 records and a
// v1 export file; hostile values refused with the field named. Pure (no simulation: no dt, no seeds).
import { describe, expect, it } from 'vitest';
import { migrateToVersion } from '../../../src/app/progress/migrations';
import { exportProgress, parseProgressFile, parseProgressRecord } from '../../../src/app/progress/progressFile';
import { mergeProgress } from '../../../src/app/progress/progressMerge';
import { DEFAULT_SETTINGS, emptyProgress, PROGRESS_VERSION, resolveSettings } from '../../../src/app/progress/progressRecord';
import { recordPredictionOutcome, recordSettings, recordSketchPrediction } from '../../../src/app/progress/progressUpdates';

/** A v1 record as the page of the previous version saved it in IndexedDB. */
const v1Record = {
  version: 1,
  levels: { 'stdp-pairing': { bestStars: 2, attempts: 3, failures: 1, trialsUsed: 40, completed: true } },
  predictions: [{ levelId: 'stdp-pairing', questionId: 'order', answer: 'It strengthens', outcome: 'It strengthens', correct: true, madeAt: '2026-11-01T10:00:00.000Z' }],
};

/** A v1 export file, byte for byte the shape exportProgress wrote before version 2. */
const v1File = JSON.stringify({ kind: 'synaptica-progress', ...v1Record }, null, 2);

describe('progress v2', () => {
  it('is version 2 and starts with no settings chosen', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(emptyProgress()).toEqual({ version: 2, levels: {}, predictions: [], settings: {} });
    expect(resolveSettings(emptyProgress().settings)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 record, keeping levels and predictions and adding empty settings', () => {
    const parsed = parseProgressRecord(structuredClone(v1Record));
    expect(parsed).toEqual({ ok: true, progress: { ...v1Record, version: 2, settings: {} } });
  });

  it('migrates a v0 record through v1 to v2', () => {
    const migrated = migrateToVersion({ stars: { 'stdp-pairing': 3 }, done: [] }, PROGRESS_VERSION);
    expect(migrated).toEqual({
      ok: true,
      record: { version: 2, levels: { 'stdp-pairing': { bestStars: 3, attempts: 1, failures: 0, trialsUsed: 0, completed: true } }, predictions: [], settings: {} },
    });
    expect(parseProgressRecord({ stars: { 'stdp-pairing': 3 }, done: [] }).ok).toBe(true);
  });

  it('imports a v1 export file', () => {
    const parsed = parseProgressFile(v1File);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.progress.version).toBe(2);
    expect(parsed.progress.levels['stdp-pairing'].bestStars).toBe(2);
    expect(parsed.progress.predictions[0].correct).toBe(true);
    expect(parsed.progress.settings).toEqual({});
  });

  it('records a sketched prediction and its score, and round-trips it through a file', () => {
    let p = recordSketchPrediction(emptyProgress(), 'dopamine-acquisition', 'cueCurve', [0.1, 0.2, 0.7, 0.75], 'Starts at 4 Hz, ends at 30 Hz.', '2026-11-28T19:00:00.000Z');
    p = recordPredictionOutcome(p, 'dopamine-acquisition', 'cueCurve', 'A close match (85 of 100).', true, 0.85);
    expect(p.predictions[0]).toEqual({
      levelId: 'dopamine-acquisition', questionId: 'cueCurve', answer: 'Starts at 4 Hz, ends at 30 Hz.', sketch: [0.1, 0.2, 0.7, 0.75],
      outcome: 'A close match (85 of 100).', correct: true, score: 0.85, madeAt: '2026-11-28T19:00:00.000Z',
    });
    expect(parseProgressFile(exportProgress(p))).toEqual({ ok: true, progress: p });
  });

  it('keeps a sketch record valid whatever the page hands it (clamped, cut to 64)', () => {
    const p = recordSketchPrediction(emptyProgress(), 'a', 'q', [Number.NaN, -1, 2, ...Array(70).fill(0.5)], 'x', 't');
    expect(p.predictions[0].sketch).toHaveLength(64);
    expect(p.predictions[0].sketch!.slice(0, 3)).toEqual([0, 0, 1]);
    expect(parseProgressRecord(p).ok).toBe(true);
  });

  it('records settings, ignoring bad values, and resolves them over a fallback', () => {
    let p = recordSettings(emptyProgress(), { volume: 0.4, speed: 'fast' });
    p = recordSettings(p, { volume: Number.NaN, muted: 'yes' as unknown as boolean, speed: 'warp' as 'fast' });
    expect(p.settings).toEqual({ volume: 0.4, speed: 'fast' });
    expect(resolveSettings(p.settings, { muted: true, volume: 0.9 })).toEqual({ volume: 0.4, muted: true, speed: 'fast' });
    expect(parseProgressFile(exportProgress(p))).toEqual({ ok: true, progress: p });
  });

  it('keeps this browser\'s settings when merging an import', () => {
    const saved = recordSettings(emptyProgress(), { volume: 0.2 });
    const imported = recordSettings(emptyProgress(), { volume: 1, muted: true });
    expect(mergeProgress(saved, imported).settings).toEqual({ volume: 0.2, muted: true });
  });

  it.each([
    ['a sketch value above 1', { predictions: [{ levelId: 'a', questionId: 'q', answer: 'x', sketch: [0, 1.5], madeAt: 't' }] }, /^It is not a valid progress file: predictions\.0\.sketch\.1:/],
    ['a sketch of 65 values', { predictions: [{ levelId: 'a', questionId: 'q', answer: 'x', sketch: Array(65).fill(0), madeAt: 't' }] }, /^It is not a valid progress file: predictions\.0\.sketch:/],
    ['a sketch that is text', { predictions: [{ levelId: 'a', questionId: 'q', answer: 'x', sketch: 'drawn', madeAt: 't' }] }, /^It is not a valid progress file: predictions\.0\.sketch:/],
    ['a score of 3', { predictions: [{ levelId: 'a', questionId: 'q', answer: 'x', score: 3, madeAt: 't' }] }, /^It is not a valid progress file: predictions\.0\.score:/],
    ['a volume of 11', { settings: { volume: 11 } }, /^It is not a valid progress file: settings\.volume:/],
    ['a speed that is code', { settings: { speed: 'javascript:alert(1)' } }, /^It is not a valid progress file: settings\.speed:/],
    ['an unknown setting', { settings: { theme: 'dark' } }, /^It is not a valid progress file: settings:.*theme/],
    ['settings that are a list', { settings: [1] }, /^It is not a valid progress file: settings:/],
  ])('refuses %s, naming the field', (_name, fields, message) => {
    const parsed = parseProgressFile(JSON.stringify({ kind: 'synaptica-progress', version: 2, levels: {}, predictions: [], settings: {}, ...fields }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('refuses a hostile key inside settings', () => {
    const parsed = parseProgressFile('{"version":2,"levels":{},"predictions":[],"settings":{"__proto__":{"muted":true}}}');
    expect(parsed).toEqual({ ok: false, error: 'The key "__proto__" is not allowed anywhere in a progress file.' });
  });
});
