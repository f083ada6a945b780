/**
 * The eyeblink levels: each objective is reached by a plausible scripted player, and the wrong
 * strategy misses it (SCIENCE.md §5; src/circuits/cerebellum). Levels run headless with runLevel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel, type RunOptions } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';

const read = (id: string) => JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const load = (id: string): Level => {
  const loaded = loadLevel(read(id));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};
const play = (level: Level, options: RunOptions = {}) => {
  const outcome = runLevel(level, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};
const TRIAL_TICKS = 950;

describe('eyeblink levels', () => {
  for (const id of ['eyeblink-acquisition', 'eyeblink-isi-sweep', 'eyeblink-extinction-savings']) {
    it(`${id}: a player who runs every trial meets every objective`, () => {
      const result = play(load(id));
      expect(result.objectives.length).toBeGreaterThan(0);
      for (const objective of result.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
    });
  }

  it('eyeblink-lesion: inactivating the deep nucleus after training abolishes the CRs', () => {
    const result = play(load('eyeblink-lesion'), { commands: [{ tick: 100 * TRIAL_TICKS, command: { type: 'inactivate', region: 'nucleus' } }] });
    for (const objective of result.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
  });

  it('eyeblink-lesion: a player who silences nothing keeps the CRs', () => {
    const result = play(load('eyeblink-lesion'));
    expect(result.objectives.find((o) => o.id === 'trained')?.met).toBe(true);
    expect(result.objectives.find((o) => o.id === 'abolished')?.met).toBe(false);
  });

  it('eyeblink-acquisition: a player who turns the puff off learns nothing', () => {
    const result = play(load('eyeblink-acquisition'), { commands: [{ tick: 0, command: { type: 'setPuffStrength', value: 0 } }] });
    expect(result.objectives.find((o) => o.id === 'learned')?.met).toBe(false);
  });

  it('eyeblink-extinction-savings: without the first training (puff off until reacquisition), 20 paired trials are not enough', () => {
    // The same 20 final paired trials from a naive circuit: the savings objective needs the retained memory.
    const result = play(load('eyeblink-extinction-savings'), { commands: [
      { tick: 0, command: { type: 'setPuffStrength', value: 0 } },
      { tick: 350 * TRIAL_TICKS, command: { type: 'setPuffStrength', value: 1 } },
    ] });
    expect(result.objectives.find((o) => o.id === 'savings')?.met).toBe(false);
  });

  it('eyeblink-isi-sweep: a player may set the ISI; at 800 ms the blink retimes past the level\'s window', () => {
    const result = play(load('eyeblink-isi-sweep'), { commands: [{ tick: 80 * (900 + 300) + 10, command: { type: 'setIsiMs', value: 800 } }] });
    const peak = result.objectives.find((o) => o.id === 'retimed')!;
    expect(peak.value).toBeGreaterThan(600);
  });

  it('rejects a level that also defines a population the circuit brings', () => {
    const raw = read('eyeblink-acquisition') as { neuronTypes: unknown[]; populations: unknown[] };
    raw.neuronTypes = [{ id: 'x', model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -50, vResetMv: -65, refractoryMs: 2, resistanceMOhm: 1 }];
    raw.populations = [{ id: 'purkinje', type: 'x', count: 1 }];
    const loaded = loadLevel(raw);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.path)).toContain('circuits[0]');
  });
});
