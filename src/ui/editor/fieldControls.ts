/**
 * The leaf controls of a generated form: a number with its unit, range and default; a text; a
 * switch; a choice; JSON text for what no control fits. Each has a visible label, its help and range
 * under it, and a problem line beside it that aria-describedby names, so a screen reader reads the
 * validation message with the field. Values change on "change" (Enter or leaving the field), one edit each.
 */
import type { BooleanField, ChoiceField, FormNode, JsonField, NumberField, TextField } from '../../editor/formFields';
import { fieldId, helpId, problemId } from './fieldIds';
import { formatNumber as formatLocaleNumber, t } from '../../i18n/messages';
import { renamedPart, type FormContext } from './formContext';
import { idsOf } from '../../editor/references';
import { referenceChoices, type ReferenceChoice } from '../../editor/referenceChoices';

type LeafField = NumberField | TextField | BooleanField | ChoiceField | JsonField;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export { element };

function formatNumber(value: number): string {
  return Number.isFinite(value) ? formatLocaleNumber(value, { maximumFractionDigits: 12, useGrouping: false }) : '';
}

/** Bounds this wide only guard against absurd files (the schema's ±1e12): the range says nothing to a designer. */
const NO_REAL_BOUND = 1e12;

/** "0 to 5000 ms, whole numbers, default 250" (what the field takes, in words); "any number" without real bounds. */
export function rangeText(field: NumberField): string {
  const parts: string[] = [];
  const unit = field.unit === undefined ? '' : ` ${field.unit}`;
  const low = Number.isFinite(field.min) && field.min > -NO_REAL_BOUND ? formatNumber(field.min) : null;
  const high = Number.isFinite(field.max) && field.max < NO_REAL_BOUND ? formatNumber(field.max) : null;
  if (low === null && high === null) parts.push(field.integer ? t('editor.range.anyWhole') : t('editor.range.any'));
  else if (low !== null && high !== null) parts.push(t(field.minExclusive ? 'editor.range.aboveAtMost' : 'editor.range.between', { low, high, unit }));
  else if (high !== null) parts.push(t('editor.range.atMost', { high, unit }));
  else if (low !== null) parts.push(t(field.minExclusive ? 'editor.range.above' : 'editor.range.atLeast', { low, unit }));
  if (field.integer && (low !== null || high !== null)) parts.push(t('editor.range.whole'));
  if (field.hasDefault && typeof field.defaultValue === 'number') parts.push(t('editor.range.default', { value: formatNumber(field.defaultValue), unit }));
  return parts.join(t('editor.range.separator'));
}

/** The problems at exactly this path, in one line. */
export function problemText(ctx: FormContext, node: FormNode): string {
  const exact = ctx.editor.problemsAt(node.path).filter((p) => p.path.length === node.path.length);
  return exact.map((p) => p.message).join('; ');
}

/** The label, help and problem parts around a control. */
function frame(ctx: FormContext, node: LeafField, control: HTMLElement, help: string): HTMLElement {
  const wrapper = element('div', 'ed-field');
  const id = fieldId(node.path);
  control.id = id;
  const label = element('label', 'ed-label', node.label);
  label.htmlFor = id;
  if (node.kind === 'number' && node.unit !== undefined) label.append(element('span', 'ed-unit', ` (${node.unit})`));
  if (node.optional && !node.hasDefault) label.append(element('span', 'ed-optional', t('editor.form.optional')));
  const helpLine = element('p', 'ed-help', help);
  helpLine.id = helpId(node.path);
  const problem = element('p', 'ed-problem', problemText(ctx, node));
  problem.id = problemId(node.path);
  control.setAttribute('aria-describedby', `${problem.id} ${helpLine.id}`);
  if (problem.textContent !== '') control.setAttribute('aria-invalid', 'true');
  wrapper.append(label, control, problem);
  if (help !== '') wrapper.append(helpLine);
  return wrapper;
}

/** Sets a value, or removes the field when it is emptied and may be left out. */
function commit(ctx: FormContext, node: LeafField, value: unknown, empty: boolean): void {
  const label = t('editor.undo.change', { field: node.label.toLowerCase() });
  if (empty) {
    if (node.value !== undefined && (node.optional || node.hasDefault)) ctx.apply({ kind: 'remove', path: node.path }, label);
    return;
  }
  const part = renamedPart(node.path);
  if (part !== null && typeof value === 'string' && node.value !== undefined) {
    ctx.rename(part.collection, part.index, value);
    return;
  }
  ctx.apply({ kind: 'set', path: node.path, value }, label);
}

function numberControl(ctx: FormContext, node: NumberField): HTMLElement {
  const input = element('input', 'ed-input');
  input.type = 'number';
  input.step = node.integer ? '1' : 'any';
  if (Number.isFinite(node.min)) input.min = String(node.min);
  if (Number.isFinite(node.max)) input.max = String(node.max);
  input.value = typeof node.value === 'number' ? String(node.value) : '';
  input.defaultValue = input.value;
  if (node.value === undefined && node.hasDefault && typeof node.defaultValue === 'number') input.placeholder = String(node.defaultValue);
  input.addEventListener('change', () => {
    const raw = input.value.trim();
    commit(ctx, node, Number(raw), raw === '');
  });
  return frame(ctx, node, input, [rangeText(node), node.help ?? ''].filter((text) => text !== '').join('. '));
}

