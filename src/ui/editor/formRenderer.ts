/**
 * Renders a generated form (src/editor/formFields.ts) into the page: groups as fieldsets, lists as
 * collapsible items with move, copy and remove buttons, a choice of kind that swaps the fields below
 * it, and the leaf controls (fieldControls.ts). It knows no level field by name: what it shows comes
 * from the schema, so a new parameter or circuit kind appears here by itself.
 */
import type { AlternativesNode, FormNode, GroupNode, ListNode, VariantNode } from '../../editor/formFields';
import { fieldId, pathKey, problemId } from './fieldIds';
import { element, leafControl, problemText } from './fieldControls';
import type { FormContext } from './formContext';
import { withReferencesFilled } from '../../editor/referenceChoices';
import { planDelete } from '../../editor/deletePart';
import { t } from '../../i18n/messages';

function button(text: string, onClick: () => void, accessibleName?: string, id?: string): HTMLButtonElement {
  const b = element('button', 'button ed-small-button', text);
  b.type = 'button';
  if (id !== undefined) b.id = id;
  if (accessibleName !== undefined) b.setAttribute('aria-label', accessibleName);
  b.addEventListener('click', onClick);
  return b;
}

/** A legend with the node's own problems (a list that is too short, a reference that does not exist). */
function fieldset(ctx: FormContext, node: FormNode, className: string): HTMLFieldSetElement {
  const set = element('fieldset', className);
  set.append(element('legend', 'ed-legend', node.label));
  if (node.help !== undefined) set.append(element('p', 'ed-help', node.help));
  const problem = element('p', 'ed-problem', problemText(ctx, node));
  problem.id = problemId(node.path);
  set.setAttribute('aria-describedby', problem.id);
  set.append(problem);
  return set;
}

function renderGroup(ctx: FormContext, node: GroupNode): HTMLElement {
  const set = fieldset(ctx, node, 'ed-group');
  const absent = node.value === undefined && (node.optional || node.hasDefault);
  if (absent && node.path.length > 1) {
    const add = t('editor.undo.add', { name: node.label.toLowerCase() });
    set.append(button(add, () => ctx.apply({ kind: 'set', path: node.path, value: starterOf(node) }, add), undefined, `ed-add-${pathKey(node.path)}`));
    return set;
  }
  for (const field of node.fields) set.append(renderNode(ctx, field));
  if (node.optional && node.value !== undefined && node.path.length > 1) {
    set.append(button(t('editor.undo.remove', { name: node.label.toLowerCase() }), () => { const plan = planDelete(ctx.editor.draft, node.path, node.label.toLowerCase(), 'remove'); ctx.apply(plan.edit, plan.label); }));
  }
  return set;
}

/** The smallest value of an absent group: its required fields' starters. */
function starterOf(node: GroupNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of node.fields) {
    if (field.optional || field.hasDefault) continue;
    const key = field.path[field.path.length - 1] as string;
    if (field.kind === 'number') out[key] = Number.isFinite(field.min) && !field.minExclusive ? Math.max(field.min, Math.min(1, field.max)) : 1;
    else if (field.kind === 'text') out[key] = '';
    else if (field.kind === 'boolean') out[key] = false;
    else if (field.kind === 'choice') out[key] = field.options[0]?.value;
    else if (field.kind === 'list') out[key] = [];
    else if (field.kind === 'variant') out[key] = field.starterFor(field.options[0].value);
    else if (field.kind === 'alternatives') out[key] = field.options[0].starter();
    else if (field.kind === 'group') out[key] = starterOf(field);
  }
  return out;
}

