import { describe, expect, it } from 'vitest';
import { loadedLevelFiles } from '../../src/levels/loadedLevelFiles';

const wav = (n: number) => Uint8Array.from([n, n, n]);

describe('a level loaded with its files takes its assets from them', () => {
  it('finds files by their path relative to the level, normalizing ./ and backslashes', async () => {
    const source = loadedLevelFiles(new Map([['./tutor.wav', wav(1)], ['songs\\bird.wav', wav(2)]]));
    await expect(source('tutor.wav')).resolves.toEqual(wav(1));
    await expect(source('songs/bird.wav')).resolves.toEqual(wav(2));
    await expect(source('other.wav')).rejects.toThrow('"other.wav" was not loaded with the level (load it together with the level file)');
    await expect(source('../assets/tutors/whistle-sweep.wav')).rejects.toThrow(/may use only files from its own folder/);
    await expect(source('assets:tutors/whistle-sweep.wav')).rejects.toThrow(/which a level loaded with its files cannot reach/);
  });

  it('given the page\'s own files, an "assets:" path comes from them; everything else still from the loaded files', async () => {
    const asked: string[] = [];
    const shipped = (path: string) => { asked.push(path); return Promise.resolve(wav(9)); };
    const source = loadedLevelFiles(new Map([['tutor.wav', wav(1)]]), shipped);
    await expect(source('assets:tutors/whistle-sweep.wav')).resolves.toEqual(wav(9));
    await expect(source('tutor.wav')).resolves.toEqual(wav(1));
    await expect(source('../assets/tutors/whistle-sweep.wav')).rejects.toThrow(/may use only files from its own folder/);
    expect(asked).toEqual(['assets:tutors/whistle-sweep.wav']);
  });
});
