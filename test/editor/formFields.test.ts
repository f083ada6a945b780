import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CIRCUIT_DEFINITIONS } from '../../src/circuits/registry';
import { parameterInfo, parameterRange } from '../../src/circuits/plugin/param';
import { formFor, type FormNode, type VariantNode } from '../../src/editor/formFields';
import { formAt } from '../../src/editor/formAt';
import { unwrap } from '../../src/editor/schemaWalk';
import { circuitConfig } from '../../src/levels/schema/circuits';
import { projection } from '../../src/levels/schema/projections';
import { templateByKey } from '../../src/editor/templates';
import { fieldLabel, helpInWords } from '../../src/editor/fieldLabels';

const byLast = (nodes: readonly FormNode[]) => new Map(nodes.map((n) => [n.path[n.path.length - 1], n]));

describe('forms generated from the schema', () => {
  it.each(CIRCUIT_DEFINITIONS.map((d) => [d.kind, d] as const))('the %s config form has every parameter with its unit, range and default', (kind, definition) => {
    const config = (templateByKey(kind)!.create() as { circuits: unknown[] }).circuits[0];
    const node = formFor(circuitConfig, config, ['circuits', 0], 0) as VariantNode;
    expect(node.kind).toBe('variant');
    expect(node.discriminator).toBe('kind');
    expect(node.options.map((o) => o.value)).toEqual(CIRCUIT_DEFINITIONS.map((d) => d.kind));
    const fields = byLast(node.fields);
    const shape = definition.schema.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape).filter((k) => k !== 'kind');
    expect([...fields.keys()].sort()).toEqual([...keys].sort());
    let parameters = 0;
    for (const key of keys) {
      const info = parameterInfo(shape[key]);
      const field = fields.get(key)!;
      expect(field.label.length).toBeGreaterThan(0);
      // A title in the schema's metadata names the field when its key would read as a cipher.
      const title = (shape[key].meta() as { title?: string } | undefined)?.title;
      if (title !== undefined) expect(field.label).toBe(title);
      expect(field.help, key).toBeTruthy();
      if (info === undefined) continue;
      parameters++;
      expect(field.kind, key).toBe('number');
      if (field.kind !== 'number') continue;
      const range = parameterRange(shape[key])!;
      expect([field.min, field.max, field.integer], key).toEqual([range.min, range.max, range.integer]);
      expect(field.unit, key).toBe(info.unit === '1' ? undefined : info.unit);
      expect(field.citation).toBe(info.citation);
      // The help is the schema's, with the field names it mentions in words.
      expect(field.help).toBe(helpInWords(info.description));
      const wrapped = unwrap(shape[key]);
      expect(field.hasDefault).toBe(wrapped.hasDefault);
      if (wrapped.hasDefault) expect(field.defaultValue).toBe(wrapped.defaultValue);
    }
    expect(parameters).toBeGreaterThan(3);
  });

  it('switching the kind of a union offers that member\'s starter', () => {
    const node = formFor(projection.shape.connect, { rule: 'allToAll' }, ['connect'], 'connect') as VariantNode;
    expect(node.options.map((o) => o.value)).toContain('fixedProbability');
    expect(node.starterFor('fixedProbability')).toEqual({ rule: 'fixedProbability', p: 1 });
    expect(byLast(node.fields).get('allowSelf')?.kind).toBe('boolean');
  });

  it('a weight is a number or a distribution', () => {
    const number = formFor(projection.shape.weight, 3, ['weight'], 'weight');
    expect(number.kind).toBe('alternatives');
    if (number.kind !== 'alternatives') return;
    expect(number.inner.kind).toBe('number');
    const normal = formFor(projection.shape.weight, { dist: 'normal', mean: 1, sd: 0.1 }, ['weight'], 'weight');
    if (normal.kind !== 'alternatives') throw new Error('not alternatives');
    expect(normal.selected).toBe(1);
    expect(normal.inner.kind).toBe('variant');
  });

  it('lists say how many items they take and what a new one is', () => {
    const draft = templateByKey('free-network')!.create();
    const node = formAt(draft, ['populations']);
    if (node?.kind !== 'list') throw new Error('populations is not a list');
    expect(node.items.length).toBe(2);
    expect(node.maxItems).toBe(200);
    expect(node.items[0].label).toBe('Input cells');
    const fresh = node.newItem() as Record<string, unknown>;
    expect(Object.keys(fresh).sort()).toEqual(['count', 'id', 'type']);
    expect(formAt(draft, ['populations', 0, 'count'])).toMatchObject({ kind: 'number', min: 1, integer: true, value: 20 });
    expect(formAt(draft, ['nothing', 'here'])).toBeUndefined();
  });

  it('labels name fields in words with the unit from the name', () => {
    expect(fieldLabel('tauMMs')).toEqual({ label: 'Membrane time constant', unit: 'ms' });
    expect(fieldLabel('durationMs')).toEqual({ label: 'Duration', unit: 'ms' });
    expect(fieldLabel('learningRatePerMs')).toEqual({ label: 'Learning rate', unit: '1/ms' });
    expect(fieldLabel('ms')).toEqual({ label: 'Time', unit: 'ms' });
    expect(fieldLabel('amplitudePa')).toEqual({ label: 'Amplitude', unit: 'pA' });
    expect(fieldLabel('isiMs')).toEqual({ label: 'ISI', unit: 'ms' });
    expect(fieldLabel('resistanceMOhm')).toEqual({ label: 'Resistance', unit: 'MΩ' });
    expect(fieldLabel('learningRateScale').label).toBe('Learning rate scale');
  });
});

describe('reference fields', () => {
  it('say which kind of part they name, from the schema', () => {
    const draft = templateByKey('free-network')!.create();
    const from = formAt(draft, ['projections', 0, 'from']);
    const ownId = formAt(draft, ['projections', 0, 'id']);
    const target = formAt(draft, ['stimuli', 0, 'target']);
    const type = formAt(draft, ['populations', 0, 'type']);
    expect(from).toMatchObject({ kind: 'text', isId: true, references: 'populations' });
    expect(target).toMatchObject({ kind: 'text', references: 'populations' });
    expect(type).toMatchObject({ kind: 'text', references: 'neuronTypes' });
    expect(ownId).toMatchObject({ kind: 'text', isId: true, references: undefined });
  });
});
