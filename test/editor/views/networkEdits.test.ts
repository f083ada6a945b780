import { describe, expect, it } from 'vitest';
import { addPopulation, connectPopulations, deleteItem, movePopulation, populationCounts, REGULAR_SPIKING_TYPE } from '../../../src/editor/views/networkEdits';
import { addModulatorPool, addStimulus } from '../../../src/editor/views/inputEdits';
import { receptorForSource } from '../../../src/editor/views/receptorForSource';
import { uniqueId, uniqueLabel } from '../../../src/editor/views/uniqueId';
import { levelSchema } from '../../../src/levels/schema/level';
import { DraftStore } from '../../../src/editor/draftStore';
import { levelDraft } from './helpers';

const emptyLevel = (): Record<string, unknown> => ({
  schemaVersion: 3, id: 'blank', title: 'Blank', seed: 1, dtMs: 1, durationMs: 100, neuronTypes: [], populations: [],
});

describe('the canvas edits', () => {
  it('adds two populations (a regular-spiking type first, when the draft has none), connects them, and the level still parses; undo takes each back', () => {
    const editor = new DraftStore(emptyLevel());
    const first = addPopulation(editor.draft, { x: 0, y: 0 });
    editor.apply(first.edit, first.label);
    const second = addPopulation(editor.draft, { x: 6, y: 0 });
    editor.apply(second.edit, second.label);
    expect(first.label).toBe('Add Population');
    expect(second.label).toBe('Add Population 2');
    expect(second.id).not.toBe(first.id);
    expect((editor.draft.neuronTypes as unknown[])).toEqual([REGULAR_SPIKING_TYPE]);
    const link = connectPopulations(editor.draft, first.id, second.id, populationCounts(editor.draft, []));
    editor.apply(link.edit, link.label);
    expect(link.label).toBe('Connect Population to Population 2');
    const parsed = levelSchema.safeParse(editor.draft);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.projections[0]).toMatchObject({ from: first.id, to: second.id, receptor: 'excitatory', connect: { rule: 'allToAll' }, weight: 5, delayMs: 1 });
    expect(editor.undo()).toBe(true);
    expect(editor.draft.projections).toBeUndefined();
    editor.undo();
    editor.undo();
    expect(editor.draft).toEqual(emptyLevel());
  });

  it('gives a new population a type with a membrane: a draft whose first type is a Poisson source gets its first spiking type', () => {
    const draft = { ...emptyLevel(), neuronTypes: [{ id: 'noise', model: 'poisson', rateHz: 5 }, { id: 'cell', model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -50, vResetMv: -65, refractoryMs: 2, resistanceMOhm: 100 }] };
    const added = addPopulation(draft, { x: 0, y: 0 });
    expect(added.edit).toMatchObject({ kind: 'insert', path: ['populations'], value: { type: 'cell' } });
    const onlySource = { ...emptyLevel(), neuronTypes: [{ id: 'noise', model: 'poisson', rateHz: 5 }] };
    const store = new DraftStore(onlySource);
    const withNewType = addPopulation(store.draft, { x: 0, y: 0 });
    store.apply(withNewType.edit, withNewType.label);
    expect((store.draft.populations as Array<{ type: string }>)[0].type).toBe(REGULAR_SPIKING_TYPE.id);
    expect(levelSchema.safeParse(store.draft).success).toBe(true);
  });

  it('moves a population in one edit that keeps its box size, labelled with its name', () => {
    const draft = levelDraft('stdp-pairing');
    const move = movePopulation(draft, ['populations', 1], { x: 10, y: 3 });
    expect(move.label).toBe('Move Postsynaptic');
    expect(move.edit).toEqual({ kind: 'set', path: ['populations', 1, 'layout'], value: { kind: 'line', x: 9.5, y: 2.5, width: 1, height: 1 } });
  });

  it('deletes a population with its projections in one undo step, the later projection first', () => {
    const editor = new DraftStore(levelDraft('izhikevich-2003'));
    const before = structuredClone(editor.draft);
    const projections = (before.projections as { from: string; to: string }[]);
    const attached = projections.filter((p) => p.from === 'inh' || p.to === 'inh').length;
    expect(attached).toBeGreaterThan(0);
    const deletion = deleteItem(editor.draft, ['populations', 1], 'Inhibitory');
    editor.apply(deletion.edit, deletion.label);
    expect(deletion.label).toContain('Delete Inhibitory and its');
    expect((editor.draft.populations as { id: string }[]).map((p) => p.id)).toEqual(['exc']);
    expect((editor.draft.projections as { from: string; to: string }[]).some((p) => p.from === 'inh' || p.to === 'inh')).toBe(false);
    expect((editor.draft.projections as unknown[]).length).toBe(projections.length - attached);
    editor.undo();
    expect(editor.draft).toEqual(before);
  });

  it('picks the receptor by the source: its existing projections, then its names, then Izhikevich interneuron parameters', () => {
    const pairing = levelDraft('izhikevich-2003');
    expect(receptorForSource(pairing, 'inh')).toBe('inhibitory');
    expect(receptorForSource(pairing, 'exc')).toBe('excitatory');
    const fast = { neuronTypes: [{ id: 'fs', model: 'izhikevich', a: 0.1, b: 0.2, c: -65, d: 2 }], populations: [{ id: 'cellsA', type: 'fs', count: 4 }] };
    expect(receptorForSource(fast, 'cellsA')).toBe('inhibitory');
    const regular = { neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2 }], populations: [{ id: 'cellsA', type: 'rs', count: 4 }] };
    expect(receptorForSource(regular, 'cellsA')).toBe('excitatory');
  });

  it('connects large populations sparsely and names the projection uniquely', () => {
    const draft = { projections: [{ id: 'aToB' }], populations: [{ id: 'a', count: 100 }, { id: 'b', count: 100 }] };
    const link = connectPopulations(draft, 'a', 'b', populationCounts(draft, []));
    expect(link.edit).toMatchObject({ kind: 'insert', index: 1, value: { id: 'aToB2', connect: { rule: 'fixedProbability', p: 0.1 } } });
  });

  it('makes ids that follow the id rule and labels that read as words', () => {
    expect(uniqueId('population', new Set(['population', 'population2']))).toBe('population3');
    expect(uniqueId('9 lives!', new Set())).toBe('lives');
    expect(uniqueId('***', new Set())).toBe('item');
    expect(uniqueLabel('Population', new Set(['Population']))).toBe('Population 2');
  });
});

describe('adding inputs and modulator pools', () => {
  it('adds a current into the selected population and a dopamine pool; the level still parses and undo removes them', () => {
    const editor = new DraftStore(levelDraft('stdp-pairing'));
    const before = structuredClone(editor.draft);
    const input = addStimulus(editor.draft, 'post');
    editor.apply(input.edit, input.label);
    const pool = addModulatorPool(editor.draft);
    editor.apply(pool.edit, pool.label);
    expect(input.label).toBe('Add an input to Postsynaptic');
    expect(pool.id).toBe('dopamine');
    const parsed = levelSchema.safeParse(editor.draft);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.stimuli.at(-1)).toMatchObject({ id: 'postInput', kind: 'constantCurrent', target: 'post', amplitudePa: 5 });
    expect(addModulatorPool(editor.draft).id).toBe('dopamine2');
    editor.undo();
    editor.undo();
    expect(editor.draft).toEqual(before);
  });
});
