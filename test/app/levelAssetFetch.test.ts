import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLevelAsset, servedLevelAssets } from '../../src/app/levelAssetFetch';

describe('a built-in level\'s files resolve from the folder it is served from', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('../assets/ from levels/ reaches the built-in tutor recordings', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => { requested.push(String(url)); return Promise.resolve(new Response(Uint8Array.from([7, 8]))); });
    await expect(fetchLevelAsset('../assets/tutors/whistle-sweep.wav')).resolves.toEqual(Uint8Array.from([7, 8]));
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/assets\/tutors\/whistle-sweep\.wav/);
    // A level in levels/recipes/ climbs two folders for the same file.
    await expect(servedLevelAssets('levels/recipes')('../../assets/tutors/whistle-sweep.wav')).resolves.toEqual(Uint8Array.from([7, 8]));
  });

  it('"assets:x" is x in the project\'s assets/ from any folder (what format-1 tutor paths become)', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => { requested.push(String(url)); return Promise.resolve(new Response(Uint8Array.from([5]))); });
    await expect(fetchLevelAsset('assets:tutors/whistle-sweep.wav')).resolves.toEqual(Uint8Array.from([5]));
    await expect(servedLevelAssets('levels/recipes')('assets:tutors/whistle-sweep.wav')).resolves.toEqual(Uint8Array.from([5]));
    expect(requested).toHaveLength(2);
    for (const url of requested) expect(url).toMatch(/assets\/tutors\/whistle-sweep\.wav/);
  });

  it('a path the page does not serve, or one that leaves the allowed folders, is refused before any fetch', async () => {
    vi.stubGlobal('fetch', () => { throw new Error('no fetch expected'); });
    await expect(fetchLevelAsset('tutors/whistle-sweep.wav')).rejects.toThrow('levels/tutors/whistle-sweep.wav is not built into this page');
    await expect(fetchLevelAsset('../src/x.wav')).rejects.toThrow(/leads outside the level's folder \(levels\)/);
    await expect(fetchLevelAsset('../../x.wav')).rejects.toThrow(/leads outside/);
    await expect(fetchLevelAsset('assets:tutors/none.wav')).rejects.toThrow('assets/tutors/none.wav is not built into this page');
  });
});
