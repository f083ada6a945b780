/**
 * Reading Your levels back at boot packs no links: a level's link (its address fragment) is packed
 * when it is first asked for, once.
 */
import { describe, expect, it, vi } from 'vitest';
import { YourLevels } from '../../../src/app/open/yourLevels';
import { MemoryYourLevels } from '../../../src/app/storage/yourLevelsRepository';
import { builtInLevel } from '../../levels/helpers';

const packed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/levels/share', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/levels/share')>();
  return { ...actual, encodeLevelLink: (...args: Parameters<typeof actual.encodeLevelLink>) => { packed.count++; return actual.encodeLevelLink(...args); } };
});

const noShipped = () => Promise.reject(new Error('no shipped files in this test'));

describe('restoring Your levels', () => {
  it('packs a level\'s link only when the address needs it, and once', async () => {
    const repository = new MemoryYourLevels();
    for (const id of ['stdp-pairing', 'eyeblink-acquisition']) {
      const level = builtInLevel(id);
      await repository.save({ key: `yours.${level.id}`, levelText: JSON.stringify(level), files: new Map() });
    }
    const yours = new YourLevels(noShipped, repository);
    expect(await yours.restore()).toBeNull();
    expect(yours.menuItems().length).toBe(2);
    expect(packed.count).toBe(0);
    const entry = yours.get('yours.stdp-pairing')!;
    expect(entry.urlFragment).toMatch(/^level=/);
    expect(entry.urlFragment).toMatch(/^level=/);
    expect(packed.count).toBe(1);
  });
});
