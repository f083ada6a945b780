/**
 * The canvas's edits as DraftEdits: add a population, move one, connect two with a projection,
 * delete an item. Each returns the edit with the words for the undo button; ids are fresh and
 * labels human.
 */
import type { DraftEdit, DraftPath } from '../draftEdit';
import { valueAt, type Draft } from '../applyEdit';
import { planDelete } from '../deletePart';
import { populationLabel } from '../../levels/labels/populationLabels';
import { idsIn, isRecord, numberField, recordsOf, stringField } from './draftReaders';
import { layoutWithCenter, type Point } from './layoutUnits';
import { uniqueId, uniqueLabel } from './uniqueId';
import { receptorForSource } from './receptorForSource';
import { t } from '../../i18n/messages';

export interface LabelledEdit {
  readonly edit: DraftEdit;
  readonly label: string;
}

/** The neuron type a new population gets when the draft has none: a regular-spiking Izhikevich cell (2003). */
export const REGULAR_SPIKING_TYPE = { id: 'regular', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8 } as const;
const NEW_POPULATION_COUNT = 10;

/**
 * A new population of the draft's first neuron type that has a membrane (or a new regular-spiking
 * type) centred at `center` (layout units). A Poisson source is skipped: it takes no input, so a
 * population of it could not be the target of the projection the designer draws next.
 */
export function addPopulation(draft: unknown, center: Point): LabelledEdit & { readonly id: string; readonly path: DraftPath } {
  const edits: DraftEdit[] = [];
  let typeId = recordsOf(draft, 'neuronTypes')
    .filter(({ record }) => stringField(record, 'model') !== 'poisson')
    .map(({ record }) => stringField(record, 'id'))
    .find((t) => t !== undefined);
  if (typeId === undefined) {
    typeId = uniqueId(REGULAR_SPIKING_TYPE.id, idsIn(draft, ['neuronTypes']));
    edits.push({ kind: 'insert', path: ['neuronTypes'], index: arrayLength(draft, 'neuronTypes'), value: { ...REGULAR_SPIKING_TYPE, id: typeId } });
  }
  const labels = new Set(recordsOf(draft, 'populations').map(({ record }) => populationLabel(draft as Parameters<typeof populationLabel>[0], stringField(record, 'id') ?? '')));
  const label = uniqueLabel(t('editor.canvas.kind.population'), labels);
  const id = uniqueId('population', idsIn(draft, ['populations']));
  const index = arrayLength(draft, 'populations');
  const population = { id, label, type: typeId, count: NEW_POPULATION_COUNT, layout: layoutWithCenter({ kind: 'grid', width: 2, height: 2 }, center) };
  edits.push({ kind: 'insert', path: ['populations'], index, value: population });
  return { edit: edits.length === 1 ? edits[0] : { kind: 'batch', edits }, label: t('editor.undo.add', { name: label }), id, path: ['populations', index] };
}

/** Moves the population at `path` so that its box is centred at `center` (layout units). */
export function movePopulation(draft: unknown, path: DraftPath, center: Point): LabelledEdit {
  const population = valueAt(draft, path);
  const id = stringField(population, 'id') ?? '';
  const layout = isRecord(population) ? population.layout : undefined;
  return {
    edit: { kind: 'set', path: [...path, 'layout'], value: layoutWithCenter(layout, center) },
    label: t('editor.undo.move', { name: populationLabel(draft as Parameters<typeof populationLabel>[0], id) }),
  };
}

/** A projection from population `fromId` to `toId` with defaults that run: all-to-all for small pairs, else 10% random, weight 5, delay 1 ms, the source's receptor. */
export function connectPopulations(draft: unknown, fromId: string, toId: string, counts: ReadonlyMap<string, number>): LabelledEdit & { readonly path: DraftPath } {
  const pairs = (counts.get(fromId) ?? 1) * (counts.get(toId) ?? 1);
  const connect = pairs <= 100 ? { rule: 'allToAll' } : { rule: 'fixedProbability', p: 0.1 };
  const id = uniqueId(`${fromId}To${toId.charAt(0).toUpperCase()}${toId.slice(1)}`, idsIn(draft, ['projections']));
  const index = arrayLength(draft, 'projections');
  const value = { id, from: fromId, to: toId, connect, weight: 5, delayMs: 1, receptor: receptorForSource(draft, fromId) };
  const name = (popId: string): string => populationLabel(draft as Parameters<typeof populationLabel>[0], popId);
  return { edit: { kind: 'insert', path: ['projections'], index, value }, label: t('editor.undo.connect', { from: name(fromId), to: name(toId) }), path: ['projections', index] };
}

/**
 * Deletes the item at `path` with everything that names it (a population takes its projections,
 * inputs, recordings, ...): one undo step. The same delete the forms and the timeline use.
 */
export function deleteItem(draft: unknown, path: DraftPath, label: string): LabelledEdit {
  const plan = planDelete(draft as Draft, path, label);
  return { edit: plan.edit, label: plan.label };
}

/** Sizes of the populations the draft names (its own and its circuits'), for connection defaults. */
export function populationCounts(draft: unknown, circuitCounts: readonly { id: string; count: number }[]): Map<string, number> {
  const counts = new Map(circuitCounts.map((c) => [c.id, c.count]));
  for (const { record } of recordsOf(draft, 'populations')) {
    const id = stringField(record, 'id');
    if (id) counts.set(id, numberField(record, 'count') ?? 1);
  }
  return counts;
}

/** The value at a path (own fields and in-range list items only), as applyEdit reads it. */
export { valueAt };

/** The length of the array at draft[key] (0 when absent): where an insert appends. */
export function arrayLength(draft: unknown, key: string): number {
  const list = isRecord(draft) ? draft[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}
