// A level carried in a results file under a built-in's id counts as that level only when it is the
// built-in as a player could set it (its sliders, within range); a rewritten rule or range is a
// changed copy. No simulation runs here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { sameAsBuiltIn } from '../../../src/levels/results/sameAsBuiltIn';
import type { Level } from '../../../src/levels/schema/level';

function load(data: unknown): Level {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

const builtIn = load(readFileSync(new URL('../../../levels/spike-threshold.json', import.meta.url), 'utf8'));

describe('a carried copy of a built-in level', () => {
  it('is the built-in level when only its sliders differ (within range), and replays as the built-in so set', () => {
    const set = applyPlayerSetting(builtIn, 'stimuli.electrode.amplitudePa', 12);
    if (!set.ok) throw new Error('refused');
    const same = sameAsBuiltIn(structuredClone(set.level), builtIn);
    expect(same.same).toBe(true);
    expect(sameAsBuiltIn({ ...structuredClone(builtIn), seed: 99 }, builtIn).same).toBe(true);
  });

  it('is a changed copy when an objective, a slider range or a value beyond the range was rewritten', () => {
    const easier = structuredClone(builtIn) as Level & { objectives: Array<{ threshold: number }> };
    easier.objectives[0].threshold = 1;
    expect(sameAsBuiltIn(load(easier), builtIn).same).toBe(false);
    const wider = structuredClone(builtIn);
    (wider.playerParameters[0] as { max: number }).max = 200;
    expect(sameAsBuiltIn(load(wider), builtIn).same).toBe(false);
    const beyond = structuredClone(wider) as unknown as { stimuli: Array<{ id: string; amplitudePa: number }> };
    beyond.stimuli.find((s) => s.id === 'electrode')!.amplitudePa = 150;
    expect(sameAsBuiltIn(load(beyond), builtIn).same).toBe(false);
  });
});
