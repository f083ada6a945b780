import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipboardText, copyParts, parseClipboardText, pasteEdit, uniqueId } from '../../src/editor/clipboard';
import { DraftStore } from '../../src/editor/draftStore';
import { planRename } from '../../src/editor/renameId';
import { templateByKey } from '../../src/editor/templates';
import { loadLevel } from '../../src/levels/loadLevel';

type Level = Record<string, unknown> & { populations: { id: string }[]; projections: { id: string; from: string; to: string }[] };
const freeNetwork = () => new DraftStore(templateByKey('free-network')!.create());

describe('copy and paste', () => {
  it('a pasted population gets a unique id and the level still loads', () => {
    const store = freeNetwork();
    const text = clipboardText(copyParts(store.draft, [0], []));
    store.apply(pasteEdit(store.draft, parseClipboardText(text)!), 'Paste');
    const draft = store.draft as Level;
    expect(draft.populations.map((p) => p.id)).toEqual(['input', 'output', 'inputCopy']);
    expect(loadLevel(draft).ok).toBe(true);
    // The label a player sees says it is a copy (two boxes never share a name).
    store.apply(pasteEdit(store.draft, parseClipboardText(text)!), 'Paste');
    const labels = (store.draft as Level).populations.map((p) => (p as { label?: string }).label);
    expect(labels.slice(2)).toEqual([`${labels[0]} (copy)`, `${labels[0]} (copy) 2`]);
    store.undo();
    store.undo();
    expect((store.draft as Level).populations.length).toBe(2);
  });
  it('projections pasted with their endpoints point at the copies; without them at the originals', () => {
    const store = freeNetwork();
    store.apply(pasteEdit(store.draft, copyParts(store.draft, [0, 1], [0])), 'Paste');
    const draft = store.draft as Level;
    expect(draft.projections[1]).toMatchObject({ id: 'inputToOutputCopy', from: 'inputCopy', to: 'outputCopy' });
    store.apply(pasteEdit(store.draft, copyParts(store.draft, [], [0])), 'Paste');
    expect((store.draft as Level).projections[2]).toMatchObject({ id: 'inputToOutputCopy2', from: 'input', to: 'output' });
    expect(loadLevel(store.draft).ok).toBe(true);
  });
  it('ignores clipboard text the editor did not write', () => {
    expect(parseClipboardText('not json')).toBeNull();
    expect(parseClipboardText('{"populations": []}')).toBeNull();
    expect(parseClipboardText('{"synapticaEditorClipboard": 1, "populations": [1, {"id": "a"}]}')).toEqual({ populations: [{ id: 'a' }], projections: [] });
  });
  it('unique ids stay within the id length limit', () => {
    const long = 'a'.repeat(64);
    const id = uniqueId(long, new Set([long.slice(0, 56)]));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toBe(`${'a'.repeat(56)}Copy`);
  });
});

describe('renaming', () => {
  it('renames a population and every reference in one undo step', () => {
    const store = new DraftStore(templateByKey('reward')!.create());
    const draft = store.draft as Level;
    const index = draft.populations.findIndex((p) => p.id === 'vta');
    const plan = planRename(store.draft, 'populations', index, 'dopamineCells');
    expect(plan.refusal).toBeNull();
    expect(plan.remaining).toEqual([]);
    // stimuli targets (2), the pool's source, the circuit's dopamineNeurons.
    expect(plan.updated).toEqual(expect.arrayContaining([['modulators', 0, 'sources', 0], ['circuits', 0, 'dopamineNeurons'], ['stimuli', 1, 'target'], ['stimuli', 2, 'target']]));
    store.apply(plan.edit, 'Rename');
    expect(loadLevel(store.draft).ok).toBe(true);
    expect(JSON.stringify(store.draft)).not.toContain('"vta"');
    store.undo();
    expect(store.draft).toEqual(draft);
  });
  it('updates projection endpoints, objective args and player-parameter paths', () => {
    const store = freeNetwork();
    store.apply({ kind: 'insert', path: ['playerParameters'], index: 0, value: { path: 'projections.inputToOutput.weight', label: 'Weight', min: 0, max: 200 } }, 'Add');
    store.apply(planRename(store.draft, 'populations', 1, 'target').edit, 'Rename');
    const level = store.draft as Level & { objectives: { args: { population: string } }[] };
    expect(level.projections[0].to).toBe('target');
    expect(level.objectives[0].args.population).toBe('target');
    store.apply(planRename(store.draft, 'projections', 0, 'feedforward').edit, 'Rename');
    expect((store.draft as { playerParameters: { path: string }[] }).playerParameters[0].path).toBe('projections.feedforward.weight');
    expect(loadLevel(store.draft).ok).toBe(true);
  });
  it('says what still refers to the old id when the schema does not call it a reference', () => {
    const store = freeNetwork();
    store.apply({ kind: 'set', path: ['timeline'], value: { sessions: [{ id: 'output', phases: [{ id: 'p', trials: 1, trialMs: 100, trialTypes: [{ id: 't', events: [{ id: 'output', kind: 'pulse', target: 'input', at: { ms: 0 }, amplitudePa: 1, widthMs: 1 }, { kind: 'pulse', target: 'input', at: { after: 'output', ms: 5 }, amplitudePa: 1, widthMs: 1 }] }] }] }] } }, 'Add');
    const plan = planRename(store.draft, 'populations', 1, 'target');
    expect(plan.remaining).toEqual([['timeline', 'sessions', 0, 'phases', 0, 'trialTypes', 0, 'events', 1, 'at', 'after']]);
  });
  it('renames the part in setParameter commands\' paths too (homeostasis: a command at the start sets stimuli.drive.weight)', () => {
    const loaded = loadLevel(readFileSync(new URL('../../levels/homeostasis.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('homeostasis.json does not load');
    const store = new DraftStore(JSON.parse(JSON.stringify(loaded.level)) as Record<string, unknown>);
    const stimuli = (store.draft as { stimuli: { id: string }[] }).stimuli;
    const plan = planRename(store.draft, 'stimuli', stimuli.findIndex((s) => s.id === 'drive'), 'mainDrive');
    expect(plan.updated.some((path) => path.includes('commandsAtStart'))).toBe(true);
    store.apply(plan.edit, 'Rename');
    expect(JSON.stringify(store.draft)).toContain('"stimuli.mainDrive.weight"');
    expect(loadLevel(store.draft).ok).toBe(true);
  });
  it('refuses a bad or taken id', () => {
    const draft = templateByKey('free-network')!.create();
    expect(planRename(draft, 'populations', 0, 'output').refusal).toMatch(/already/);
    expect(planRename(draft, 'populations', 0, '9lives').refusal).toMatch(/not a valid id/);
    expect(planRename(draft, 'populations', 7, 'x').refusal).toMatch(/nothing/);
  });
});