/** A reference to a neuron type: a choice of the draft's types, each with its model in words (circuits never add types, so the list is complete). */
function referenceSelect(ctx: FormContext, node: TextField, choices: readonly ReferenceChoice[]): HTMLElement {
  const select = element('select', 'ed-input');
  const current = typeof node.value === 'string' ? node.value : '';
  if (current === '') select.append(new Option(t('editor.form.choose'), ''));
  else if (!choices.some((c) => c.id === current)) select.append(new Option(t('editor.form.noSuchPart', { id: current }), current));
  for (const choice of choices) select.append(new Option(choice.label, choice.id));
  select.value = current;
  select.addEventListener('change', () => { if (select.value !== '') commit(ctx, node, select.value, false); });
  return frame(ctx, node, select, node.help ?? '');
}

function textControl(ctx: FormContext, node: TextField): HTMLElement {
  if (node.references === 'neuronTypes') {
    const choices = referenceChoices(ctx.editor.draft, node.references);
    if (choices.length > 0) return referenceSelect(ctx, node, choices);
  }
  const long = (node.maxLength ?? 0) > 200;
  const input = long ? element('textarea', 'ed-input ed-textarea') : element('input', 'ed-input');
  if (input instanceof HTMLInputElement) input.type = 'text';
  else input.rows = 3;
  input.value = typeof node.value === 'string' ? node.value : '';
  input.defaultValue = input.value;
  if (node.value === undefined && typeof node.defaultValue === 'string' && node.defaultValue !== '') input.placeholder = node.defaultValue;
  input.spellcheck = !node.isId;
  input.addEventListener('change', () => commit(ctx, node, input.value, input.value === '' && node.value !== undefined && (node.optional || node.hasDefault)));
  const wrapper = frame(ctx, node, input, node.help ?? '');
  // A reference offers the draft's ids of the kind it names (the browser lists them as you type).
  if (node.references !== undefined && input instanceof HTMLInputElement) {
    const list = element('datalist');
    list.id = `${input.id}-choices`;
    for (const id of idsOf(ctx.editor.draft, node.references)) list.append(new Option(id, id));
    input.setAttribute('list', list.id);
    wrapper.append(list);
  }
  return wrapper;
}

function booleanControl(ctx: FormContext, node: BooleanField): HTMLElement {
  const input = element('input', 'ed-checkbox');
  input.type = 'checkbox';
  input.checked = node.value === undefined ? node.defaultValue === true : node.value === true;
  input.addEventListener('change', () => commit(ctx, node, input.checked, false));
  const wrapper = frame(ctx, node, input, node.help ?? '');
  wrapper.classList.add('ed-field-check');
  return wrapper;
}

function choiceControl(ctx: FormContext, node: ChoiceField): HTMLElement {
  const select = element('select', 'ed-input');
  if (node.value === undefined || node.optional || node.hasDefault) {
    const fallback = node.hasDefault ? t('editor.form.defaultChoice', { value: node.options.find((o) => o.value === node.defaultValue)?.label ?? String(node.defaultValue) }) : node.optional ? t('editor.form.notSet') : t('editor.form.choose');
    select.append(new Option(fallback, ''));
  }
  node.options.forEach((option, i) => select.append(new Option(option.label, String(i))));
  const current = node.options.findIndex((o) => o.value === node.value);
  select.value = current >= 0 ? String(current) : '';
  select.addEventListener('change', () => {
    const picked = select.value === '' ? undefined : node.options[Number(select.value)];
    commit(ctx, node, picked?.value, picked === undefined);
  });
  return frame(ctx, node, select, node.help ?? '');
}

function jsonControl(ctx: FormContext, node: JsonField): HTMLElement {
  const area = element('textarea', 'ed-input ed-textarea ed-json');
  area.rows = 2;
  area.value = node.value === undefined ? '' : JSON.stringify(node.value);
  area.defaultValue = area.value;
  area.spellcheck = false;
  const wrapper = frame(ctx, node, area, node.help === undefined ? t('editor.form.json') : t('editor.form.helpJson', { help: node.help }));
  area.addEventListener('change', () => {
    if (area.value.trim() === '') { commit(ctx, node, undefined, true); return; }
    try {
      commit(ctx, node, JSON.parse(area.value) as unknown, false);
    } catch {
      const problem = wrapper.querySelector('.ed-problem');
      if (problem) problem.textContent = t('editor.form.badJson');
      area.setAttribute('aria-invalid', 'true');
    }
  });
  return wrapper;
}

export function leafControl(ctx: FormContext, node: LeafField): HTMLElement {
  switch (node.kind) {
    case 'number': return numberControl(ctx, node);
    case 'text': return textControl(ctx, node);
    case 'boolean': return booleanControl(ctx, node);
    case 'choice': return choiceControl(ctx, node);
    case 'json': return jsonControl(ctx, node);
  }
}
