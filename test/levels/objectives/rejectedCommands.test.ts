// runLevel reports the commands the world rejected (with tick and reason) instead of dropping them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';

describe('runLevel rejected commands', () => {
  it('lists each rejected command with its tick and reason, and none when all apply', () => {
    const loaded = loadLevel(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('minimal fixture should load');
    const outcome = runLevel(loaded.level, { durationMs: 20, commands: [
      { tick: 3, command: { type: 'lesion', population: 'nowhere' } },
      { tick: 5, command: { type: 'setIsiMs', value: 300 } },
    ] });
    if (!outcome.ok) throw new Error('run failed');
    expect(outcome.result.rejectedCommands).toEqual([
      { tick: 3, command: { type: 'lesion', population: 'nowhere' }, reason: 'unknown population "nowhere"' },
      { tick: 5, command: { type: 'setIsiMs', value: 300 }, reason: expect.stringContaining('setIsiMs') },
    ]);
    const clean = runLevel(loaded.level, { durationMs: 20 });
    expect(clean.ok && clean.result.rejectedCommands).toEqual([]);
  });
});
