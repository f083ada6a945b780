import { describe, expect, it } from 'vitest';
import { isFilesystemRoot, isInsideFolder, joinAssetPath, locateAsset } from '../../src/levels/assetLocation';

describe('asset paths are relative to the level file', () => {
  it('joins and collapses .. without climbing above the root', () => {
    expect(joinAssetPath('/work/game/levels', '../assets/tutors/a.wav')).toBe('/work/game/assets/tutors/a.wav');
    expect(joinAssetPath('levels/recipes', '../../assets/a.wav')).toBe('assets/a.wav');
    expect(joinAssetPath('levels', 'a.wav')).toBe('levels/a.wav');
    expect(joinAssetPath('', './songs/a.wav')).toBe('songs/a.wav');
    expect(joinAssetPath('levels', '../../a.wav')).toBeNull();
    expect(joinAssetPath('/', '../a.wav')).toBeNull();
  });

  it('tells inside from outside by whole folder names', () => {
    expect(isInsideFolder('/a/levels', '/a/levels/x.wav')).toBe(true);
    expect(isInsideFolder('/a/levels', '/a/levels-old/x.wav')).toBe(false);
    expect(isInsideFolder('', 'x.wav')).toBe(true);
    expect(isInsideFolder('assets', 'assets/t/x.wav')).toBe(true);
  });

  it('a path may stay in the level\'s folder or climb into assets/, nowhere else', () => {
    expect(locateAsset('tutor.wav', '/home/me/birds', '/opt/synaptica/assets')).toEqual({ ok: true, location: '/home/me/birds/tutor.wav' });
    expect(locateAsset('songs/a.wav', '/home/me/birds', '/opt/synaptica/assets')).toEqual({ ok: true, location: '/home/me/birds/songs/a.wav' });
    expect(locateAsset('../assets/tutors/whistle-sweep.wav', '/opt/synaptica/levels', '/opt/synaptica/assets'))
      .toEqual({ ok: true, location: '/opt/synaptica/assets/tutors/whistle-sweep.wav' });
    expect(locateAsset('../../assets/tutors/a.wav', 'levels/recipes', 'assets')).toEqual({ ok: true, location: 'assets/tutors/a.wav' });
    const sibling = locateAsset('../other/a.wav', '/home/me/birds', '/opt/synaptica/assets');
    expect(sibling).toEqual({ ok: false, message: '"../other/a.wav" leads outside the level\'s folder (/home/me/birds): a path may climb with ../ only into Synaptica\'s assets/ folder (or write "assets:" and the path inside it)' });
    expect(locateAsset('../assets/a.wav', '/home/me/birds', '/opt/synaptica/assets').ok).toBe(false);
  });

  it('"assets:x" is x inside Synaptica\'s assets/, wherever the level lives', () => {
    expect(locateAsset('assets:tutors/whistle-sweep.wav', '/home/me/birds', '/opt/synaptica/assets'))
      .toEqual({ ok: true, location: '/opt/synaptica/assets/tutors/whistle-sweep.wav' });
    expect(locateAsset('assets:tutors/a.wav', '/', '/opt/synaptica/assets')).toEqual({ ok: true, location: '/opt/synaptica/assets/tutors/a.wav' });
    expect(locateAsset('assets:tutors/a.wav', 'levels/recipes', 'assets')).toEqual({ ok: true, location: 'assets/tutors/a.wav' });
    expect(locateAsset('assets:tutors/a.wav', '')).toEqual({ ok: false, message: '"assets:tutors/a.wav" names a file in Synaptica\'s assets/ folder, which a level loaded with its files cannot reach' });
    for (const path of ['assets:../secret.wav', 'assets:/etc/a.wav', 'assets:', 'tutors/assets:a.wav']) expect(locateAsset(path, '/home/me', '/opt/assets').ok, path).toBe(false);
  });

  it('a level in the filesystem root may read nothing beside it (only "assets:" files)', () => {
    expect(isFilesystemRoot('/')).toBe(true);
    expect(isFilesystemRoot('C:/')).toBe(true);
    expect(isFilesystemRoot('/home')).toBe(false);
    expect(isFilesystemRoot('')).toBe(false);
    for (const path of ['etc/hostname.wav', 'a.wav', 'opt/synaptica/assets/tutors/a.wav']) {
      expect(locateAsset(path, '/', '/opt/synaptica/assets'), path).toEqual({
        ok: false, message: `"${path}": the level file lies in the filesystem root (/), which is not a folder a level may read from; move the level and its files into a folder of their own`,
      });
    }
  });

  it('without an assets folder (a level loaded with its files) nothing above its folder is reachable', () => {
    expect(locateAsset('a.wav', '')).toEqual({ ok: true, location: 'a.wav' });
    expect(locateAsset('../assets/tutors/a.wav', '')).toEqual({ ok: false, message: '"../assets/tutors/a.wav" leads outside the level\'s folder (the page): a level loaded with its files may use only files from its own folder' });
  });

  it('refuses what the schema refuses, whoever calls it', () => {
    for (const path of ['/etc/a.wav', 'https://x.org/a.wav', 'a/../../b.wav', './a.wav', 'A.wav', 'a\\b.wav', '']) {
      const located = locateAsset(path, '/home/me', '/opt/assets');
      expect(located.ok, path).toBe(false);
      if (!located.ok) expect(located.message).toMatch(/is not a path relative to the level file's folder .* or "assets:" and a path inside Synaptica's assets\/ folder/);
    }
  });
});
