// The CLI reads a level's files only from the level's folder and Synaptica's assets/, by where they
// really are: a link next to a level may not lead elsewhere, and a level in the filesystem root has no
// folder of its own to read from. Errors sit at the field and quote the path as the level writes it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSETS_DIR, readLevelAssets } from '../../src/cli/readLevelAssets';
import { loadLevel } from '../../src/levels';
import type { Level } from '../../src/levels/schema/level';

const root = new URL('../../', import.meta.url).pathname;
const WHISTLE = join(ASSETS_DIR, 'tutors/whistle-sweep.wav');

function levelWithTutor(wav: string): Level {
  const raw = JSON.parse(readFileSync(join(root, 'levels/songbird-wav-tutor.json'), 'utf8')) as { circuits: Array<{ tutor: unknown }> };
  raw.circuits[0].tutor = { wav };
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

const made: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synaptica-links-'));
  made.push(dir);
  return dir;
}
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

describe('readLevelAssets follows links and checks where they lead', () => {
  it('a link beside the level to a file elsewhere is refused at the field, naming the written path', () => {
    const dir = tempFolder();
    const outside = tempFolder();
    writeFileSync(join(outside, 'secret.wav'), 'not yours');
    symlinkSync(join(outside, 'secret.wav'), join(dir, 'evil.wav'));
    symlinkSync('/etc/hostname', join(dir, 'host.wav'));
    for (const wav of ['evil.wav', 'host.wav']) {
      const read = readLevelAssets(levelWithTutor(wav), join(dir, 'level.json'));
      expect(read.assets.size, wav).toBe(0);
      expect(read.errors, wav).toHaveLength(1);
      expect(read.errors[0].path).toBe('circuits[0].tutor.wav');
      expect(read.errors[0].message).toMatch(new RegExp(`^"${wav.replace('.', '\\.')}" leads through a link to /.*, outside the level's folder \\(.*\\) and Synaptica's assets/ folder: a level may read files only from those$`));
    }
  });

  it('a linked folder that leads elsewhere is refused too', () => {
    const dir = tempFolder();
    const outside = tempFolder();
    writeFileSync(join(outside, 'song.wav'), 'not yours');
    symlinkSync(outside, join(dir, 'songs'));
    const read = readLevelAssets(levelWithTutor('songs/song.wav'), join(dir, 'level.json'));
    expect(read.errors.map((e) => [e.path, e.message.slice(0, 40)])).toEqual([['circuits[0].tutor.wav', '"songs/song.wav" leads through a link to']]);
  });

  it('links that stay inside the level\'s folder or lead into assets/ are followed', () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'songs'));
    copyFileSync(WHISTLE, join(dir, 'songs/real.wav'));
    symlinkSync(join(dir, 'songs/real.wav'), join(dir, 'alias.wav'));
    symlinkSync(WHISTLE, join(dir, 'shipped.wav'));
    const bytes = new Uint8Array(readFileSync(WHISTLE));
    for (const wav of ['alias.wav', 'shipped.wav', 'assets:tutors/whistle-sweep.wav']) {
      const read = readLevelAssets(levelWithTutor(wav), join(dir, 'level.json'));
      expect(read.errors, wav).toEqual([]);
      expect(read.assets.get(wav), wav).toEqual(bytes);
    }
  });

  it('a level in the filesystem root reads nothing beside it, even through a folder linked to /', () => {
    // A real file the level could otherwise reach by name: /tmp/<this test's folder>/x.wav.
    const scratch = join('/tmp', `synaptica-root-${process.pid}`);
    mkdirSync(scratch, { recursive: true });
    made.push(scratch);
    copyFileSync(WHISTLE, join(scratch, 'x.wav'));
    const wav = `tmp/synaptica-root-${process.pid}/x.wav`;
    const atRoot = readLevelAssets(levelWithTutor(wav), '/level.json');
    expect(atRoot.errors).toEqual([{ path: 'circuits[0].tutor.wav', message: `"${wav}": the level file lies in the filesystem root (/), which is not a folder a level may read from; move the level and its files into a folder of their own` }]);
    const dir = tempFolder();
    symlinkSync('/', join(dir, 'everything'));
    const linked = readLevelAssets(levelWithTutor(wav), join(dir, 'everything/level.json'));
    expect(linked.assets.size).toBe(0);
    expect(linked.errors.map((e) => e.path)).toEqual(['circuits[0].tutor.wav']);
    expect(linked.errors[0].message).toMatch(new RegExp(`^"${wav.replace(/\./g, '\\.')}" leads through a link to /tmp/synaptica-root-\\d+/x\\.wav, outside`));
    // The shipped recordings stay reachable by their "assets:" name from anywhere.
    expect(readLevelAssets(levelWithTutor('assets:tutors/whistle-sweep.wav'), '/level.json').errors).toEqual([]);
  });

  it('a file that is not there is reported at the field with the written path', () => {
    const dir = tempFolder();
    const read = readLevelAssets(levelWithTutor('gone.wav'), join(dir, 'level.json'));
    expect(read.errors).toEqual([{ path: 'circuits[0].tutor.wav', message: `cannot read "gone.wav" (ENOENT: ${dir}/gone.wav)` }]);
  });
});
