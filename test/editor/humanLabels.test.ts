// Every label a designer sees in the editor's generated forms is words, not an internal id: field
// labels, list headings, choice options and the help under them, for every template, every level of
// the game, and every kind a union offers (each circuit kind, stimulus kind, connect rule, ...) and
// every list's new item. A label fails when it looks like an id: camelCase, an underscore or a dot
// inside a word, a unit glued to a word ("durationMs", "rateHz"), or a list's "[]".
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/editor/applyEdit';
import { formAt } from '../../src/editor/formAt';
import type { FormNode, NumberField } from '../../src/editor/formFields';
import { rangeText } from '../../src/ui/editor/fieldControls';
import { helpInWords } from '../../src/editor/fieldLabels';
import { LEVEL_TEMPLATES } from '../../src/editor/templates';
import { CIRCUIT_DEFINITIONS } from '../../src/circuits/registry';
import { EDITOR_SECTIONS } from '../../src/ui/editor/editorSections';

const ID_LIKE: readonly [RegExp, string][] = [
  [/[a-z][A-Z]/, 'camelCase'],
  [/_/, 'an underscore'],
  [/\w\.\w/, 'a dot inside a word'],
  [/[a-z](Ms|Hz|Mv|Pa|MOhm)\b/, 'a unit glued to a word'],
  [/\[\]/, 'a list marker []'],
  [/[a-z] (hz|ms|mv|pa|na|pf|ns|mm|mohm)\b/, 'a unit in lower case after the words ("rate hz", not "rate (Hz)")'],
  [/^(<|<=|>|>=|=|!=|≤|≥)$/, 'only a symbol'],
];

/** Option labels that say nothing of what the option is. */
const GENERIC_OPTION = new Set(['An object', 'A value', 'Option', 'Other']);

/** Why a select's options cannot be told apart (two alike, or one that says only "An object"), or null. */
export function optionsReason(labels: readonly string[]): string | null {
  const generic = labels.find((label) => GENERIC_OPTION.has(label));
  if (generic !== undefined) return `a generic option "${generic}"`;
  const twice = labels.find((label, i) => labels.indexOf(label) !== i);
  return twice === undefined ? null : `two options "${twice}"`;
}

