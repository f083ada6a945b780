import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CIRCUIT_DEFINITIONS } from '../../src/circuits/registry';
import { draftFromLevel, LEVEL_TEMPLATES, templateByKey } from '../../src/editor/templates';
import { loadLevel } from '../../src/levels/loadLevel';

describe('templates', () => {
  it('has one template per circuit kind in the registry, plus a free network and an STDP pairing', () => {
    const keys = LEVEL_TEMPLATES.map((t) => t.key);
    for (const definition of CIRCUIT_DEFINITIONS) expect(keys).toContain(definition.kind);
    expect(keys).toContain('free-network');
    expect(keys).toContain('stdp-pairing');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(LEVEL_TEMPLATES.map((t) => [t.key, t] as const))('%s loads as a level', (_key, template) => {
    const result = loadLevel(template.create());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.level.objectives.length).toBeGreaterThan(0);
  });

  it('a circuit template holds its kind with the schema defaults left to the schema', () => {
    for (const definition of CIRCUIT_DEFINITIONS) {
      const draft = templateByKey(definition.kind)!.create() as { circuits: { kind: string }[] };
      expect(draft.circuits.map((c) => c.kind)).toEqual([definition.kind]);
      const result = loadLevel(draft);
      if (!result.ok) throw new Error('template does not load');
      // The loaded config equals the schema's own parse of what the template wrote: defaults come from the schema.
      expect(result.level.circuits[0]).toEqual(definition.schema.parse(draft.circuits[0]));
    }
  });

  it('gives a fresh draft on every call', () => {
    const template = templateByKey('free-network')!;
    const a = template.create() as { populations: unknown[] };
    a.populations.length = 0;
    expect((template.create() as { populations: unknown[] }).populations.length).toBe(2);
  });

  it('starts from any built-in level as its JSON, without touching the source', () => {
    const files = readdirSync('levels').filter((f) => f.endsWith('.json') && !f.includes('schema') && f !== 'campaign.json');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`levels/${file}`, 'utf8')) as Record<string, unknown>;
      const draft = draftFromLevel(data);
      expect(draft).toEqual(data);
      expect(draft).not.toBe(data);
    }
    expect(() => draftFromLevel([1])).toThrow();
  });
});
