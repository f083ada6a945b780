/**
 * Level problems in the player's language: bad level files from the corpus (badCorpus.ts: malformed
 * JSON, wrong types, huge sizes, unknown fields…), opened by the page's path with the page in
 * Spanish, read as Spanish sentences (the field in words, the reason from its code); every code and
 * value kind has words in every real locale. Unit level: no browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { REAL_LOCALES } from '../../../src/i18n/locales';
import { CATALOGS, setLocale } from '../../../src/i18n/messages';
import { translatedOr } from '../../../src/i18n/definedWords';
import { EXPECTED_KINDS, GOT_KINDS, LEVEL_ERROR_CODES, type LevelError } from '../../../src/levels/errors';
import { setLabelTranslator } from '../../../src/levels/labels/labelWords';
import { levelFileParts, openSharedLevel } from '../../../src/levels/share';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { loadLevel } from '../../../src/levels/loadLevel';
import { problemInWords } from '../../../src/ui/open/problemWords';
import { badFiles, BASE_TEXT } from '../../levels/share/badCorpus';

const ENGLISH = /\b(must|got|is required|unknown field|invalid|too large|characters|items?|does not match|one of|a number|an object|nothing|in the file)\b/;

function errorsOf(file: { name: string; bytes: Uint8Array }): LevelError[] {
  const parts = levelFileParts(file);
  const opened = parts.ok ? openSharedLevel(parts) : parts;
  return opened.ok ? [] : opened.errors;
}

afterEach(() => { setLocale('en'); setLabelTranslator(null); });

describe('level problems in Spanish', () => {
  it('every code, expected kind and value kind has words in every real locale', () => {
    for (const locale of REAL_LOCALES) {
      const keys = [
        ...LEVEL_ERROR_CODES.map((code) => `game.levelError.${code}`),
        ...EXPECTED_KINDS.map((kind) => `game.levelError.expected.${kind}`),
        ...GOT_KINDS.map((kind) => `game.levelError.got.${kind}`),
      ];
      expect(keys.filter((key) => !(key in CATALOGS[locale])), locale).toEqual([]);
    }
  });

  it('a sample of the bad-file corpus opened in Spanish reads as Spanish sentences', () => {
    const coded = badFiles().filter((c) => c.file).map((c) => ({ name: c.name, errors: errorsOf(c.file!) }))
      .filter((c) => c.errors.length > 0 && c.errors.every((e) => e.code !== undefined));
    // Most of the corpus's schema and JSON errors carry a code (the sample is not a handful).
    expect(coded.length).toBeGreaterThanOrEqual(30);
    setLocale('es');
    setLabelTranslator(translatedOr);
    const english = coded.flatMap((c) => c.errors.map(problemInWords).filter((line) => ENGLISH.test(line)).map((line) => `${c.name}: ${line}`));
    expect(english).toEqual([]);
    const sample = coded.flatMap((c) => c.errors.map(problemInWords)).join('\n');
    expect(sample).toMatch(/debe ser|es obligatorio|campo desconocido|no es JSON válido/);
  });

  it('words a range error, a wrong type and a missing field in Spanish with the field in words', () => {
    setLocale('es');
    setLabelTranslator(translatedOr);
    const base = JSON.parse(BASE_TEXT) as { dtMs: number; populations: Array<{ count: unknown }>; title?: string };
    base.dtMs = 0;
    base.populations[0].count = 'many';
    delete base.title;
    const loaded = loadLevel(base);
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : loaded.errors.map(problemInWords);
    expect(lines.some((l) => /debe ser (mayor que|como mínimo) 0,?\d* \(valor dado: 0\) \(en el archivo: dtMs\)$/.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /debe ser un número( entero)? \(valor dado: "many"\) \(en el archivo: populations\[0\]\.count\)$/.test(l)), lines.join('\n')).toBe(true);
    expect(lines.some((l) => /es obligatorio \(en el archivo: title\)$/.test(l)), lines.join('\n')).toBe(true);
  });

  it('a player setting out of its range reads in Spanish', () => {
    const loaded = loadLevel(BASE_TEXT);
    if (!loaded.ok) throw new Error('stdp-pairing does not load');
    const parameter = loaded.level.playerParameters[0];
    const changed = applyPlayerSetting(loaded.level, parameter.path, parameter.max + 1000);
    expect(changed.ok).toBe(false);
    setLocale('es');
    const error = changed.ok ? undefined : changed.errors[0];
    expect(codedReason(error!)).toMatch(/^debe estar entre .* \(valor dado: .*\)$/);
  });
});
