/**
 * Every kind of edit the editor makes, applied through the store, undone (deep-equal to before) and
 * redone (deep-equal to after); then random sequences of them from a seeded generator, undone all
 * the way back to the original and redone to the end. The drafts are built-in levels.
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/editor/applyEdit';
import { valueAt } from '../../src/editor/applyEdit';
import { copyParts, pasteEdit } from '../../src/editor/clipboard';
import { planDelete } from '../../src/editor/deletePart';
import type { DraftEdit } from '../../src/editor/draftEdit';
import { DraftStore } from '../../src/editor/draftStore';
import { planRename } from '../../src/editor/renameId';
import { addModulatorPool, addStimulus } from '../../src/editor/views/inputEdits';
import { addPopulation, connectPopulations, deleteItem, movePopulation } from '../../src/editor/views/networkEdits';
import { addPhaseAfter, addTrialType, insertEvent, moveEvent, removeEvent, removePhase, removeTrialType, resizeEvent, setPhaseField } from '../../src/editor/views/timelineEdits';
import { nextUint32, seedXoshiro128 } from '../../src/sim/rng/xoshiro128';
import { levelDraft } from './views/helpers';

const LEVEL = 'dopamine-acquisition';
const PHASE = ['timeline', 'sessions', 0, 'phases', 0];
const PAIRED = [...PHASE, 'trialTypes', 0];

/** Applies `edit`, checks it changed the draft, undoes (back to before), redoes (the same after). */
function roundTrip(draft: Draft, make: (draft: Draft) => { edit: DraftEdit; label?: string } | null): Draft {
  const made = make(draft);
  expect(made).not.toBeNull();
  const store = new DraftStore(draft);
  store.apply(made!.edit, made!.label ?? 'Edit');
  const after = store.draft;
  expect(after).not.toEqual(draft);
  expect(store.undo()).toBe(true);
  expect(store.draft).toEqual(draft);
  expect(store.redo()).toBe(true);
  expect(store.draft).toEqual(after);
  return after;
}

const edit = (e: DraftEdit, label = 'Edit') => () => ({ edit: e, label });

