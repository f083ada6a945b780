// The same student's same run (level and final state hash) loaded twice counts once; another
// student's or another result of the same student counts.
import { describe, expect, it } from 'vitest';
import { withoutDuplicates } from '../../../src/app/classResults/duplicateRuns';
import type { StudentRun } from '../../../src/app/classResults/classSummary';
import { hasKey } from '../../../src/i18n/messages';

const run = (student: string, levelId: string, stateHash: string): StudentRun => ({
  fileName: `${student}.json`, student, verdict: null,
  record: { levelId, title: levelId, level: { builtIn: true, contentHash: '0123456789abcdef' }, seed: 1, settings: [], commands: [], ticks: 10, dtMs: 1, outcomes: [], goalMet: false, stars: 0, attempts: 1, trialsUsed: 0, predictions: [], curve: [], stateHash },
});

describe('duplicate runs', () => {
  it('skips a run already loaded or repeated in the same drop', () => {
    const loaded = [run('Ana', 'a', '00000001')];
    const { kept, duplicates } = withoutDuplicates(loaded, [run('Ana', 'a', '00000001'), run('Ana', 'a', '00000002'), run('Ben', 'a', '00000001'), run('Ben', 'a', '00000001')]);
    expect(kept.map((r) => `${r.student}:${r.record.stateHash}`)).toEqual(['Ana:00000002', 'Ben:00000001']);
    expect(duplicates.map((r) => r.student)).toEqual(['Ana', 'Ben']);
    expect(hasKey('results.file.duplicate')).toBe(true);
  });
});
