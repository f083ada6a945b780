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
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { commandHandler, stepSim, type CommandRejection } from '../../../src/sim';

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

  it('the protein-synthesis capacity outside [0, 1] is refused: live with outsideRange (the capacity stays), in a timeline by the loader', () => {
    const path = 'projections.fromPathway1.plasticity.proteinSynthesis';
    const loaded = loadLevel(sandbox());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world } = spawned;
    const set = (value: number) => commandHandler(world, 'setParameter')!(world, { type: 'setParameter', path, value }) as CommandRejection | undefined;
    const capacity = world.registry.get('tagTrigger.cell.proteinSynthesis')!;
    expect(set(0)).toBeUndefined();
    expect(capacity[0]).toBe(0);
    expect(set(1.5)).toEqual({ code: 'outsideRange', params: { parameter: path, min: 0, max: 1, got: 1.5 } });
    expect(capacity[0]).toBe(0);
    const data = sandbox();
    const phase = data.timeline.sessions[0].phases[0];
    phase.commandsAtStart = [...(phase.commandsAtStart ?? []), { type: 'setParameter', path, value: 2 }];
    const error = errorsOf(data).find((e) => e.code === 'outsideRange');
    expect(error?.params).toMatchObject({ min: 0, max: 1 });
  });

  it('a live change of a tagTrigger projection\'s weight lasts (the rule recomputes weights from w₀, which is scaled too)', () => {
    const data = sandbox();
    const fileWeight = Number(data.projections[0].weight);
    data.playerParameters = [{ path: 'projections.fromPathway1.weight', label: 'Pathway 1 weight', min: 0, max: 10 * fileWeight, step: fileWeight / 10, unit: 'pA' }];
    const loaded = loadLevel(data);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world } = spawned;
    const projection = world.projections.find((p) => p.name === 'fromPathway1')!;
    const before = world.synapses.weight[projection.firstSynapse];
    const weight = Number(loaded.level.projections.find((p) => p.id === 'fromPathway1')!.weight);
    expect(commandHandler(world, 'setParameter')!(world, { type: 'setParameter', path: 'projections.fromPathway1.weight', value: 2 * weight })).toBeUndefined();
    for (let i = 0; i < 20; i++) stepSim(world);
    // No tetanus in 20 ticks: the weight is its (doubled) w₀, not the file's.
    expect(world.synapses.weight[projection.firstSynapse]).toBeCloseTo(2 * before, 6);
  });
});