describe('every edit kind, undone and redone', () => {
  const draft = levelDraft(LEVEL);
  it('set: a field and a nested parameter', () => {
    roundTrip(draft, edit({ kind: 'set', path: ['title'], value: 'My level' }));
    roundTrip(draft, edit({ kind: 'set', path: ['populations', 3, 'count'], value: 12 }));
  });
  it('insert: a population, an input, a modulator pool, a projection', () => {
    roundTrip(draft, (d) => addPopulation(d, { x: 3, y: 4 }));
    roundTrip(draft, (d) => addStimulus(d, 'striatum'));
    roundTrip(draft, (d) => addModulatorPool(d));
    roundTrip(draft, (d) => connectPopulations(d, 'tone', 'striatum', new Map([['tone', 10], ['striatum', 10]])));
  });
  it('remove: an optional field and a list item', () => {
    roundTrip(draft, edit({ kind: 'remove', path: ['lesson', 'goal'] }));
    roundTrip(draft, edit({ kind: 'remove', path: ['lesson', 'hints', 0] }));
  });
  it('move: a population on the canvas and a list item up in a form', () => {
    roundTrip(draft, (d) => movePopulation(d, ['populations', 1], { x: 7, y: 2 }));
    const list = draft.populations as unknown[];
    roundTrip(draft, edit({ kind: 'batch', edits: [{ kind: 'remove', path: ['populations', 2] }, { kind: 'insert', path: ['populations'], index: 1, value: list[2] }] }));
  });
  it('rename: a population and every reference', () => {
    roundTrip(draft, (d) => planRename(d, 'populations', 3, 'dopamineCells'));
  });
  it('paste: a population with its projection', () => {
    roundTrip(draft, (d) => ({ edit: pasteEdit(d, copyParts(d, [1, 2], [0])), label: 'Paste' }));
  });
  it('delete with references: a population, a projection, a modulator pool, an input', () => {
    roundTrip(draft, (d) => deleteItem(d, ['populations', 3], 'Dopamine cells'));
    roundTrip(draft, (d) => deleteItem(d, ['projections', 0], 'Cortex to striatum'));
    roundTrip(draft, (d) => deleteItem(d, ['modulators', 0], 'Dopamine'));
    roundTrip(draft, (d) => deleteItem(d, ['stimuli', 0], 'Tone'));
  });
  it('timeline drag: move an event, change its length, add and remove one', () => {
    roundTrip(draft, (d) => moveEvent(d, PAIRED, 0, 1250));
    roundTrip(draft, (d) => moveEvent(d, PAIRED, 1, 2600));
    roundTrip(draft, (d) => resizeEvent(d, PAIRED, 0, 300));
    roundTrip(draft, (d) => insertEvent(d, PAIRED, { kind: 'reward', amount: 1, at: { ms: 2500 } }, 'reward'));
    roundTrip(draft, (d) => removeEvent(d, PAIRED, 0));
  });
  it('phase edits: add a phase and a trial type, set counts and order, remove them', () => {
    const withPhase = roundTrip(draft, (d) => addPhaseAfter(d, PHASE));
    roundTrip(withPhase, (d) => removePhase(d, [...PHASE.slice(0, -1), 1], 'Phase'));
    const withType = roundTrip(draft, (d) => addTrialType(d, PHASE));
    roundTrip(withType, (d) => removeTrialType(d, PHASE, 0));
    roundTrip(draft, () => setPhaseField(PHASE, 'trials', 40, 'Tone, then juice'));
    roundTrip(draft, () => setPhaseField(PHASE, 'order', 'shuffled', 'Tone, then juice'));
    roundTrip(draft, () => setPhaseField(PHASE, 'trialMs', 2500, 'Tone, then juice'));
  });
  it('objectives: add one, change its threshold, delete one that stars and sketches name', () => {
    const objectives = draft.objectives as Record<string, unknown>[];
    roundTrip(draft, edit({ kind: 'insert', path: ['objectives'], index: objectives.length, value: { ...objectives[0], id: 'another' } }));
    roundTrip(draft, edit({ kind: 'set', path: ['objectives', 0, 'threshold'], value: 25 }));
    roundTrip(draft, (d) => planDelete(d, ['objectives', 0], 'Dopamine cells after the tone'));
  });
  it('lessons: intro, explanation, a prediction question and teacher notes', () => {
    roundTrip(draft, edit({ kind: 'set', path: ['lesson', 'intro'], value: 'A new intro.' }));
    roundTrip(draft, edit({ kind: 'set', path: ['lesson', 'explanation'], value: 'Why it happens.' }));
    const predictions = valueAt(draft, ['lesson', 'predictions']) as Record<string, unknown>[];
    roundTrip(draft, edit({ kind: 'insert', path: ['lesson', 'predictions'], index: predictions.length, value: { ...predictions[0], id: 'another' } }));
    roundTrip(draft, (d) => planDelete(d, ['lesson', 'predictions', 0], 'question', 'remove'));
    roundTrip(draft, edit({ kind: 'set', path: ['lesson', 'teacherNotes'], value: 'Notes.' }));
  });
});

/** The simulator's own seeded generator (xoshiro128**), so every failing sequence can be replayed. */
function seededUniform(seed: number): () => number {
  const state = new Uint32Array(4);
  seedXoshiro128(state, 0, seed);
  return () => nextUint32(state, 0) / 4294967296;
}

