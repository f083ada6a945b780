// The loader refuses what the tag-trigger-consolidation rule cannot do, with a coded reason worded in
// English and Spanish: an inhibitory projection (its negative weights would be clamped to 0 at the
// first tick) and two projections onto the same cells that disagree on the cells' one protein trigger
// (the first one's would win silently). The built-in consolidation sandbox (two pathways onto one
// cell) is the base.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, type LevelError } from '../../../src/levels';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { setLocale } from '../../../src/i18n/messages';

function sandbox(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL('../../../levels/consolidation-sandbox.json', import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): LevelError[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors;
}

afterEach(() => setLocale('en'));

describe('tagTrigger loader checks', () => {
  it('the built-in sandbox (two tagTrigger pathways onto one cell, same trigger) loads', () => {
    expect(errorsOf(sandbox())).toEqual([]);
  });

  it('an inhibitory tagTrigger projection is refused, named by its receptor', () => {
    const data = sandbox();
    data.projections[1].receptor = 'inhibitory';
    const errors = errorsOf(data);
    const error = errors.find((e) => e.code === 'ruleNeedsExcitatory');
    expect(error?.path).toBe('projections[1].receptor');
    setLocale('es');
    expect(codedReason(error!)).toContain('solo aprende sinapsis excitadoras');
  });

  it('two pathways onto one cell with different trigger thresholds are refused, naming the first', () => {
    const data = sandbox();
    data.projections[1].plasticity.triggerThreshold = Number(data.projections[0].plasticity.triggerThreshold) + 1;
    const error = errorsOf(data).find((e) => e.code === 'cellSettingDiffers');
    expect(error?.path).toBe('projections[1].plasticity.triggerThreshold');
    expect(error?.params).toMatchObject({ field: 'triggerThreshold', projection: data.projections[0].id, population: 'cell' });
    expect(codedReason(error!)).toContain(`projection "${data.projections[0].id}"`);
  });
});
