/**
 * The timeline's phase controls: which phase is shown, add or remove a phase, and the phase's trial
 * count, order and trial length. A phase that runs until a criterion says so in words.
 */
import type { PhaseEntry } from '../../../editor/views/timelinePhases';
import { numberField, stringField, isRecord, type DraftRecord } from '../../../editor/views/draftReaders';
import { humanizeId } from '../../../levels/labels/populationLabels';

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

const ORDERS: readonly [string, string][] = [
  ['weighted', 'Weighted draw'], ['shuffled', 'Shuffled (exact proportions)'], ['sequential', 'In listed order'],
];

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
  for (const [value, text] of ORDERS) order.append(new Option(text, value));
  const addPhase = document.createElement('button');
  addPhase.type = 'button';
  addPhase.className = 'button';
  addPhase.textContent = 'Add phase';
  const removePhase = document.createElement('button');
  removePhase.type = 'button';
  removePhase.className = 'button';
  removePhase.textContent = 'Remove phase';
  const criterion = document.createElement('p');
  criterion.className = 'tl-criterion';
  element.append(
    field('Phase', phaseSelect, `tl-${n}-phase`), addPhase, removePhase,
    field('Trials', trials, `tl-${n}-trials`), field('Order', order, `tl-${n}-order`), field('Trial length (ms)', trialMs, `tl-${n}-trial-ms`),
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

function criterionText(until: DraftRecord): string {
  const threshold = typeof until.threshold === 'number' ? String(until.threshold)
    : Array.isArray(until.threshold) ? until.threshold.join(' to ') : 'a threshold from an earlier phase';
  const metric = humanizeId(stringField(until, 'metric') ?? 'a measure').toLowerCase();
  return `Ends early once ${metric} ${stringField(until, 'comparison') ?? 'reaches'} ${threshold}; the trial count is the most it runs.`;
}
