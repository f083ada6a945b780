/**
 * Deleting a part leaves nothing naming it: one undo step that removes (or re-times) every
 * reference, undone exactly and redone exactly. The canvas, the timeline and the forms all use
 * planDelete; the built-in levels give real references of every kind.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, valueAt, type Draft } from '../../src/editor/applyEdit';
import { planDelete } from '../../src/editor/deletePart';
import type { DraftPath } from '../../src/editor/draftEdit';
import { DraftStore } from '../../src/editor/draftStore';
import { scanReferences } from '../../src/editor/referenceScan';
import { deleteItem } from '../../src/editor/views/networkEdits';
import { removeEvent, removePhase, removeTrialType } from '../../src/editor/views/timelineEdits';
import { validateDraft } from '../../src/editor/draftProblems';
import { levelDraft } from './views/helpers';

/**
 * References in `draft` whose part is not in the draft (no item of that kind has the id). A circuit's
 * own parts (the stimuli an eyeblink circuit adds) are not in the draft: compare with the draft before.
 */
function dangling(draft: Draft): string[] {
  const { owned, references } = scanReferences(draft);
  const known = new Set(owned.map((part) => `${part.kind}:${part.id}`));
  return references.filter((ref) => !ref.kinds.some((kind) => known.has(`${kind}:${ref.id}`))).map((ref) => `${ref.path.join('.')} → ${ref.id}`);
}

/** Applies the delete in a store, checks undo restores the draft exactly and redo gives the same result. */
function deleteAndUndo(draft: Draft, path: DraftPath, name: string): { after: Draft; plan: ReturnType<typeof planDelete> } {
  const plan = planDelete(draft, path, name);
  const store = new DraftStore(draft);
  store.apply(plan.edit, plan.label);
  const after = store.draft;
  expect(store.undo()).toBe(true);
  expect(store.draft).toEqual(draft);
  expect(store.undo()).toBe(false);
  expect(store.redo()).toBe(true);
  expect(store.draft).toEqual(after);
  return { after, plan };
}

const LEVELS = ['izhikevich-2003', 'distal-reward', 'dopamine-acquisition', 'homeostasis', 'pruning-sandbox', 'stdp-acetylcholine', 'spike-types', 'calcium-ltp'];
const KINDS = ['populations', 'projections', 'modulators', 'stimuli', 'neuronTypes'] as const;

describe('deleting a part of a built-in level', () => {
  for (const name of LEVELS) {
    it(`${name}: every population, projection, modulator pool, input and neuron type goes with all that names it`, () => {
      const draft = levelDraft(name);
      const before = dangling(draft);
      for (const kind of KINDS) {
        const items = (draft[kind] ?? []) as { id: string }[];
        items.forEach((item, index) => {
          const { after, plan } = deleteAndUndo(draft, [kind, index], item.id);
          // Only required fields of a circuit may still name it; the plan says which, and validation shows them.
          const left = dangling(after).filter((entry) => !before.includes(entry));
          expect(left.map((entry) => entry.split(' → ')[0]).sort()).toEqual(plan.remaining.map((path) => path.join('.')).sort());
          for (const path of plan.remaining) expect(path[0]).toBe('circuits');
          const named = validateDraft(after).filter((problem) => problem.message.includes(`"${item.id}"`) && problem.path[0] !== 'circuits');
          expect(named, `${kind} ${item.id}`).toEqual([]);
        });
      }
    });
  }
});