/** Why a label reads as an id, or null. */
export function idLikeReason(label: string): string | null {
  return ID_LIKE.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/** Help may quote values ("csAlone") and dotted paths (what a path field takes) and symbols (G_NMDA); outside those, no field names. */
function helpReason(help: string): string | null {
  const bare = help.replace(/"[^"]*"/g, '""').replace(/\b\w+(\.\w+)+\b/g, 'path').replace(/\b[A-Z]+_\w+\b/g, 'symbol');
  if (/\w\[\]/.test(bare)) return 'a list marker []';
  const word = bare.match(/(?<![\w'’])[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?![\w(])/g)?.find((w) => !['pA', 'nA', 'mV', 'mM', 'nS', 'pF', 'kHz', 'mS'].includes(w));
  return word === undefined ? null : `names the field "${word}"`;
}

/** A choice's help that quotes one of its raw values ("firstChange") where the menu shows words ("First change"). */
export function quotedValueReason(help: string, options: readonly { value: unknown; label: string }[]): string | null {
  const quoted = options.find((option) => option.label !== String(option.value) && help.includes(`"${String(option.value)}"`));
  return quoted === undefined ? null : `quotes the raw value "${String(quoted.value)}" that the menu shows as "${quoted.label}"`;
}

function setAt(draft: Draft, path: readonly (string | number)[], value: unknown): Draft {
  const copy = structuredClone(draft);
  let parent: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, i) => {
    // An absent optional group on the way gets an empty value (a list when the next key is an index).
    parent[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    parent = parent[key] as Record<string | number, unknown>;
  });
  parent[path[path.length - 1]] = value;
  return copy;
}

interface Finding { readonly where: string; readonly text: string; readonly reason: string }

/** Walks the forms of a draft, trying every union kind and every list's new item once per schema place. */
function walkDraft(name: string, draft: Draft, findings: Finding[], seen: Set<string>): number {
  let labels = 0;
  const schemaPlace = (path: readonly (string | number)[]) => path.map((k) => (typeof k === 'number' ? '#' : k)).join('.');
  const check = (text: string, where: string, reason: string | null) => { labels++; if (reason !== null) findings.push({ where: `${name}: ${where}`, text, reason }); };
  const walk = (current: Draft, node: FormNode): void => {
    const where = node.path.join('.');
    check(node.label, where, idLikeReason(node.label));
    if (node.help !== undefined) check(node.help, `${where} (help)`, helpReason(node.help));
    if (node.kind === 'choice' || node.kind === 'variant') for (const option of node.options) check(option.label, `${where} option`, idLikeReason(option.label));
    if (node.kind === 'alternatives') for (const option of node.options) check(option.label, `${where} option`, idLikeReason(option.label));
    if (node.kind === 'choice' && node.help !== undefined) check(node.help, `${where} (help of a choice)`, quotedValueReason(node.help, node.options));
    if (node.kind === 'alternatives' || node.kind === 'variant' || node.kind === 'choice') {
      const labels = node.options.map((option) => option.label);
      check(labels.join(' | '), `${where} options`, optionsReason(labels));
    }
    if (node.kind === 'group' || node.kind === 'variant') node.fields.forEach((field) => walk(current, field));
    if (node.kind === 'alternatives') walk(current, node.inner);
    if (node.kind === 'list') {
      node.items.forEach((item) => walk(current, item));
      const place = `${schemaPlace(node.path)}[new]`;
      if (!seen.has(place)) {
        seen.add(place);
        const list = Array.isArray(node.value) ? node.value : [];
        const grown = setAt(current, node.path, [...list, node.newItem()]);
        const added = formAt(grown, [...node.path, list.length]);
        if (added !== undefined) walk(grown, added);
      }
    }
    if (node.kind === 'variant') {
      for (const option of node.options) {
        const place = `${schemaPlace(node.path)}=${String(option.value)}`;
        if (seen.has(place) || option.value === (node.value as Record<string, unknown> | undefined)?.[node.discriminator]) continue;
        seen.add(place);
        const switched = setAt(current, node.path, node.starterFor(option.value));
        const form = formAt(switched, node.path);
        if (form !== undefined) walk(switched, form);
      }
    }
  };
  for (const section of EDITOR_SECTIONS) {
    for (const path of section.paths) {
      const node = formAt(draft, path);
      if (node !== undefined) walk(draft, node);
    }
  }
  return labels;
}

const levelFiles = readdirSync(new URL('../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json');

describe('the editor shows words, not ids', () => {
  it('recognises an id-like label (the check can fail)', () => {
    for (const bad of ['populationToPurkinje', 'durationMs', 'rate_hz', 'stimuli[]', 'lesson.intro', 'tauMs']) expect(idLikeReason(bad), bad).not.toBeNull();
    for (const bad of ['Population rate hz', 'CR peak ms', 'Syllable pitch hz', '>=']) expect(idLikeReason(bad), bad).not.toBeNull();
    for (const good of ['Time step', 'Membrane time constant', 'Input to output', 'CS whose interval is set', 'ISI', 'Population rate (Hz)', 'At least']) expect(idLikeReason(good), good).toBeNull();
    expect(optionsReason(['An object', 'An object'])).not.toBeNull();
    const starts = [{ value: 'firstChange', label: 'First change' }, { value: 'start', label: 'Start' }];
    expect(quotedValueReason('"firstChange" (the default): the first change restarts.', starts)).not.toBeNull();
    expect(quotedValueReason('First change (the default): the first change restarts.', starts)).toBeNull();
    expect(optionsReason(['Last N trials', 'A phase', 'Last N trials'])).not.toBeNull();
    expect(optionsReason(['Last N trials', 'First N trials', 'All trials'])).toBeNull();
    expect(helpReason('the level runs for durationMs.')).not.toBeNull();
    expect(helpReason(helpInWords('the level runs for durationMs.'))).toBeNull();
    expect(helpInWords('Id of a neuron type in neuronTypes[].')).toBe('Id of a neuron type in Neuron types.');
    expect(helpInWords('e.g. "projections.ee.plasticity.aPlus", in pA')).toBe('e.g. "projections.ee.plasticity.aPlus", in pA');
    // Parentheses never nest or run into each other, and a command's name is no field label with a unit.
    expect(helpInWords('Id of the CS whose trials isiMs (and a setIsiMs command without cs) retimes.')).toBe('Id of the CS whose trials ISI (and a “Set ISI” command without cs) retimes.');
    expect(helpInWords('r lasts one tap (tapMs).')).toBe('r lasts one tap (Tap).');
    expect(helpInWords('Discount per TD step (per tapMs): below 1.')).toBe('Discount per TD step (per Tap): below 1.');
    expect(helpInWords('setIsiMs changes it.')).toBe('“Set ISI” changes it.');
    expect(helpInWords('Without it the level runs for durationMs.')).toBe('Without it the level runs for Duration (ms).');
  });

  it('a number field\'s range says "Any number" when its bounds only guard against absurd files', () => {
    const threshold = formAt(LEVEL_TEMPLATES.find((t) => t.key === 'cerebellum')!.create(), ['objectives', 0, 'threshold']);
    const inner = threshold?.kind === 'alternatives' ? threshold.inner : threshold;
    expect(inner?.kind).toBe('number');
    expect(rangeText(inner as NumberField)).toBe('Any number');
    expect(rangeText({ ...(inner as NumberField), min: 0, max: 5000, unit: 'ms' })).toBe('0 to 5000 ms');
  });

  it('has a circuit template for every circuit kind (so walking the templates walks every circuit form)', () => {
    for (const definition of CIRCUIT_DEFINITIONS) expect(LEVEL_TEMPLATES.map((t) => t.key)).toContain(definition.kind);
  });

  it.each([...LEVEL_TEMPLATES.map((t) => [`template ${t.key}`, () => t.create()] as const),
    ...levelFiles.map((f) => [`level ${f}`, () => JSON.parse(readFileSync(new URL(`../../levels/${f}`, import.meta.url), 'utf8')) as Draft] as const)])(
    'every label and help text of %s (and of every kind and new item it offers) is words', (_, make) => {
      const findings: Finding[] = [];
      const labels = walkDraft(_, make(), findings, new Set());
      expect(labels).toBeGreaterThan(50);
      expect(findings.map((f) => `${f.where}: "${f.text.slice(0, 80)}" has ${f.reason}`)).toEqual([]);
    });
});
