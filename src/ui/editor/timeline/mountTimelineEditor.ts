/**
 * The editor's timeline: the selected phase's trial types as rows with their events as bars on a
 * ruler in ms. Drag a bar to move the event, its right edge to change its length (one undo step on
 * drop, snapped to 5 ms); add events of the kinds the schema offers; add and remove trial types and
 * phases; set a phase's trials, order and trial length. Keyboard: Tab to a bar, arrow keys move it
 * by 5 ms (Shift: 50 ms), Up and Down change its length, Delete removes, Enter selects it.
 * An event timed from another (`at.after`) keeps that link and shows it as a dashed line.
 */
import { element } from '../fieldControls';
import type { DraftEditor, DraftPath } from '../../../editor/draftEdit';
import { valueAt, type LabelledEdit } from '../../../editor/views/networkEdits';
import { numberField } from '../../../editor/views/draftReaders';
import { phasesOf } from '../../../editor/views/timelinePhases';
import { timedEvents } from '../../../editor/views/timelineEvents';
import { eventTemplates } from '../../../editor/views/eventTemplates';
import { rulerTicksMs } from '../../../editor/views/rulerTicks';
import { addPhaseAfter, addTimeline, addTrialType, insertEvent, moveEvent, removeEvent, removePhase, removeTrialType, resizeEvent, setPhaseField, snapMs } from '../../../editor/views/timelineEdits';
import { drawRows, eventKey } from './timelineRows';
import { phaseBar } from './phaseBar';
import { attachTimelineDrag } from './timelineDrag';
import './timelineEditor.css';
import { t } from '../../../i18n/messages';

export interface TimelineEditor {
  destroy(): void;
}

let mountCount = 0;