/** Freezes a draft all the way down, so an edit that changed an old draft in place would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

type Step = (draft: Draft, pick: (n: number) => number) => { edit: DraftEdit; label?: string } | null;
const ids = (draft: Draft, key: string): string[] => ((draft[key] ?? []) as { id: string }[]).map((item) => item.id);
const some = <T>(list: readonly T[], pick: (n: number) => number): T | undefined => (list.length === 0 ? undefined : list[pick(list.length)]);

const STEPS: readonly Step[] = [
  (d, pick) => edit({ kind: 'set', path: ['title'], value: `Title ${pick(1000)}` })(),
  (d, pick) => addPopulation(d, { x: pick(20), y: pick(20) }),
  (d, pick) => { const n = ids(d, 'populations').length; return n === 0 ? null : movePopulation(d, ['populations', pick(n)], { x: pick(20), y: pick(20) }); },
  (d, pick) => { const n = ids(d, 'populations').length; return n === 0 ? null : edit({ kind: 'set', path: ['populations', pick(n), 'count'], value: 1 + pick(50) })(); },
  (d, pick) => { const a = some(ids(d, 'populations'), pick); const b = some(ids(d, 'populations'), pick); return a && b ? connectPopulations(d, a, b, new Map()) : null; },
  (d, pick) => { const n = ids(d, 'populations').length; return n === 0 ? null : deleteItem(d, ['populations', pick(n)], 'a population'); },
  (d, pick) => { const n = ids(d, 'projections').length; return n === 0 ? null : deleteItem(d, ['projections', pick(n)], 'a projection'); },
  (d, pick) => { const n = ids(d, 'populations').length; if (n === 0) return null; const plan = planRename(d, 'populations', pick(n), `renamed${pick(1e6)}`); return plan.refusal === null ? plan : null; },
  (d, pick) => { const n = ids(d, 'populations').length; return n === 0 ? null : { edit: pasteEdit(d, copyParts(d, [pick(n)], [])), label: 'Paste' }; },
  (d, pick) => { const target = some(ids(d, 'populations'), pick); return target ? addStimulus(d, target) : null; },
  (d) => addModulatorPool(d),
  (d, pick) => { const events = valueAt(d, [...PAIRED, 'events']); return Array.isArray(events) && events.length > 0 ? moveEvent(d, PAIRED, pick(events.length), pick(3000)) : null; },
  (d, pick) => { const events = valueAt(d, [...PAIRED, 'events']); return Array.isArray(events) && events.length > 1 ? removeEvent(d, PAIRED, pick(events.length)) : null; },
  (d) => (valueAt(d, PHASE) === undefined ? null : addTrialType(d, PHASE)),
  (d, pick) => { const types = valueAt(d, [...PHASE, 'trialTypes']); return Array.isArray(types) ? removeTrialType(d, PHASE, pick(types.length)) : null; },
  (d, pick) => (valueAt(d, PHASE) === undefined ? null : setPhaseField(PHASE, 'trials', 1 + pick(200), 'phase')),
  (d, pick) => { const n = ids(d, 'objectives').length; return n === 0 ? null : planDelete(d, ['objectives', pick(n)], 'an objective'); },
  (d, pick) => edit({ kind: 'set', path: ['lesson', 'intro'], value: `Intro ${pick(1000)}` })(),
];

describe('random edit sequences undo back to the original', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: 120 random edits, undone one by one through every state, then redone`, () => {
      const original = levelDraft(LEVEL);
      const store = new DraftStore(deepFreeze(structuredClone(original)));
      const random = seededUniform(seed);
      const pick = (n: number) => Math.floor(random() * n);
      const states: Draft[] = [store.draft];
      for (let i = 0; i < 120; i++) {
        const made = STEPS[pick(STEPS.length)](store.draft, pick);
        if (made === null) continue;
        store.apply(made.edit, made.label ?? 'Edit');
        states.push(deepFreeze(store.draft));
      }
      const final = store.draft;
      expect(states.length).toBeGreaterThan(60);
      for (let i = states.length - 2; i >= 0; i--) {
        expect(store.undo()).toBe(true);
        expect(store.draft).toEqual(states[i]);
      }
      expect(store.undo()).toBe(false);
      expect(store.draft).toEqual(original);
      while (store.redo());
      expect(store.draft).toEqual(final);
    });
  }
});
