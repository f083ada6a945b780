/**
 * The timeline's edits as DraftEdits: move an event (snapped to 5 ms), change its length, remove it
 * (events timed from it keep their onsets), add and remove trial types and phases, set a phase's
 * trial count and order. An event timed from another keeps that link: moving it changes its offset
 * from the other event, and moving the other event carries it along.
 */
import type { DraftPath } from '../draftEdit';
import type { Draft } from '../applyEdit';
import { planDelete } from '../deletePart';
import { humanizeId } from '../../levels/labels/populationLabels';
import { isRecord, numberField, recordsOf, stringField } from './draftReaders';
import { valueAt, type LabelledEdit } from './networkEdits';
import { timedEvents, type TimedEvent } from './timelineEvents';
import { uniqueId } from './uniqueId';
import { t } from '../../i18n/messages';

export const SNAP_MS = 5;

export function snapMs(ms: number, stepMs = SNAP_MS): number {
  return Math.max(0, Math.round(ms / stepMs) * stepMs);
}

const eventAt = (draft: unknown, typePath: DraftPath, index: number): TimedEvent | undefined =>
  timedEvents(valueAt(draft, typePath)).find((e) => e.index === index);

/** Moves event `index` of the trial type at `typePath` so that it starts at `onsetMs` (snapped, ≥ 0 and ≥ its anchor). */
export function moveEvent(draft: unknown, typePath: DraftPath, index: number, onsetMs: number): LabelledEdit | null {
  const events = timedEvents(valueAt(draft, typePath));
  const event = events.find((e) => e.index === index);
  if (!event) return null;
  const anchorMs = event.afterIndex === undefined ? 0 : events.find((e) => e.index === event.afterIndex)?.onsetMs ?? 0;
  const offsetMs = snapMs(Math.max(0, onsetMs - anchorMs));
  const atPath = [...typePath, 'events', index, 'at'];
  const at = valueAt(draft, atPath);
  let value: Record<string, unknown>;
  if (event.drawnFromList && isRecord(at) && Array.isArray(at.choicesMs)) {
    const shift = offsetMs - event.offsetMs;
    value = { ...at, choicesMs: at.choicesMs.map((v) => (typeof v === 'number' ? Math.max(0, v + shift) : v)) };
  } else {
    value = { ...(isRecord(at) ? at : {}), ms: offsetMs };
  }
  if (offsetMs === event.offsetMs) return null;
  return { edit: { kind: 'set', path: atPath, value }, label: t('editor.undo.move', { name: event.label }) };
}

/** Sets the length (durationMs or widthMs) of event `index`, snapped, at least one snap step. */
export function resizeEvent(draft: unknown, typePath: DraftPath, index: number, lengthMs: number): LabelledEdit | null {
  const event = eventAt(draft, typePath, index);
  if (!event?.lengthField) return null;
  const value = Math.max(SNAP_MS, snapMs(lengthMs));
  if (value === event.lengthMs) return null;
  return { edit: { kind: 'set', path: [...typePath, 'events', index, event.lengthField], value }, label: t('editor.undo.resizeEvent', { name: event.label }) };
}

/** Removes event `index` and what names it; events timed from it are re-timed from trial start at the same onset. */
export function removeEvent(draft: unknown, typePath: DraftPath, index: number): LabelledEdit | null {
  const event = eventAt(draft, typePath, index);
  if (!event) return null;
  const plan = planDelete(draft as Draft, [...typePath, 'events', index], event.label, 'remove');
  return { edit: plan.edit, label: plan.label };
}

/** Appends an event to the trial type's events. */
export function insertEvent(draft: unknown, typePath: DraftPath, event: Record<string, unknown>, label: string): LabelledEdit {
  const events = valueAt(draft, [...typePath, 'events']);
  return { edit: { kind: 'insert', path: [...typePath, 'events'], index: Array.isArray(events) ? events.length : 0, value: event }, label: t('editor.undo.add', { name: label }) };
}

