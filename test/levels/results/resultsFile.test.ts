// The results file format: a valid file survives JSON round trip unchanged; a corpus of 39 bad files
// (not JSON, other kinds, wrong or newer versions, missing, extra, out-of-range, hostile fields) is
// each refused with a reason, never a throw.
import { describe, expect, it } from 'vitest';
import { MAX_RESULTS_FILE_BYTES, parseResultsData, parseResultsText, RESULTS_FORMAT, type ResultsFile } from '../../../src/levels/results/resultsFile';

function validFile(): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    version: 2,
    student: 'Ana Pérez',
    build: '0.1.0',
    exportedAt: '2026-12-07T05:00:00.000Z',
    runs: [{
      levelId: 'spike-threshold',
      title: 'Spike threshold',
      level: { builtIn: true, contentHash: '0123456789abcdef' },
      seed: 7,
      settings: [{ path: 'stimuli.electrode.amplitudePa', value: 12 }],
      commands: [{ tick: 500, command: { type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 14 } }],
      ticks: 6000,
      dtMs: 0.25,
      outcomes: [{ id: 'fires', value: 9, met: true }],
      goalMet: true,
      stars: 3,
      attempts: 1,
      trialsUsed: 1,
      predictions: [{ questionId: 'q1', answer: 'More spikes', choice: 1, correct: true }, { questionId: 's1', answer: 'sketch', score: 0.8 }],
      curve: [{ trial: 1, metrics: { fires: 9 } }],
      stateHash: '89abcdef',
      engine: { math: '0badf00d', family: 'Chromium' },
    }],
  };
}

type Edit = (f: Record<string, unknown> & { runs: Array<Record<string, unknown>> }) => unknown;
const run0 = (f: { runs: Array<Record<string, unknown>> }): Record<string, unknown> => f.runs[0];

const BAD: ReadonlyArray<[string, Edit, string]> = [
  ['a list', () => [], 'notResults'],
  ['null', () => null, 'notResults'],
  ['a number', () => 42, 'notResults'],
  ['a level file', () => ({ schemaVersion: 5, id: 'x' }), 'notResults'],
  ['a progress file', () => ({ kind: 'synaptica-progress', version: 2 }), 'notResults'],
  ['another format name', (f) => ({ ...f, format: 'synaptica-result' }), 'notResults'],
  ['a newer version', (f) => ({ ...f, version: 3 }), 'newerVersion'],
  ['an engine fingerprint that is not 8 hex digits', (f) => { run0(f).engine = { math: 'xyz', family: 'Chromium' }; return f; }, 'invalid'],
  ['an engine family with markup', (f) => { run0(f).engine = { math: '0badf00d', family: '<b>Chrome</b>' }; return f; }, 'invalid'],
  ['a choice index that is negative', (f) => { (run0(f).predictions as Array<Record<string, unknown>>)[0].choice = -1; return f; }, 'invalid'],
  ['version 0', (f) => ({ ...f, version: 0 }), 'invalid'],
  ['version as text', (f) => ({ ...f, version: '1' }), 'invalid'],
  ['no runs', (f) => { delete (f as Record<string, unknown>).runs; return f; }, 'invalid'],
  ['an extra top-level field', (f) => ({ ...f, admin: true }), 'invalid'],
  ['a student name of 81 characters', (f) => ({ ...f, student: 'x'.repeat(81) }), 'invalid'],
  ['a student name that is a number', (f) => ({ ...f, student: 5 }), 'invalid'],
  ['201 runs', (f) => ({ ...f, runs: Array.from({ length: 201 }, () => f.runs[0]) }), 'invalid'],
  ['a level id with a slash', (f) => { run0(f).levelId = '../etc'; return f; }, 'invalid'],
  ['a level id "__proto__"', (f) => { run0(f).levelId = '__proto__'; return f; }, 'invalid'],
  ['a content hash of the wrong length', (f) => { run0(f).level = { builtIn: true, contentHash: 'abc' }; return f; }, 'invalid'],
  ['an embedded level that is a string', (f) => { run0(f).level = { builtIn: false, data: 'level' }; return f; }, 'invalid'],
  ['a level without builtIn', (f) => { run0(f).level = { contentHash: '0123456789abcdef' }; return f; }, 'invalid'],
  ['a negative seed', (f) => { run0(f).seed = -1; return f; }, 'invalid'],
  ['a fractional seed', (f) => { run0(f).seed = 1.5; return f; }, 'invalid'],
  ['a seed past 32 bits', (f) => { run0(f).seed = 2 ** 32; return f; }, 'invalid'],
  ['a setting with a text value', (f) => { run0(f).settings = [{ path: 'a', value: '3' }]; return f; }, 'invalid'],
  ['a command without a type', (f) => { run0(f).commands = [{ tick: 1, command: { value: 3 } }]; return f; }, 'invalid'],
  ['a command at a negative tick', (f) => { run0(f).commands = [{ tick: -1, command: { type: 'x' } }]; return f; }, 'invalid'],
  ['a command of 3000 characters', (f) => { run0(f).commands = [{ tick: 1, command: { type: 'x', pad: 'y'.repeat(3000) } }]; return f; }, 'invalid'],
  ['20001 commands', (f) => { run0(f).commands = Array.from({ length: 20_001 }, (_, i) => ({ tick: i, command: { type: 'x' } })); return f; }, 'invalid'],
  ['ticks past the bound', (f) => { run0(f).ticks = 2e9; return f; }, 'invalid'],
  ['a zero time step', (f) => { run0(f).dtMs = 0; return f; }, 'invalid'],
  ['an outcome value that is text', (f) => { run0(f).outcomes = [{ id: 'fires', value: 'lots', met: true }]; return f; }, 'invalid'],
  ['4 stars', (f) => { run0(f).stars = 4; return f; }, 'invalid'],
  ['a sketch score above 1', (f) => { run0(f).predictions = [{ questionId: 'q', answer: 'a', score: 1.5 }]; return f; }, 'invalid'],
  ['an answer of 501 characters', (f) => { run0(f).predictions = [{ questionId: 'q', answer: 'a'.repeat(501) }]; return f; }, 'invalid'],
  ['a curve point at trial 0', (f) => { run0(f).curve = [{ trial: 0, metrics: {} }]; return f; }, 'invalid'],
  ['a state hash that is not hex', (f) => { run0(f).stateHash = 'zzzzzzzz'; return f; }, 'invalid'],
  ['an extra run field', (f) => { run0(f).verified = true; return f; }, 'invalid'],
];

