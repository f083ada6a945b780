/**
 * "Your levels" kept between visits (src/app/open/yourLevels.ts with a memory repository standing in for
 * IndexedDB): a level opened with its recording comes back after a "reload" (a new YourLevels on the
 * same repository) with the same bytes; removing one removes it from the saved data; damaged records
 * and storage failures are said in words and never stop the rest.
 */
import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../../src/circuits/plugin/wav';
import { YourLevels } from '../../../src/app/open/yourLevels';
import { MemoryYourLevels } from '../../../src/app/storage/yourLevelsRepository';
import { builtInLevel } from '../../levels/helpers';

const wav = encodeWav(new Float32Array(4000).map((_, i) => Math.sin(i / 7) * 0.4), 16000);
const noShipped = () => Promise.reject(new Error('no shipped files in this test'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function birdWithOwnRecording() {
  const level = structuredClone(builtInLevel('songbird-wav-tutor'));
  const circuit = level.circuits[0] as { tutor: { wav: string } };
  circuit.tutor.wav = 'tutor.wav';
  return { ...level, id: 'my-bird', title: 'My bird' };
}

describe('Your levels are kept between visits', () => {
  it('a level opened with its recording is in the menu after a reload, with the same recording', async () => {
    const repository = new MemoryYourLevels();
    const before = new YourLevels(noShipped, repository);
    before.add(birdWithOwnRecording(), new Map([['tutor.wav', wav]]));
    before.add(builtInLevel('stdp-pairing'), new Map());
    await settle();

    const after = new YourLevels(noShipped, repository);
    expect(after.menuItems()).toEqual([]);
    expect(await after.restore()).toBeNull();
    expect(after.menuItems().map((i) => i.title)).toEqual(['My bird', builtInLevel('stdp-pairing').title]);
    const entry = after.get('yours.my-bird')!;
    expect(await entry.assets!('tutor.wav')).toEqual(wav);
    expect(await entry.load()).toMatchObject({ id: 'my-bird', title: 'My bird' });
  });

  it('a removed level is gone after a reload too', async () => {
    const repository = new MemoryYourLevels();
    const yours = new YourLevels(noShipped, repository);
    yours.add(builtInLevel('stdp-pairing'), new Map());
    await settle();
    expect(await yours.remove('yours.stdp-pairing')).toEqual({ removed: true, message: `Removed “${builtInLevel('stdp-pairing').title}” from Your levels.` });
    expect(yours.has('yours.stdp-pairing')).toBe(false);
    const after = new YourLevels(noShipped, repository);
    await after.restore();
    expect(after.menuItems()).toEqual([]);
  });

  it('a damaged or altered record is left out and named; the others come back', async () => {
    const repository = new MemoryYourLevels();
    const yours = new YourLevels(noShipped, repository);
    yours.add(builtInLevel('stdp-pairing'), new Map());
    await settle();
    await repository.save({ key: 'yours.broken', levelText: '{"id": "broken", "title": 5', files: new Map() });
    // A record under another level's key is not trusted either (it would take that level's stars).
    await repository.save({ key: 'yours.other', levelText: JSON.stringify(builtInLevel('stdp-pairing')), files: new Map() });
    const after = new YourLevels(noShipped, repository);
    expect(await after.restore()).toBe('2 of your levels (“broken”, “other”) could not be read back and are left out; open the file again to bring them back.');
    expect(after.menuItems().map((i) => i.id)).toEqual(['yours.stdp-pairing']);
  });

  it('storage that fails (a private window, a full disk) is said in words; the level still opens and plays', async () => {
    const repository = new MemoryYourLevels();
    const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    repository.save = full;
    repository.remove = full;
    repository.list = full;
    const problems: string[] = [];
    const yours = new YourLevels(noShipped, repository, (m) => problems.push(m));
    const entry = yours.add(birdWithOwnRecording(), new Map([['tutor.wav', wav]]));
    await settle();
    expect(problems).toEqual(['“My bird” is open, but it could not be kept for your next visit: the browser has no room left for saved data (free some space, or delete old drafts and levels).']);
    expect(await entry.assets!('tutor.wav')).toEqual(wav);
    expect(await yours.remove(entry.id)).toEqual({ removed: false, message: '“My bird” could not be removed: the browser has no room left for saved data (free some space, or delete old drafts and levels).' });
    expect(yours.has(entry.id)).toBe(true);
    expect(await new YourLevels(noShipped, repository).restore()).toBe('Your levels from earlier visits could not be read: the browser has no room left for saved data (free some space, or delete old drafts and levels).');
  });
});
