import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, type Level } from '../../../src/levels';
import { applyPlayerSetting, parseSetting } from '../../../src/levels/playerSettings';

function minimal(): Level {
  const loaded = loadLevel(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('fixture must load');
  return loaded.level;
}

describe('player settings', () => {
  it('changes an allowed parameter within its range and leaves the original alone', () => {
    const level = minimal();
    const result = applyPlayerSetting(level, 'projections.syn.plasticity.aPlus', 0.5);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const changed = result.level.projections[0].plasticity;
    expect(changed.rule === 'stdp' && changed.aPlus).toBe(0.5);
    const original = level.projections[0].plasticity;
    expect(original.rule === 'stdp' && original.aPlus).toBe(0.1);
  });

  it('refuses a path the level does not offer, naming the allowed ones', () => {
    const result = applyPlayerSetting(minimal(), 'populations.pre.count', 5);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'populations.pre.count', message: 'is not a parameter the player may change (allowed: "projections.syn.plasticity.aPlus")' }] });
  });

  it('refuses values outside the range and non-numbers', () => {
    expect(applyPlayerSetting(minimal(), 'projections.syn.plasticity.aPlus', 2)).toMatchObject({
      ok: false, errors: [{ path: 'projections.syn.plasticity.aPlus', message: 'must be within [0, 1], got 2' }],
    });
    expect(parseSetting('projections.syn.plasticity.aPlus=abc')).toEqual({
      ok: false, errors: [{ path: 'projections.syn.plasticity.aPlus', message: 'value must be a finite number, got "abc"' }],
    });
    expect(parseSetting('noEquals').ok).toBe(false);
    expect(parseSetting('a.b=1e-3')).toEqual({ ok: true, path: 'a.b', value: 0.001 });
  });
});
