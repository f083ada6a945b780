/** The dopamine levels: their objectives are met by a player who runs them, and bad circuit configs get path errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';

const read = (id: string) => JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('dopamine levels', () => {
  for (const id of ['dopamine-acquisition', 'dopamine-omission', 'dopamine-extinction']) {
    it(`${id}: a player who runs every trial meets every objective`, () => {
      const loaded = loadLevel(read(id));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const outcome = runLevel(loaded.level);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.result.objectives.length).toBeGreaterThan(0);
      for (const objective of outcome.result.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
    });
  }

  it('a player who stops after 5 trials has not yet moved the burst to the cue', () => {
    const loaded = loadLevel(read('dopamine-acquisition'));
    if (!loaded.ok) throw new Error('load');
    const level = structuredClone(loaded.level);
    const phase = level.timeline!.sessions[0].phases[0];
    phase.trials = 5;
    for (const o of level.objectives) if ('window' in o.over) o.over.window = { startMs: o.over.window.startMs - 95 * 3000, endMs: o.over.window.endMs - 95 * 3000 };
    const outcome = runLevel(level);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.objectives.find((o) => o.id === 'cueBurst')?.met).toBe(false);
  });

  it('names the field of a wrong circuit reference', () => {
    const raw = read('dopamine-acquisition') as { circuits: Array<Record<string, unknown>>; projections: Array<Record<string, unknown>> };
    raw.circuits[0].value = 'nowhere';
    raw.circuits[0].cues = ['toneCue', 'toneCue'];
    const loaded = loadLevel(raw);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const paths = loaded.errors.map((e) => e.path);
    expect(paths).toContain('circuits[0].value');
    expect(paths).toContain('circuits[0].cues[1]');
  });

  it('rejects a dopamine pool the dopamine neurons do not release into', () => {
    const raw = read('dopamine-acquisition') as { modulators: Array<Record<string, unknown>> };
    delete raw.modulators[0].sources;
    const loaded = loadLevel(raw);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toContain('circuits[0].dopamine');
  });
});