function renderList(ctx: FormContext, node: ListNode): HTMLElement {
  const set = fieldset(ctx, node, 'ed-list');
  const list = Array.isArray(node.value) ? node.value : [];
  const noun = node.itemNoun;
  const copyable = node.path.length === 1 && (node.path[0] === 'populations' || node.path[0] === 'projections') ? node.path[0] : null;
  node.items.forEach((item, index) => {
    const name = t('editor.form.itemName', { noun, item: item.label });
    const tools = element('div', 'ed-item-tools');
    if (index > 0) tools.append(button(t('editor.form.moveUp'), () => ctx.apply({ kind: 'batch', edits: [{ kind: 'remove', path: item.path }, { kind: 'insert', path: node.path, index: index - 1, value: list[index] }] }, t('editor.undo.moveUp', { name })), t('editor.form.moveUpNamed', { name }), `ed-up-${pathKey(item.path)}`));
    if (index < list.length - 1) tools.append(button(t('editor.form.moveDown'), () => ctx.apply({ kind: 'batch', edits: [{ kind: 'remove', path: item.path }, { kind: 'insert', path: node.path, index: index + 1, value: list[index] }] }, t('editor.undo.moveDown', { name })), t('editor.form.moveDownNamed', { name }), `ed-down-${pathKey(item.path)}`));
    if (copyable !== null) tools.append(button(t('editor.form.copy'), () => ctx.copy(copyable, index), t('editor.form.copyNamed', { name }), `ed-copy-${pathKey(item.path)}`));
    if (list.length > node.minItems) tools.append(button(t('editor.form.remove'), () => { const plan = planDelete(ctx.editor.draft, item.path, name, 'remove'); ctx.apply(plan.edit, plan.label); }, t('editor.undo.remove', { name }), `ed-remove-${pathKey(item.path)}`));
    const leaf = item.kind !== 'group' && item.kind !== 'variant' && item.kind !== 'list';
    if (leaf) {
      const row = element('div', 'ed-list-leaf');
      row.append(renderNode(ctx, item), tools);
      set.append(row);
      return;
    }
    const details = element('details', 'ed-item');
    const key = pathKey(item.path);
    details.open = ctx.openItems.has(key);
    details.dataset.itemKey = key;
    details.addEventListener('toggle', () => { if (details.open) ctx.openItems.add(key); else ctx.openItems.delete(key); });
    const summary = element('summary', 'ed-item-summary', item.label);
    if (ctx.editor.problemsAt(item.path).length > 0) summary.append(element('span', 'ed-item-flag', t('editor.form.hasProblems')));
    details.append(summary, tools);
    if (details.open) details.append(renderNode(ctx, item));
    else details.addEventListener('toggle', () => { if (details.open && details.childElementCount === 2) details.append(renderNode(ctx, item)); });
    set.append(details);
  });
  if (list.length < node.maxItems) {
    set.append(button(t('editor.undo.add', { name: noun }), () => {
      ctx.openItems.add(pathKey([...node.path, list.length]));
      const value = withReferencesFilled(ctx.editor.draft, node.path, list.length, node.newItem());
      ctx.apply({ kind: 'insert', path: node.path, index: list.length, value }, t('editor.undo.add', { name: noun }));
      // A keyboard user goes on in the new item's fields, not on to the next button.
      ctx.focusAfterRender([...node.path, list.length]);
    }, undefined, `ed-add-${pathKey(node.path)}`));
    if (copyable !== null) set.append(button(t('editor.form.paste'), () => ctx.paste(), t('editor.form.pasteInto', { list: node.label.toLowerCase() }), `ed-paste-${pathKey(node.path)}`));
  }
  return set;
}

function renderVariant(ctx: FormContext, node: VariantNode): HTMLElement {
  const set = fieldset(ctx, node, 'ed-group ed-variant');
  const id = fieldId([...node.path, node.discriminator]);
  const label = element('label', 'ed-label', t('editor.form.kind'));
  label.htmlFor = id;
  const select = element('select', 'ed-input');
  select.id = id;
  const current = node.value !== null && typeof node.value === 'object' ? (node.value as Record<string, unknown>)[node.discriminator] : undefined;
  if (!node.options.some((o) => o.value === current)) select.append(new Option(t('editor.form.choose'), ''));
  node.options.forEach((option, i) => select.append(new Option(option.label, String(i))));
  select.value = String(Math.max(node.options.findIndex((o) => o.value === current), 0));
  if (!node.options.some((o) => o.value === current)) select.value = '';
  const help = element('p', 'ed-help', node.options.find((o) => o.value === current)?.help ?? '');
  help.id = `${id}-help`;
  select.setAttribute('aria-describedby', `${problemId(node.path)} ${help.id}`);
  select.addEventListener('change', () => {
    const option = node.options[Number(select.value)];
    if (option === undefined) return;
    const fresh = node.starterFor(option.value) as Record<string, unknown>;
    const old = (node.value !== null && typeof node.value === 'object' ? node.value : {}) as Record<string, unknown>;
    // Fields both kinds have (an id, a target) keep their values; a field the new kind lacks is dropped
    // (the form would have no control to remove it).
    const allowed = new Set(node.keysFor(option.value));
    for (const [key, value] of Object.entries(old)) if (key !== node.discriminator && value !== undefined && allowed.has(key)) fresh[key] = value;
    ctx.apply({ kind: 'set', path: node.path, value: fresh }, t('editor.undo.changeKind', { field: node.label.toLowerCase(), kind: option.label.toLowerCase() }));
  });
  const row = element('div', 'ed-field');
  row.append(label, select, help);
  set.append(row);
  for (const field of node.fields) set.append(renderNode(ctx, field));
  return set;
}

function renderAlternatives(ctx: FormContext, node: AlternativesNode): HTMLElement {
  const wrapper = element('div', 'ed-alternatives');
  const id = `${fieldId(node.path)}-form`;
  const label = element('label', 'ed-label', t('editor.form.givenAs', { field: node.label }));
  label.htmlFor = id;
  // Not the narrow width: the options are sentences ("Asked before the level starts").
  const select = element('select', 'ed-input ed-alternatives-choice');
  select.id = id;
  node.options.forEach((option, i) => select.append(new Option(option.label, String(i))));
  select.value = String(node.selected);
  select.addEventListener('change', () => {
    const option = node.options[Number(select.value)];
    ctx.apply({ kind: 'set', path: node.path, value: option.starter() }, t('editor.undo.giveAs', { field: node.label.toLowerCase(), form: option.label.toLowerCase() }));
  });
  wrapper.append(label, select, renderNode(ctx, node.inner));
  return wrapper;
}

export function renderNode(ctx: FormContext, node: FormNode): HTMLElement {
  switch (node.kind) {
    case 'group': return renderGroup(ctx, node);
    case 'list': return renderList(ctx, node);
    case 'variant': return renderVariant(ctx, node);
    case 'alternatives': return renderAlternatives(ctx, node);
    default: return leafControl(ctx, node);
  }
}