describe('results file format', () => {
  it('round-trips a valid file through JSON text unchanged', () => {
    const file = validFile();
    const parsed = parseResultsText(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file, skippedRuns: [] });
    // A byte-order mark (some editors add one) is allowed.
    expect(parseResultsText(`\ufeff${JSON.stringify(file)}`).ok).toBe(true);
  });

  it('still reads a version 1 file (no engine, predictions as text only)', () => {
    const old = structuredClone(validFile()) as unknown as Record<string, unknown> & { runs: Array<Record<string, unknown>> };
    old.version = 1;
    delete old.runs[0].engine;
    old.runs[0].predictions = [{ questionId: 'q1', answer: 'More spikes', correct: true }];
    const parsed = parseResultsData(old);
    expect(parsed.ok && parsed.file.runs[0].engine).toBeUndefined();
  });

  it('refuses text that is not JSON, and a file over the size bound unread', () => {
    expect(parseResultsText('{"format": ')).toEqual({ ok: false, problem: { code: 'notJson' } });
    expect(parseResultsText('')).toEqual({ ok: false, problem: { code: 'notJson' } });
    const huge = ' '.repeat(MAX_RESULTS_FILE_BYTES + 1);
    expect(parseResultsText(huge)).toEqual({ ok: false, problem: { code: 'tooLarge', bytes: huge.length } });
  });

  it.each(BAD)('refuses %s', (_name, edit, code) => {
    const raw = edit(structuredClone(validFile()) as unknown as Parameters<Edit>[0]);
    const parsed = parseResultsData(JSON.parse(JSON.stringify(raw)) as unknown);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.code).toBe(code);
      if (parsed.problem.code === 'invalid') expect(parsed.problem.detail.length).toBeGreaterThan(5);
    }
  });

  it('names where an invalid file goes wrong', () => {
    const file = validFile() as unknown as { runs: Array<Record<string, unknown>> };
    file.runs[0].stars = 9;
    const parsed = parseResultsData(file);
    expect(parsed.ok === false && parsed.problem.code === 'invalid' && parsed.problem.detail).toMatch(/^runs\.0\.stars: /);
  });
});
