/**
 * Round trips of every share codec: level → file → open, level → bundle → open, level → link → open
 * give the identical level (and files); and a level opened from a file runs to the same state hash
 * as the built-in it came from (runLevel, 200 ms, the level's own seed).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/messages';
import { problemsAfterLeadIn } from '../../../src/ui/open/problemWords';
import { runLevel } from '../../../src/levels/runLevel';
import {
  assetsToShare, decodeLevelBundle, decodeLevelLink, encodeLevelBundle, encodeLevelLink, LEVEL_SCHEMA_REF,
  levelFileName, levelFileParts, levelFileText, openSharedLevel, MAX_LINK_CHARS,
} from '../../../src/levels/share';
import type { Level } from '../../../src/levels/schema/level';
import { builtInLevel, builtInLevelAssets } from '../helpers';

const BUILT_INS = ['eyeblink-acquisition', 'stdp-pairing', 'dopamine-acquisition', 'songbird-tutor', 'calcium-ltp'];

/** A built-in's tutor recording as the level's own file ("tutor.wav" in its folder), as a designer would ship it. */
function levelWithOwnRecording(): { level: Level; assets: Map<string, Uint8Array> } {
  const base = builtInLevel('songbird-wav-tutor');
  const wav = new Uint8Array(readFileSync(new URL('../../../assets/tutors/whistle-sweep.wav', import.meta.url)));
  const circuits = base.circuits.map((c) => ('tutor' in c && c.tutor ? { ...c, tutor: { ...c.tutor, wav: 'tutor.wav' } } : c)) as Level['circuits'];
  return { level: { ...base, id: 'my-whistle', circuits }, assets: new Map([['tutor.wav', wav]]) };
}