export function addTrialType(draft: unknown, phasePath: DraftPath): LabelledEdit {
  const phase = valueAt(draft, phasePath);
  const id = uniqueId('trialType', new Set(recordsOf(phase, 'trialTypes').map(({ record }) => stringField(record, 'id') ?? '')));
  const list = isRecord(phase) && Array.isArray(phase.trialTypes) ? phase.trialTypes : [];
  return { edit: { kind: 'insert', path: [...phasePath, 'trialTypes'], index: list.length, value: { id, weight: 1, events: [] } }, label: t('editor.undo.addTrialType', { name: humanizeId(id) }) };
}

/** Removes a trial type and what names it (objectives over it, ...); null when it is the phase's last (a phase needs one). */
export function removeTrialType(draft: unknown, phasePath: DraftPath, index: number): LabelledEdit | null {
  const types = recordsOf(valueAt(draft, phasePath), 'trialTypes');
  if (types.length <= 1) return null;
  const id = stringField(types.find((type) => type.index === index)?.record, 'id');
  const name = id === undefined ? t('editor.timeline.trialType') : t('editor.timeline.trialTypeNamed', { name: humanizeId(id) });
  const plan = planDelete(draft as Draft, [...phasePath, 'trialTypes', index], name, 'remove');
  return { edit: plan.edit, label: plan.label };
}

/** A new phase after `phasePath`, with the same trial length and one empty trial type. */
export function addPhaseAfter(draft: unknown, phasePath: DraftPath): LabelledEdit & { readonly path: DraftPath } {
  const sessionPath = phasePath.slice(0, -2);
  const index = Number(phasePath[phasePath.length - 1]) + 1;
  // Phase ids are unique over the whole timeline (criteria and thresholds name phases).
  const taken = new Set<string>();
  for (const { record: session } of recordsOf(valueAt(draft, ['timeline']), 'sessions')) {
    for (const { record } of recordsOf(session, 'phases')) taken.add(stringField(record, 'id') ?? '');
  }
  const id = uniqueId('phase', taken);
  const trialMs = numberField(valueAt(draft, phasePath), 'trialMs') ?? 1000;
  const value = { id, label: humanizeId(id), trials: 10, trialMs, intertrialMs: 0, order: 'weighted', trialTypes: [{ id: 'trial', weight: 1, events: [] }] };
  return { edit: { kind: 'insert', path: [...sessionPath, 'phases'], index, value }, label: t('editor.undo.addPhase', { name: humanizeId(id) }), path: [...sessionPath, 'phases', index] };
}

/** Removes a phase and what names it (objectives over it, ...); null when it is its session's last. */
export function removePhase(draft: unknown, phasePath: DraftPath, label: string): LabelledEdit | null {
  if (recordsOf(valueAt(draft, phasePath.slice(0, -2)), 'phases').length <= 1) return null;
  const plan = planDelete(draft as Draft, phasePath, t('editor.timeline.phaseNamed', { name: label }), 'remove');
  return { edit: plan.edit, label: plan.label };
}

export function setPhaseField(phasePath: DraftPath, field: 'trials' | 'order' | 'trialMs', value: number | string, phaseLabel: string): LabelledEdit {
  return { edit: { kind: 'set', path: [...phasePath, field], value }, label: t(`editor.undo.setPhase.${field}`, { phase: phaseLabel }) };
}

/** A first timeline for a level without one: one session with one phase of ten 1 s trials of one empty trial type. */
export function addTimeline(): LabelledEdit & { readonly path: DraftPath } {
  const phase = { id: 'training', label: t('editor.timeline.firstPhase'), trials: 10, trialMs: 1000, intertrialMs: 0, order: 'weighted', trialTypes: [{ id: 'trial', weight: 1, events: [] }] };
  return { edit: { kind: 'set', path: ['timeline'], value: { sessions: [{ id: 'day1', phases: [phase] }] } }, label: t('editor.timeline.add'), path: ['timeline', 'sessions', 0, 'phases', 0] };
}
