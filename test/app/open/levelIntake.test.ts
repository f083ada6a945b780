/** What the page was given (files, a paste, its address) to a checked level, and the keys opened levels get. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../../src/circuits/plugin/wav';
import { encodeLevelLink } from '../../../src/levels/share';
import { openParts, partsOfFiles, partsOfHash, partsOfPaste } from '../../../src/app/open/levelIntake';
import { isYourLevelKey, yourLevelKey, YourLevels } from '../../../src/app/open/yourLevels';
import { builtInLevel } from '../../levels/helpers';

const text = (id: string): string => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const wav = encodeWav(new Float32Array(4000).map((_, i) => Math.sin(i / 7) * 0.4), 16000);
const withOwnRecording = (): string => {
  const data = JSON.parse(text('songbird-wav-tutor')) as { circuits: Array<{ tutor: { wav: string } }> };
  data.circuits[0].tutor.wav = 'tutor.wav';
  return JSON.stringify(data);
};

describe('partsOfFiles', () => {
  it('opens one level file', () => {
    const opened = openParts(partsOfFiles([{ name: 'stdp-pairing.json', bytes: bytes(text('stdp-pairing')) }]));
    expect(opened.ok && opened.level.id).toBe('stdp-pairing');
  });

  it('takes a level file with the recording it names, chosen together', () => {
    const opened = openParts(partsOfFiles([{ name: 'tutor.wav', bytes: wav }, { name: 'mine.json', bytes: bytes(withOwnRecording()) }]));
    expect(opened.ok && [...opened.assets.keys()]).toEqual(['tutor.wav']);
  });

  it('without its recording, the level names the missing file at its field', () => {
    const opened = openParts(partsOfFiles([{ name: 'mine.json', bytes: bytes(withOwnRecording()) }]));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors[0].path).toBe('circuits[0].tutor.wav');
  });

  it('refuses two level files at once, and no file', () => {
    const two = partsOfFiles([{ name: 'a.json', bytes: bytes('{}') }, { name: 'b.json', bytes: bytes('{}') }]);
    expect(two).toEqual({ ok: false, errors: [{ path: '', message: '2 of the 2 files are not recordings (.wav); give one level file, with its recordings if it has any' }] });
    expect(partsOfFiles([]).ok).toBe(false);
  });
});

describe('partsOfPaste and partsOfHash', () => {
  it('a pasted level JSON or link opens; ordinary text is not a level and says nothing', () => {
    expect(openParts(partsOfPaste(`  ${text('stdp-pairing')}\n`) ?? { ok: false, errors: [] }).ok).toBe(true);
    const link = encodeLevelLink(builtInLevel('stdp-pairing'));
    if (!link.ok) throw new Error('no link');
    expect(openParts(partsOfPaste(`https://example.org/#${link.fragment}`) ?? { ok: false, errors: [] }).ok).toBe(true);
    expect(partsOfPaste('hello, world')).toBeNull();
    // As sent in a chat: the link among words, ended by a full stop.
    expect(openParts(partsOfPaste(`have a look: https://example.org/#${link.fragment}. Thanks!`) ?? { ok: false, errors: [] }).ok).toBe(true);
    expect(openParts(partsOfPaste(`(#${link.fragment})`) ?? { ok: false, errors: [] }).ok).toBe(true);
    // A level's JSON that mentions a link in its text is still the level.
    const mentions = JSON.parse(text('stdp-pairing')) as { description: string };
    mentions.description = 'Shared as https://example.org/#level=abc';
    const pasted = openParts(partsOfPaste(JSON.stringify(mentions)) ?? { ok: false, errors: [] });
    expect(pasted.ok && pasted.level.description).toBe('Shared as https://example.org/#level=abc');
    expect(partsOfPaste('level=abc is what I typed')).toBeNull();
  });

  it('the address\'s #level= opens; an address without one is not a level', () => {
    const link = encodeLevelLink(builtInLevel('eyeblink-acquisition'));
    if (!link.ok) throw new Error('no link');
    expect(openParts(partsOfHash(`#${link.fragment}`) ?? { ok: false, errors: [] }).ok).toBe(true);
    expect(partsOfHash('')).toBeNull();
    expect(partsOfHash('#section-2')).toBeNull();
    expect(partsOfHash('#level=')?.ok).toBe(false);
  });
});

describe('Your levels', () => {
  it('keys never equal a built-in id, so a file reusing one cannot touch its progress', () => {
    const key = yourLevelKey('eyeblink-acquisition');
    expect(key).not.toBe('eyeblink-acquisition');
    expect(isYourLevelKey(key)).toBe(true);
    expect(isYourLevelKey('eyeblink-acquisition')).toBe(false);
    // Progress record keys are slugs: the key must be one (progressRecord.ts).
    expect(key).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
  });

  it('lists opened levels by title, a newer version replacing the older, with a link that reopens them', async () => {
    const yours = new YourLevels(() => Promise.reject(new Error('no shipped files in this test')));
    const level = builtInLevel('stdp-pairing');
    yours.add(level, new Map());
    const entry = yours.add({ ...level, title: 'Pairing, second draft' }, new Map());
    expect(yours.menuItems()).toEqual([{ id: 'yours.stdp-pairing', title: 'Pairing, second draft', group: 'Your levels' }]);
    expect(entry.urlFragment).toMatch(/^level=/);
    expect(await entry.load()).toMatchObject({ title: 'Pairing, second draft' });
  });

  it('a level with a short recording keeps it in its address link; one with over 256 KB of recordings has none (not packed on open)', () => {
    const yours = new YourLevels(() => Promise.reject(new Error('no shipped files in this test')));
    const level = { ...builtInLevel('songbird-wav-tutor'), id: 'mine' };
    expect(yours.add(level, new Map([['tutor.wav', wav]])).urlFragment).toMatch(/^level=/);
    // Silence packs to almost nothing, so it would fit in a link: it is the size that decides, before packing.
    expect(yours.add(level, new Map([['tutor.wav', new Uint8Array(256_001)]])).urlFragment).toBeNull();
  });
});
