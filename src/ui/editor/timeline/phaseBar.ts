/**
 * The timeline's phase controls: which phase is shown, add or remove a phase, and the phase's trial
 * count, order and trial length. A phase that runs until a criterion says so in words.
 */
import type { PhaseEntry } from '../../../editor/views/timelinePhases';
import { numberField, stringField, isRecord, type DraftRecord } from '../../../editor/views/draftReaders';
import { humanizeId } from '../../../levels/labels/populationLabels';
import { formatNumber, t } from '../../../i18n/messages';
import { fieldText } from '../../../editor/fieldTexts';

export interface PhaseBar {
  readonly element: HTMLElement;
  readonly phaseSelect: HTMLSelectElement;
  readonly trials: HTMLInputElement;
  readonly order: HTMLSelectElement;
  readonly trialMs: HTMLInputElement;
  readonly addPhase: HTMLButtonElement;
  readonly removePhase: HTMLButtonElement;
  update(phases: readonly PhaseEntry[], selected: number, phase: unknown): void;
}

/** The trial orders a phase offers (their words: editor.timeline.order.<order>). */
const ORDERS: readonly string[] = ['weighted', 'shuffled', 'sequential'];

let barCount = 0;

function field(labelText: string, control: HTMLElement, id: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'tl-field';
  control.id = id;
  label.htmlFor = id;
  const words = document.createElement('span');
  words.textContent = labelText;
  label.append(words, control);
  return label;
}

function numberInput(min: number, step: number): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'number';
  input.min = String(min);
  input.step = String(step);
  input.inputMode = 'numeric';
  return input;
}

export function phaseBar(): PhaseBar {
  const n = ++barCount;
  const element = document.createElement('div');
  element.className = 'tl-phasebar';
  const phaseSelect = document.createElement('select');
  const trials = numberInput(1, 1);
  const trialMs = numberInput(5, 5);
  const order = document.createElement('select');
  for (const value of ORDERS) order.append(new Option(t(`editor.timeline.order.${value}`), value));
  const addPhase = document.createElement('button');
  addPhase.type = 'button';
  addPhase.className = 'button';
  addPhase.textContent = t('editor.timeline.addPhase');
  const removePhase = document.createElement('button');
  removePhase.type = 'button';
  removePhase.className = 'button';
  removePhase.textContent = t('editor.timeline.removePhase');
  const criterion = document.createElement('p');
  criterion.className = 'tl-criterion';
  element.append(
    field(t('editor.timeline.phase'), phaseSelect, `tl-${n}-phase`), addPhase, removePhase,
    field(t('editor.timeline.trials'), trials, `tl-${n}-trials`), field(t('editor.timeline.order'), order, `tl-${n}-order`), field(t('editor.timeline.trialLength'), trialMs, `tl-${n}-trial-ms`),
    criterion,
  );
  return {
    element, phaseSelect, trials, order, trialMs, addPhase, removePhase,
    update(phases, selected, phase) {
      phaseSelect.replaceChildren(...phases.map((p, i) => new Option(p.label, String(i), false, i === selected)));
      const focused = document.activeElement;
      if (focused !== trials) trials.value = String(numberField(phase, 'trials') ?? '');
      if (focused !== trialMs) trialMs.value = String(numberField(phase, 'trialMs') ?? '');
      order.value = stringField(phase, 'order') ?? 'weighted';
      removePhase.disabled = phases.length <= 1;
      const until = isRecord(phase) ? phase.until : undefined;
      criterion.hidden = !isRecord(until);
      criterion.textContent = isRecord(until) ? criterionText(until) : '';
    },
  };
}

/** The phase's end criterion in a sentence: the measure in the form's words, its comparison and threshold. */
function criterionText(until: DraftRecord): string {
  const threshold = typeof until.threshold === 'number' ? formatNumber(until.threshold, { maximumFractionDigits: 6 })
    : Array.isArray(until.threshold) ? t('editor.check.range', { low: String(until.threshold[0]), high: String(until.threshold[1]) }) : t('editor.timeline.earlierThreshold');
  const metricId = stringField(until, 'metric');
  const metric = metricId === undefined ? t('editor.timeline.aMeasure') : fieldText(`${UNTIL_PLACE}=${metricId}`, 'title', humanizeId(metricId)).toLowerCase();
  const comparison = stringField(until, 'comparison');
  return comparison === undefined ? t('editor.timeline.criterionReaches', { metric, threshold })
    : t('editor.timeline.criterion', { metric, comparison: comparison === 'between' ? t('editor.timeline.between') : comparison, threshold });
}

/** Where a phase's end criterion sits in the schema (its measures' words are the form's). */
const UNTIL_PLACE = 'level.timeline.sessions[].phases[].until';
