import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { CIRCUIT_DEFINITIONS } from '../../src/circuits/registry';
import { humanizeId, populationLabel } from '../../src/levels/labels/populationLabels';
import { builtInLevel } from './helpers';

const levelIds = readdirSync(new URL('../../levels/', import.meta.url))
  .filter((name) => name.endsWith('.json') && !name.includes('schema') && name !== 'campaign.json')
  .map((name) => name.replace(/\.json$/, ''));

/** An id rather than a name: camelCase, or all lower case (a name starts with a capital or is an acronym). */
const looksLikeId = (text: string): boolean => /[a-z][A-Z]/.test(text) || /^[a-z]/.test(text) || text.includes('_');

describe('population labels: what a player reads for a population', () => {
  it('prefers the level\'s label, then the circuit\'s display name, then a readable id', () => {
    const level = { populations: [{ id: 'exc', label: 'Excitatory' }, { id: 'timeCells' }], circuits: [{ kind: 'songbird' }] };
    expect(populationLabel(level, 'exc')).toBe('Excitatory');
    expect(populationLabel(level, 'hvc')).toBe('HVC');
    expect(populationLabel(level, 'timeCells')).toBe('Time cells');
    expect(populationLabel({ circuits: [{ kind: 'cerebellum' }] }, 'mossyFibres')).toBe('Mossy fibres');
    // A circuit the level does not use does not name its populations.
    expect(populationLabel({ circuits: [] }, 'hvc')).toBe('Hvc');
    expect(humanizeId('post_cells')).toBe('Post cells');
  });

  it(`names every population of every built-in level (${levelIds.length}) without camelCase or lower-case ids`, () => {
    expect(levelIds.length).toBeGreaterThan(20);
    for (const id of levelIds) {
      const level = builtInLevel(id);
      const ids = [...level.populations.map((p) => p.id)];
      for (const c of level.circuits) {
        const definition = CIRCUIT_DEFINITIONS.find((d) => d.kind === c.kind)!;
        ids.push(...definition.provides(c as never).populations.map((p) => p.id));
      }
      // A level of rate-model circuits only (no neuron types) has no population to name.
      if (level.neuronTypes.length === 0 && level.populations.length === 0) continue;
      expect(ids.length, id).toBeGreaterThan(0);
      for (const populationId of ids) {
        const label = populationLabel(level, populationId);
        expect(looksLikeId(label), `${id}: ${populationId} → "${label}"`).toBe(false);
      }
    }
  });
});
