import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelSchemaText, SCHEMA_FILE } from '../../src/cli/write-schema';
import { levelSchema, loadLevel, METRIC_NAMES } from '../../src/levels';
import { fixture, fixtureText } from './helpers';

describe('level schema', () => {
  it('loads the minimal fixture and fills defaults', () => {
    const result = loadLevel(fixtureText('minimal.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rs = result.level.neuronTypes[0];
    expect(rs.model).toBe('izhikevich');
    if (rs.model !== 'izhikevich') return;
    expect(rs.vPeakMv).toBe(30);
    expect(rs.scheme).toBe('network1ms');
    expect(rs.input).toEqual({ mode: 'current', tauMs: 0 });
    expect(result.level.modulators).toEqual([]);
    expect(result.level.projections[0].plasticity).toMatchObject({ form: 'additive', pairing: 'allToAll', wMin: 0 });
    expect(result.level.lesson).toEqual({ intro: 'Pre fires, then post fires.', goal: 'Strengthen the synapse.', hints: [], explanation: '', teacherNotes: '' });
  });

  it('expresses a full lab protocol (sessions, phases, weighted trials, chained events, contingencies, commands)', () => {
    const result = loadLevel(fixtureText('protocol.json'));
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const phases = result.level.timeline!.sessions.flatMap((s) => s.phases.map((p) => p.id));
    expect(phases).toEqual(['baseline', 'acquisition', 'extinction', 'reacquisition']);
  });

  it('accepts the same data as an object and as JSON text, and a loaded level re-validates', () => {
    const fromText = loadLevel(fixtureText('protocol.json'));
    const fromData = loadLevel(fixture('protocol.json'));
    expect(fromData).toEqual(fromText);
    if (!fromText.ok) throw new Error('protocol fixture should load');
    expect(loadLevel(JSON.stringify(fromText.level))).toEqual(fromText);
  });

  it('refuses a blank title by name (the level menu would show an empty line)', () => {
    for (const title of ['', '   ']) {
      const data = { ...fixture('minimal.json'), title };
      const result = loadLevel(data);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].path).toBe('title');
      expect(result.errors[0].message).toMatch(/^A level needs a title: the level menu and the player see it\./);
    }
  });

  it('does not share objects with its input', () => {
    const data = fixture('minimal.json');
    const result = loadLevel(data);
    if (!result.ok) throw new Error('minimal should load');
    data.populations[0].count = 7;
    expect(result.level.populations[0].count).toBe(1);
  });

  it('levels/level.schema.json is the generated file (run `npm run schema` after editing the schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(levelSchemaText());
  });

  it('the JSON Schema is strict and documented', () => {
    const schema = JSON.parse(levelSchemaText()) as { additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, property] of Object.entries(schema.properties)) {
      if (key === 'timeline' || key === 'lesson') continue; // described on their own object schemas
      expect(property.description, key).toBeTruthy();
    }
  });

  it('every metric has documented args', () => {
    expect(METRIC_NAMES).toContain('populationRateHz');
    expect(METRIC_NAMES).toContain('weightOfSynapse');
    const text = levelSchemaText();
    for (const name of METRIC_NAMES) expect(text).toContain(`"const": "${name}"`);
  });

  it('rejects unknown keys at every level of nesting', () => {
    const data = fixture('minimal.json');
    data.projections[0].plasticity.extra = 1;
    const result = levelSchema.safeParse(data);
    expect(result.success).toBe(false);
  });
});