function opened(parts: ReturnType<typeof decodeLevelBundle>) {
  if (!parts.ok) throw new Error(JSON.stringify(parts.errors));
  const result = openSharedLevel(parts);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

afterEach(() => setLocale('en'));

describe('level file', () => {
  it.each(BUILT_INS)('%s: level → file → open gives the identical level', (id) => {
    const level = builtInLevel(id);
    const file = levelFileText(level);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.text.startsWith(`{\n  "$schema": "${LEVEL_SCHEMA_REF}",`)).toBe(true);
    const back = opened(levelFileParts({ name: `${id}.json`, bytes: new TextEncoder().encode(file.text) }));
    expect(back.level).toEqual({ ...level, $schema: LEVEL_SCHEMA_REF });
  });

  it('a draft that is not a valid level is still written (work in progress), and opening it names the problems', () => {
    const draft = { schemaVersion: 3, id: 'half-done', title: 'Half done', populations: [{ id: 'a', count: -1 }] };
    const file = levelFileText(draft);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(JSON.parse(file.text)).toEqual({ $schema: LEVEL_SCHEMA_REF, ...draft });
    const parts = levelFileParts({ name: 'half-done.json', bytes: new TextEncoder().encode(file.text) });
    expect(parts.ok).toBe(true);
    if (!parts.ok) return;
    const result = openSharedLevel(parts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain('seed');
  });

  it('refuses a draft that JSON cannot carry, naming where', () => {
    const draft = { schemaVersion: 3, id: 'x', dtMs: Number.NaN };
    expect(levelFileText(draft)).toEqual({ ok: false, errors: [{ path: 'dtMs', message: 'must be a finite number, got NaN' }] });
  });

  it('names files after the level id, or "level" when it has none', () => {
    expect(levelFileName(builtInLevel('stdp-pairing'), 'json')).toBe('stdp-pairing.json');
    expect(levelFileName({ id: '../../evil' }, 'zip')).toBe('level.zip');
  });
});

describe('level bundle', () => {
  it('level with its recording → bundle → open gives the identical level and the same bytes', () => {
    const { level, assets } = levelWithOwnRecording();
    const bundle = encodeLevelBundle(level, assets);
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    const back = opened(levelFileParts({ name: 'my-whistle.zip', bytes: bundle.bytes }));
    expect(back.level).toEqual({ ...level, $schema: LEVEL_SCHEMA_REF });
    expect([...back.assets.keys()]).toEqual(['tutor.wav']);
    expect(back.assets.get('tutor.wav')).toEqual(assets.get('tutor.wav'));
  });

  it('the same level gives the same bundle bytes (a fixed entry time)', () => {
    const { level, assets } = levelWithOwnRecording();
    const a = encodeLevelBundle(level, assets);
    const b = encodeLevelBundle(level, assets);
    expect(a.ok && b.ok && Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('assetsToShare takes the level\'s own files and leaves Synaptica\'s shipped ones', () => {
    const { level, assets } = levelWithOwnRecording();
    const shared = assetsToShare(level, assets);
    expect(shared.ok && [...shared.assets.keys()]).toEqual(['tutor.wav']);
    const builtIn = builtInLevel('songbird-wav-tutor');
    const none = assetsToShare(builtIn, builtInLevelAssets(builtIn));
    expect(none.ok && none.assets.size).toBe(0);
    expect(assetsToShare(level, new Map())).toEqual({ ok: false, errors: [{ path: 'circuits[0].tutor.wav', message: 'the file "tutor.wav" is not loaded, so it cannot be shared' }] });
  });
});

describe('level link', () => {
  it.each(BUILT_INS)('%s: level → link → open gives the identical level', (id) => {
    const level = builtInLevel(id);
    const link = encodeLevelLink(level);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fragment).toMatch(/^level=[A-Za-z0-9_-]+$/);
    expect(link.fragment.length).toBeLessThan(MAX_LINK_CHARS);
    const back = opened(decodeLevelLink(`https://example.org/synaptica/#${link.fragment}`));
    expect(back.level).toEqual(level);
  });

  it('a level with a short recording fits in a link with it', () => {
    const { level, assets } = levelWithOwnRecording();
    const link = encodeLevelLink(level, assets);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const back = opened(decodeLevelLink(`#${link.fragment}`));
    expect(back.level).toEqual({ ...level, $schema: LEVEL_SCHEMA_REF });
    expect(back.assets.get('tutor.wav')).toEqual(assets.get('tutor.wav'));
  });

  it('a recording too large for a link is refused with the reason and the way on', () => {
    const { level } = levelWithOwnRecording();
    // Noise does not compress: 60 KB of it cannot fit in MAX_LINK_CHARS base64url characters.
    const noise = new Uint8Array(60_000);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; noise[i] = x >>> 24; }
    const link = encodeLevelLink(level, new Map([['tutor.wav', noise]]));
    expect(link.ok).toBe(false);
    if (link.ok) return;
    // Refused by the quick check (linkBudget.ts) before any bundle is packed: "more than" what it packed so far.
    const message = link.errors[0].message;
    expect(message).toMatch(/^this level's tutor recording is too large for a link: with its recording \("tutor.wav", 60.0 KB\) it needs more than \d+ characters, and a link holds at most 48000; share the file instead$/);
    expect(Number(/more than (\d+)/.exec(message)?.[1])).toBeGreaterThan(48_000);
    // The page words it in its language from the code, never with the file-as-a-whole path "(root)".
    expect(problemsAfterLeadIn(link.errors)).toBe(message);
    setLocale('es');
    expect(problemsAfterLeadIn(link.errors)).toMatch(/^la grabación del tutor de este nivel es demasiado grande para un enlace: con sus archivos \("tutor.wav", 60 KB\) necesita al menos [\d.\s]+ caracteres, y un enlace admite como máximo 48[.\s]?000; comparte el archivo en su lugar$/);
  });

  it('an opened level runs to the same state hash as the built-in (runLevel, 200 ms, the level seed)', () => {
    const level = builtInLevel('eyeblink-acquisition');
    const link = encodeLevelLink(level);
    if (!link.ok) throw new Error('no link');
    const back = opened(decodeLevelLink(link.fragment));
    const original = runLevel(level, { durationMs: 200 });
    const reopened = runLevel(back.level, { durationMs: 200 });
    if (!original.ok || !reopened.ok) throw new Error('the level did not run');
    expect(reopened.result.stateHash).toBe(original.result.stateHash);
  });
});
