import { describe, expect, it } from 'vitest';
import { listLevels } from '../../src/app/levelCatalog';

const files = {
  '../../levels/b-level.json': async () => '{}',
  '../../levels/a-level.json': async () => '{}',
  '../../levels/level.schema.json': async () => '{}',
};

describe('level catalog', () => {
  it('lists level files by id, sorted, without the JSON Schema', () => {
    expect(listLevels(files).map((entry) => entry.id)).toEqual(['a-level', 'b-level']);
  });

  it('lists every built-in level of the repository', () => {
    const ids = listLevels().map((entry) => entry.id);
    expect(ids).toContain('izhikevich-2003');
    expect(ids).not.toContain('level.schema');
  });

  it('gives every built-in level its title and a menu group from its content', () => {
    const levels = listLevels();
    const byId = new Map(levels.map((l) => [l.id, l]));
    expect(byId.get('eyeblink-acquisition')?.title).toBe('Blink before the puff');
    expect(byId.get('eyeblink-acquisition')?.group).toBe('Cerebellum');
    expect(byId.get('dopamine-acquisition')?.group).toBe('Dopamine');
    expect(byId.get('songbird-tutor')?.group).toBe('Songbird');
    expect(byId.get('stdp-pairing')?.group).toBe('Plasticity');
    expect(byId.get('izhikevich-2003')?.group).toBe('Networks');
    for (const level of levels) expect(level.title).not.toBe(level.id);
  });
});
