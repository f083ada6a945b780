import { describe, expect, it } from 'vitest';
import { exportProgress, MAX_PROGRESS_FILE_BYTES } from '../../../src/app/progress/progressFile';
import { checkProgressImport } from '../../../src/app/progress/progressImport';
import { emptyProgress } from '../../../src/app/progress/progressRecord';
import { recordCompletion, recordPrediction } from '../../../src/app/progress/progressUpdates';
import { readFileSync } from 'node:fs';

const known = new Set(['spike-threshold', 'stdp-pairing']);
const levelFileText = readFileSync(new URL('../../../levels/spike-threshold.json', import.meta.url), 'utf8');
const campaignFileText = readFileSync(new URL('../../../levels/campaign.json', import.meta.url), 'utf8');

function refusal(text: string): string {
  const checked = checkProgressImport(text, known);
  expect(checked.ok).toBe(false);
  return checked.ok ? '' : checked.error;
}

describe('progress import: the file kind is checked before anything is merged', () => {
  it.each([
    ['a level file', levelFileText, 'This is a level file (spike-threshold), not a progress file.'],
    ['a campaign file', campaignFileText, 'This is a campaign file (how-brains-learn-from-errors), not a progress file.'],
    ['{}', '{}', 'This file is empty (it holds {}), not a progress file.'],
    ['an empty file', '  \n', 'This file is empty.'],
    ['an array', '[1,2]', 'This file holds a list (2 items), not a progress file (a JSON object).'],
    ['a number', '42', 'This file holds 42, not a progress file (a JSON object).'],
    ['another kind', JSON.stringify({ kind: 'synaptica-level', id: 'x' }), 'This is a file of kind "synaptica-level" (x), not a progress file ("kind": "synaptica-progress").'],
    ['an unrelated object', JSON.stringify({ name: 'a', colour: 'b' }), 'This is not a progress file: it has none of a progress file\'s fields (it has "name", "colour").'],
  ])('refuses %s and says what it is', (_name, text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it('refuses a file from a newer Synaptica, naming both formats', () => {
    expect(refusal(JSON.stringify({ kind: 'synaptica-progress', version: 3, levels: {}, predictions: [], settings: {} })))
      .toBe('This progress file was made by a newer Synaptica (format 3; this one reads up to format 2). Update Synaptica to import it.');
  });

  it('refuses a huge file before parsing it', () => {
    const text = `{"kind":"synaptica-progress","pad":"${'x'.repeat(MAX_PROGRESS_FILE_BYTES)}"}`;
    expect(refusal(text)).toMatch(/^This file is 2\.0 MB, larger than a progress file can be \(at most 2 MB\); it was not read\.$/);
  });

  it('refuses a bad field with its path', () => {
    const text = JSON.stringify({ kind: 'synaptica-progress', version: 2, levels: { 'spike-threshold': { bestStars: 9, attempts: 0, failures: 0, trialsUsed: 0, completed: true } }, predictions: [], settings: {} });
    expect(refusal(text)).toMatch(/^It is not a valid progress file: levels\.spike-threshold\.bestStars: /);
  });

  it('drops stars and predictions for unknown levels, keeps the rest, and names what it dropped', () => {
    let p = recordCompletion(emptyProgress(), 'spike-threshold', 2, 4);
    p = recordCompletion(p, 'foo', 3, 1);
    p = recordPrediction(p, { levelId: 'foo', questionId: 'q', answer: 'A', madeAt: '2026-01-01T00:00:00.000Z' });
    p = recordPrediction(p, { levelId: 'stdp-pairing', questionId: 'q', answer: 'B', madeAt: '2026-01-01T00:00:01.000Z' });
    const checked = checkProgressImport(exportProgress(p), known);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(Object.keys(checked.progress.levels)).toEqual(['spike-threshold']);
    expect(checked.progress.predictions.map((x) => x.levelId)).toEqual(['stdp-pairing']);
    expect(checked.notes).toEqual(["Stars for unknown level 'foo' were not imported (this game has no such level)."]);
  });

  it('refuses a file in which no level is one of this game\'s', () => {
    const p = recordCompletion(recordCompletion(emptyProgress(), 'foo', 3, 1), 'bar', 1, 1);
    expect(refusal(exportProgress(p))).toBe("None of the levels in this file exist in this game ('foo', 'bar'), so nothing was imported.");
  });

  it('a valid file of known levels imports without notes', () => {
    const p = recordCompletion(emptyProgress(), 'stdp-pairing', 3, 12);
    expect(checkProgressImport(exportProgress(p), known)).toEqual({ ok: true, progress: p, notes: [] });
  });
});