export function mountTimelineEditor(container: HTMLElement, editor: DraftEditor, onSelect?: (path: DraftPath) => void): TimelineEditor {
  const controller = new AbortController();
  const { signal } = controller;
  const uid = ++mountCount;
  const root = element('section', 'timeline-editor');
  root.setAttribute('aria-label', t('editor.timeline.label'));
  const bar = phaseBar();
  const status = element('p', 'tl-status');
  status.setAttribute('role', 'status');
  const empty = element('p', 'tl-empty', t('editor.timeline.empty'));
  const addFirst = document.createElement('button');
  addFirst.type = 'button';
  addFirst.className = 'button tl-add-first';
  addFirst.textContent = t('editor.timeline.add');
  const help = element('p', 'tl-help', t('editor.timeline.help'));
  const ruler = element('div', 'tl-ruler');
  ruler.setAttribute('aria-hidden', 'true');
  const rows = element('div', 'tl-rows');
  const addType = document.createElement('button');
  addType.type = 'button';
  addType.className = 'button';
  addType.textContent = t('editor.timeline.addTrialType');
  const descriptions = document.createElement('div');
  descriptions.hidden = true;
  root.append(bar.element, help, status, empty, addFirst, ruler, rows, addType, descriptions);
  container.append(root);

  let phaseIndex = 0;
  let selectedKey: string | null = null;
  const say = (text: string): void => { status.textContent = text; };
  const phases = () => phasesOf(editor.draft);
  const phasePath = (): DraftPath | undefined => phases()[phaseIndex]?.path;
  const typePathOf = (key: string): DraftPath => [...(phasePath() ?? []), 'trialTypes', Number(key.split(':')[0])];
  const eventIndexOf = (key: string): number => Number(key.split(':')[1]);
  const apply = (edit: LabelledEdit | null, done?: string): boolean => {
    if (!edit) { render(); return false; }
    editor.apply(edit.edit, edit.label);
    say(done ?? `${edit.label}: done.`);
    return true;
  };
  const focusEvent = (key: string | null): void => {
    if (key) root.querySelector<HTMLElement>(`[data-event-key="${CSS.escape(key)}"]`)?.focus();
  };

  // A row's padding and borders (timelineEditor.css) around its track.
  const ROW_CHROME_PX = 62;
  const trackWidth = (): number => (rows.clientWidth > ROW_CHROME_PX ? rows.clientWidth - ROW_CHROME_PX : 1000);
  let renderedWidth = 0;

  /** A selector for the focused bar or row control, to put focus back after the rows are redrawn. */
  function focusToken(): string | null {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !rows.contains(active)) return null;
    if (active.dataset.eventKey) return `[data-event-key="${CSS.escape(active.dataset.eventKey)}"]`;
    const row = active.closest<HTMLElement>('.tl-row');
    const control = active.dataset.action ? `[data-action="${active.dataset.action}"]` : active.classList.contains('tl-add-kind') ? '.tl-add-kind' : null;
    return row && control ? `.tl-row[data-type-index="${row.dataset.typeIndex}"] ${control}` : null;
  }

  function render(): void {
    renderedWidth = rows.clientWidth;
    const list = phases();
    if (phaseIndex >= list.length) phaseIndex = Math.max(0, list.length - 1);
    const path = list[phaseIndex]?.path;
    const phase = path ? valueAt(editor.draft, path) : undefined;
    const trialMs = Math.max(1, numberField(phase, 'trialMs') ?? 1000);
    const focused = focusToken();
    empty.hidden = path !== undefined;
    addFirst.hidden = path !== undefined;
    for (const part of [ruler, rows, addType, bar.element, help]) part.hidden = path === undefined;
    bar.update(list, phaseIndex, phase);
    const ticks = rulerTicksMs(trialMs, 6);
    ruler.replaceChildren(...ticks.map((ms, i) => {
      const tick = element('span', 'tl-tick');
      tick.style.left = `${(ms / trialMs) * 100}%`;
      tick.textContent = String(ms);
      // The unit once, on the last tick, so that a phone's narrow ruler stays readable; it hangs after the
      // number, so the tick mark stays under the number (centring "800 ms" put it under the space).
      if (i === ticks.length - 1) tick.append(element('span', 'tl-tick-unit', '\u00a0ms'));
      return tick;
    }));
    descriptions.replaceChildren();
    let described = 0;
    if (path) drawRows(rows, phase, {
      phasePath: path, trialMs, trackWidthPx: trackWidth(), templates: eventTemplates(editor.draft), selectedKey,
      problemsText: (p) => editor.problemsAt(p).map((problem) => problem.message).join(' '),
      describe(text) {
        const element = document.createElement('p');
        element.id = `tl-${uid}-d${++described}`;
        element.textContent = text;
        descriptions.append(element);
        return element.id;
      },
    });
    if (focused && !root.contains(document.activeElement)) rows.querySelector<HTMLElement>(focused)?.focus();
  }

  const select = (key: string): void => {
    selectedKey = key;
    const path = [...typePathOf(key), 'events', eventIndexOf(key)];
    render();
    focusEvent(key);
    onSelect?.(path);
  };
  const moveTo = (key: string, onsetMs: number): void => {
    selectedKey = key;
    apply(moveEvent(editor.draft, typePathOf(key), eventIndexOf(key), onsetMs));
    focusEvent(key);
  };
  const resizeTo = (key: string, lengthMs: number): void => {
    selectedKey = key;
    apply(resizeEvent(editor.draft, typePathOf(key), eventIndexOf(key), lengthMs));
    focusEvent(key);
  };
  const eventInfo = (key: string) => {
    const event = timedEvents(valueAt(editor.draft, typePathOf(key))).find((e) => e.index === eventIndexOf(key));
    const trialMs = numberField(valueAt(editor.draft, phasePath() ?? []), 'trialMs') ?? 1000;
    return event ? { ...event, trialMs } : undefined;
  };

  const cancelDrag = attachTimelineDrag({ root: rows, eventAt: eventInfo, select, move: moveTo, resize: resizeTo }, signal);

  // Escape cancels a drag wherever focus is (a mouse drag does not move focus to the bar).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && cancelDrag()) { event.preventDefault(); say(t('editor.canvas.dragCancelled')); }
  }, { signal });
  rows.addEventListener('keydown', (event) => {
    const key = (event.target as HTMLElement).dataset?.eventKey;
    if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
    const info = eventInfo(key);
    if (!info) return;
    const step = event.shiftKey ? 50 : 5;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') moveTo(key, snapMs(info.onsetMs) + (event.key === 'ArrowLeft' ? -step : step));
    else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && info.lengthField) resizeTo(key, info.lengthMs + (event.key === 'ArrowDown' ? -step : step));
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      selectedKey = null;
      apply(removeEvent(editor.draft, typePathOf(key), eventIndexOf(key)));
      addType.focus();
    } else if (event.key === 'Enter' || event.key === ' ') select(key);
    else return;
    event.preventDefault();
  }, { signal });

  rows.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const row = button?.closest<HTMLElement>('.tl-row');
    const path = phasePath();
    if (!button || !row || !path) return;
    const typeIndex = Number(row.dataset.typeIndex);
    const typePath = [...path, 'trialTypes', typeIndex];
    if (button.dataset.action === 'remove-type') {
      if (!apply(removeTrialType(editor.draft, path, typeIndex))) say(t('editor.timeline.needsType'));
      addType.focus();
      return;
    }
    const kind = row.querySelector<HTMLSelectElement>('.tl-add-kind')?.value;
    const template = eventTemplates(editor.draft).find((t) => t.key === kind);
    if (!template) { say(t('editor.timeline.nothingToActOn')); return; }
    const index = timedEvents(valueAt(editor.draft, typePath)).length;
    apply(insertEvent(editor.draft, typePath, template.make(0), template.label));
    select(eventKey(typeIndex, index));
  }, { signal });

  addFirst.addEventListener('click', () => {
    const added = addTimeline();
    phaseIndex = 0;
    apply(added);
    rows.querySelector<HTMLSelectElement>('.tl-add-kind')?.focus();
    onSelect?.(added.path);
  }, { signal });
  addType.addEventListener('click', () => { const path = phasePath(); if (path) apply(addTrialType(editor.draft, path)); }, { signal });
  bar.phaseSelect.addEventListener('change', () => { phaseIndex = Number(bar.phaseSelect.value); selectedKey = null; render(); const path = phasePath(); if (path) onSelect?.(path); }, { signal });
  bar.addPhase.addEventListener('click', () => {
    const path = phasePath();
    if (!path) return;
    const added = addPhaseAfter(editor.draft, path);
    phaseIndex += 1;
    apply(added);
    onSelect?.(added.path);
  }, { signal });
  bar.removePhase.addEventListener('click', () => {
    const path = phasePath();
    if (path && apply(removePhase(editor.draft, path, phases()[phaseIndex].name))) phaseIndex = Math.max(0, phaseIndex - 1);
    render();
  }, { signal });
  const setField = (field: 'trials' | 'order' | 'trialMs', value: number | string): void => {
    const path = phasePath();
    if (!path) return;
    if (typeof value === 'number' && !(Number.isFinite(value) && value > 0)) { say(t('editor.timeline.aboveZero')); render(); return; }
    if (valueAt(editor.draft, [...path, field]) === value) return;
    apply(setPhaseField(path, field, value, phases()[phaseIndex].name));
  };
  bar.trials.addEventListener('change', () => setField('trials', Math.round(bar.trials.valueAsNumber)), { signal });
  bar.trialMs.addEventListener('change', () => setField('trialMs', bar.trialMs.valueAsNumber), { signal });
  bar.order.addEventListener('change', () => setField('order', bar.order.value), { signal });

  const unsubscribe = editor.onChange(render);
  // Lanes depend on how wide the names are next to the bars: redraw when the width changes.
  const resize = new ResizeObserver(() => { if (Math.abs(rows.clientWidth - renderedWidth) > 8) render(); });
  resize.observe(rows);
  render();
  return {
    destroy() {
      unsubscribe();
      resize.disconnect();
      controller.abort();
      root.remove();
    },
  };
}
