/**
 * Adding the canvas's other node kinds: a stimulus into a population (a constant current, on from
 * the start like a level's electrode; its form or the timeline can switch it) and a modulator pool
 * (dopamine with the Izhikevich 2007 baseline and decay).
 */
import type { DraftPath } from '../draftEdit';
import { populationLabel } from '../../levels/labels/populationLabels';
import { idsIn } from './draftReaders';
import { arrayLength, type LabelledEdit } from './networkEdits';
import { uniqueId } from './uniqueId';
import { t } from '../../i18n/messages';

/** A constant 5 pA current into population `targetId`, on from the start. */
export function addStimulus(draft: unknown, targetId: string): LabelledEdit & { readonly path: DraftPath } {
  const id = uniqueId(`${targetId}Input`, idsIn(draft, ['stimuli']));
  const index = arrayLength(draft, 'stimuli');
  const value = { id, kind: 'constantCurrent', target: targetId, amplitudePa: 5 };
  const name = populationLabel(draft as Parameters<typeof populationLabel>[0], targetId);
  return { edit: { kind: 'insert', path: ['stimuli'], index, value }, label: t('editor.undo.addInput', { name }), path: ['stimuli', index] };
}

/** A dopamine pool: baseline 0.002 and decay 200 ms (Izhikevich 2007), raised by rewards. */
export function addModulatorPool(draft: unknown): LabelledEdit & { readonly path: DraftPath; readonly id: string } {
  const id = uniqueId('dopamine', idsIn(draft, ['modulators']));
  const index = arrayLength(draft, 'modulators');
  const value = { id, kind: 'dopamine', baseline: 0.002, tauMs: 200 };
  return { edit: { kind: 'insert', path: ['modulators'], index, value }, label: t('editor.undo.addPool'), path: ['modulators', index], id };
}
