/**
 * One phase's trial types as rows: a heading with the type's name and weight, a track with its
 * events as bars on 0..trialMs (lanes keep overlapping bars apart), a dashed link from an event's
 * anchor to an event timed from it, and the controls to add an event or remove the row.
 */
import { element } from '../fieldControls';
import type { DraftPath } from '../../../editor/draftEdit';
import type { EventTemplate } from '../../../editor/views/eventTemplates';
import { eventLanes } from '../../../editor/views/eventLanes';
import { humanizeId } from '../../../levels/labels/populationLabels';
import { numberField, recordsOf, stringField } from '../../../editor/views/draftReaders';
import { timedEvents, type TimedEvent } from '../../../editor/views/timelineEvents';
import { t } from '../../../i18n/messages';

export const LANE_PX = 34;
/** About how wide a bar's name is, in px per character (0.85rem text) plus the bar's padding. */
const LABEL_PX_PER_CHAR = 7.6;
const LABEL_PADDING_PX = 14;

export interface RowsContext {
  readonly phasePath: DraftPath;
  readonly trialMs: number;
  /** The tracks' width on screen, to give each bar's name room (bars whose names would touch go on separate lanes). */
  readonly trackWidthPx: number;
  readonly templates: readonly EventTemplate[];
  readonly selectedKey: string | null;
  problemsText(path: DraftPath): string;
  describe(text: string): string;
}

export const eventKey = (typeIndex: number, eventIndex: number): string => `${typeIndex}:${eventIndex}`;

const percent = (ms: number, trialMs: number): string => `${Math.min(100, Math.max(0, (ms / trialMs) * 100)).toFixed(3)}%`;

/** The event in words for a screen reader: what, when, how long, timed from what. */
export function eventDescription(event: TimedEvent, events: readonly TimedEvent[]): string {
  const anchor = events.find((e) => e.index === event.afterIndex);
  // One clause per fact: the event and its time, then how long it lasts and whether its time is drawn.
  const at = anchor ? t('editor.timeline.eventAtAfter', { event: event.label, onset: event.onsetMs, offset: event.offsetMs, anchor: anchor.label }) : t('editor.timeline.eventAt', { event: event.label, onset: event.onsetMs });
  const length = event.lengthField ? t('editor.timeline.eventLasts', { length: event.lengthMs }) : '';
  const list = event.drawnFromList ? t('editor.timeline.eventDrawn') : '';
  return `${at}${length}${list}`;
}

export function drawRows(list: HTMLElement, phase: unknown, context: RowsContext): void {
  // A redraw keeps what each row's chooser was set to.
  const chosen = new Map([...list.querySelectorAll<HTMLElement>('.tl-row')].map((row) => [row.dataset.typeIndex, row.querySelector<HTMLSelectElement>('.tl-add-kind')?.value]));
  list.replaceChildren();
  for (const { record: type, index: typeIndex } of recordsOf(phase, 'trialTypes')) {
    const typePath = [...context.phasePath, 'trialTypes', typeIndex];
    const id = stringField(type, 'id');
    const name = id === undefined ? t('editor.timeline.typeNumber', { number: typeIndex + 1 }) : humanizeId(id);
    const row = element('div', 'tl-row');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', t('editor.timeline.trialTypeRow', { name }));
    row.dataset.typeIndex = String(typeIndex);

    const head = element('div', 'tl-row-head');
    const title = element('span', 'tl-row-name');
    title.textContent = name;
    const weight = element('span', 'tl-row-weight');
    weight.textContent = t('editor.timeline.weight', { weight: numberField(type, 'weight') ?? 1 });
    head.append(title, weight);
    const remove = rowButton(t('editor.form.remove'), t('editor.undo.remove', { name: t('editor.timeline.trialTypeNamed', { name }) }), 'remove-type');
    // A phase needs one trial type: its last cannot go.
    remove.disabled = recordsOf(phase, 'trialTypes').length <= 1;
    head.append(remove);
    row.append(head);

    const events = timedEvents(type);
    const msPerPx = context.trialMs / Math.max(1, context.trackWidthPx);
    const lanes = eventLanes(events.map((e) => ({ onsetMs: e.onsetMs, lengthMs: Math.max(e.lengthMs, (e.label.length * LABEL_PX_PER_CHAR + LABEL_PADDING_PX) * msPerPx) })), 0);
    const track = element('div', 'tl-track');
    track.style.height = `${Math.max(1, ...lanes.map((l) => l + 1)) * LANE_PX + 6}px`;
    events.forEach((event, i) => {
      const anchor = events.find((e) => e.index === event.afterIndex);
      if (anchor) {
        const link = element('div', 'tl-link');
        link.setAttribute('aria-hidden', 'true');
        link.style.left = percent(anchor.onsetMs, context.trialMs);
        link.style.width = percent(event.onsetMs - anchor.onsetMs, context.trialMs);
        link.style.top = `${lanes[i] * LANE_PX + 2}px`;
        link.title = t('editor.timeline.after', { offset: event.offsetMs, anchor: anchor.label });
        track.append(link);
      }
      track.append(eventBar(event, events, lanes[i], typeIndex, typePath, context));
    });
    row.append(track);

    const add = element('div', 'tl-add');
    const select = element('select', 'tl-add-kind');
    select.setAttribute('aria-label', t('editor.timeline.eventToAdd', { name }));
    for (const template of context.templates) {
      const option = document.createElement('option');
      option.value = template.key;
      option.textContent = template.label;
      option.title = template.description;
      select.append(option);
    }
    const previous = chosen.get(String(typeIndex));
    if (previous && context.templates.some((template) => template.key === previous)) select.value = previous;
    add.append(select, rowButton(t('editor.timeline.addEvent'), t('editor.timeline.addEventTo', { name }), 'add-event'));
    row.append(add);
    list.append(row);
  }
}

function eventBar(event: TimedEvent, events: readonly TimedEvent[], lane: number, typeIndex: number, typePath: DraftPath, context: RowsContext): HTMLElement {
  const key = eventKey(typeIndex, event.index);
  const bar = document.createElement('div');
  bar.className = `tl-event tl-kind-${event.kind}${context.selectedKey === key ? ' tl-selected' : ''}`;
  bar.tabIndex = 0;
  bar.setAttribute('role', 'button');
  bar.dataset.eventKey = key;
  bar.style.left = percent(event.onsetMs, context.trialMs);
  bar.style.top = `${lane * LANE_PX + 6}px`;
  if (event.lengthField) bar.style.width = percent(event.lengthMs, context.trialMs);
  const description = eventDescription(event, events);
  bar.setAttribute('aria-label', description);
  const problems = context.problemsText([...typePath, 'events', event.index]);
  const hint = t(event.lengthField ? 'editor.timeline.barKeysLength' : 'editor.timeline.barKeys');
  bar.setAttribute('aria-describedby', context.describe(problems ? t('editor.timeline.problemHint', { problems, hint }) : hint));
  bar.title = problems ? `${description}\n⚠ ${problems}` : description;
  const text = element('span', 'tl-event-text');
  text.textContent = problems ? `! ${event.label}` : event.label;
  bar.append(text);
  if (problems) bar.classList.add('tl-has-problem');
  if (event.lengthField) {
    const handle = element('span', 'tl-resize');
    handle.setAttribute('aria-hidden', 'true');
    bar.append(handle);
  }
  return bar;
}

function rowButton(text: string, label: string, action: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button tl-small';
  button.textContent = text;
  button.setAttribute('aria-label', label);
  button.dataset.action = action;
  return button;
}
