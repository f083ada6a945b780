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

  it('a path the page does not serve, or one that leaves the allowed folders, is refused before any fetch', async () => {
    vi.stubGlobal('fetch', () => { throw new Error('no fetch expected'); });
    await expect(fetchLevelAsset('tutors/whistle-sweep.wav')).rejects.toThrow('levels/tutors/whistle-sweep.wav is not built into this page');
    await expect(fetchLevelAsset('../src/x.wav')).rejects.toThrow(/leads outside the level's folder \(levels\)/);
    await expect(fetchLevelAsset('../../x.wav')).rejects.toThrow(/leads outside/);
  });
});