describe('what a delete takes with it', () => {
  it('a population takes its projections, inputs, recordings, objective and player setting (the canvas delete)', () => {
    const draft = levelDraft('izhikevich-2003');
    const deletion = deleteItem(draft, ['populations', 0], 'Excitatory cells');
    const after = applyEdit(draft, deletion.edit).draft;
    expect((after.populations as { id: string }[]).map((p) => p.id)).toEqual(['inh']);
    expect((after.projections as { from: string; to: string }[]).every((p) => p.from !== 'exc' && p.to !== 'exc')).toBe(true);
    expect((after.stimuli as { target: string }[]).map((s) => s.target)).toEqual(['inh']);
    expect((after.monitors as { id: string }[]).map((m) => m.id)).toEqual(['raster', 'inhRate']);
    expect(after.objectives).toEqual([]);
    expect(after.playerParameters).toEqual([]);
    expect(deletion.label).toBe('Delete Excitatory cells and its 3 projections, 1 input, 1 objective, 1 recording and 1 player setting');
  });

  it('a modulator pool takes the learning rules it gates, not the projections', () => {
    const draft = levelDraft('distal-reward');
    const { after } = deleteAndUndo(draft, ['modulators', 0], 'Dopamine');
    const projections = after.projections as { id: string; plasticity?: unknown }[];
    expect(projections.map((p) => p.id)).toEqual(['ee', 'ei', 'ie']);
    expect(projections.every((p) => p.plasticity === undefined)).toBe(true);
    expect(after.rewardContingencies).toEqual([]);
  });

  it('a phase takes the objectives measured over it and player settings through it (the timeline delete)', () => {
    const lesion = levelDraft('eyeblink-cortex-lesion');
    const phase = ['timeline', 'sessions', 0, 'phases', 1];
    const removal = removePhase(lesion, phase, 'Test')!;
    expect(removal.label).toBe('Remove phase Test and its 2 objectives');
    const after = applyEdit(lesion, removal.edit).draft;
    expect((after.objectives as { id: string }[]).map((o) => o.id)).toEqual(['trained']);
    const circuitParts = dangling(lesion);
    expect(dangling(after).filter((entry) => !circuitParts.includes(entry))).toEqual([]);

    const calcium = levelDraft('calcium-ltp');
    const settings = (calcium.playerParameters as { path: string }[]).length;
    const { after: withoutStimulation } = deleteAndUndo(calcium, ['timeline', 'sessions', 0, 'phases', 0], 'Stimulation');
    expect((withoutStimulation.playerParameters as { path: string }[]).length).toBe(settings - 1);
    expect((withoutStimulation.playerParameters as { path: string }[]).some((p) => p.path.includes('stimulation'))).toBe(false);
  });

  it('a trial type takes what names it only when no other phase has a trial type of that id', () => {
    const draft = structuredClone(levelDraft('eyeblink-cortex-lesion')) as Record<string, unknown> & { objectives: Record<string, unknown>[] };
    draft.objectives.push({ ...draft.objectives[1], id: 'pairedOnly', over: { lastTrials: 5, trialType: 'paired' } });
    draft.objectives.push({ ...draft.objectives[1], id: 'probeOnly', over: { lastTrials: 5, trialType: 'probe' } });
    const training = ['timeline', 'sessions', 0, 'phases', 0];
    const paired = removeTrialType(draft, training, 0)!;
    expect((applyEdit(draft, paired.edit).draft.objectives as { id: string }[]).some((o) => o.id === 'pairedOnly')).toBe(true);
    const probe = removeTrialType(draft, training, 1)!;
    expect(probe.label).toBe('Remove trial type Probe and its 1 objective');
    expect((applyEdit(draft, probe.edit).draft.objectives as { id: string }[]).some((o) => o.id === 'probeOnly')).toBe(false);
  });

  it('an event: events timed after it keep their onsets (also one drawn from a list), objectives timed from it go', () => {
    const draft = levelDraft('dopamine-acquisition');
    const typePath = ['timeline', 'sessions', 0, 'phases', 0, 'trialTypes', 0];
    const events = valueAt(draft, [...typePath, 'events']) as Record<string, unknown>[];
    const anchor = events.findIndex((e) => e.id === 'cue');
    const withList = structuredClone(draft) as Draft;
    const listEvents = valueAt(withList, [...typePath, 'events']) as Record<string, unknown>[];
    listEvents.push({ kind: 'reward', amount: 1, at: { after: 'cue', choicesMs: [100, 300] } });
    const cueOnset = ((events[anchor].at as { ms?: number }).ms ?? 0);
    const removal = removeEvent(withList, typePath, anchor)!;
    const after = applyEdit(withList, removal.edit).draft;
    const left = valueAt(after, [...typePath, 'events']) as { at: Record<string, unknown> }[];
    expect(left.some((e) => 'after' in e.at)).toBe(false);
    expect(left[left.length - 1].at).toEqual({ choicesMs: [100 + cueOnset, 300 + cueOnset] });
    expect(dangling(after)).toEqual([]);
    expect((after.objectives as unknown[]).length).toBeLessThan((draft.objectives as unknown[]).length);
  });

  it('the forms remove a list item or an optional group through the same delete', () => {
    const draft = levelDraft('izhikevich-2003');
    // What the form's Remove on the neuron type "excitatory" does.
    const plan = planDelete(draft, ['neuronTypes', 0], 'neuron type Excitatory', 'remove');
    expect(plan.label.startsWith('Remove neuron type Excitatory and its 1 population, 3 projections')).toBe(true);
    expect(dangling(applyEdit(draft, plan.edit).draft)).toEqual([]);
    // Removing the whole timeline takes objectives over its phases with it.
    const lesion = levelDraft('eyeblink-cortex-lesion');
    const { after } = deleteAndUndo(lesion, ['timeline'], 'timeline');
    expect(after.objectives).toEqual([(lesion.objectives as unknown[])[0]]);
    expect(dangling(after)).toEqual([]);
  });
});
