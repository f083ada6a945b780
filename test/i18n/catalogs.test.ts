// The string files are complete: every key English has, each real locale has (with the same
// placeholders and the plural forms its language needs), and every key the code or the page names exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_LOCALES } from '../../src/i18n/locales';
import { CATALOGS, placeholdersOf } from '../../src/i18n/messages';

const english = CATALOGS.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys named literally in the code: t('game.play'), t("game.play", …), tKey('…') (a key kept for later). */
function keysNamedIn(text: string): string[] {
  return [...text.matchAll(/\b(?:t|tKey)\(\s*['"]([a-zA-Z0-9_.-]+)['"]/g)].map((m) => m[1]);
}

describe('string files', () => {
  it('name each key once (JSON keeps only the last of two equal keys, silently losing the first message)', () => {
    const stringsDir = new URL('../../src/i18n/strings/', import.meta.url);
    const repeated: string[] = [];
    for (const locale of readdirSync(stringsDir)) {
      for (const file of readdirSync(new URL(`${locale}/`, stringsDir)).filter((name) => name.endsWith('.json'))) {
        const keys = [...readFileSync(new URL(`${locale}/${file}`, stringsDir), 'utf8').matchAll(/^ {2}"((?:[^"\\]|\\.)*)":/gm)].map((m) => m[1]);
        const seen = new Set<string>();
        for (const key of keys) {
          if (seen.has(key)) repeated.push(`${locale}/${file}: ${key}`);
          seen.add(key);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  for (const locale of REAL_LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English key, no extra ones, and the same placeholders`, () => {
      const catalog = CATALOGS[locale];
      const missing = Object.keys(english).filter((key) => !(key in catalog));
      const extra = Object.keys(catalog).filter((key) => !(key in english));
      expect(missing, `keys missing from ${locale}`).toEqual([]);
      expect(extra, `keys in ${locale} that English does not have`).toEqual([]);
      const differing = Object.keys(english).filter((key) =>
        JSON.stringify(placeholdersOf(english[key])) !== JSON.stringify(placeholdersOf(catalog[key])));
      expect(differing, `messages whose placeholders differ between en and ${locale}`).toEqual([]);
    });

    it(`${locale}'s plural messages have the forms ${locale} needs`, () => {
      // The forms counts up to 1000 and halves select (Spanish's "many" is only for millions; "other" covers it).
      const rules = new Intl.PluralRules(locale);
      const needed = [...new Set(Array.from({ length: 2001 }, (_, i) => rules.select(i / 2)))];
      const lacking = Object.entries(CATALOGS[locale])
        .filter(([, message]) => typeof message !== 'string')
        .filter(([, message]) => needed.some((category) => !(category in (message as object))))
        .map(([key]) => key);
      expect(lacking).toEqual([]);
    });
  }

  it('English plural messages have "one" and "other"', () => {
    const lacking = Object.entries(english).filter(([, m]) => typeof m !== 'string' && !('one' in m && 'other' in m));
    expect(lacking.map(([key]) => key)).toEqual([]);
  });

  it('no message is empty', () => {
    for (const locale of REAL_LOCALES) {
      const empty = Object.entries(CATALOGS[locale]).filter(([, m]) =>
        (typeof m === 'string' ? [m] : Object.values(m)).some((text) => text.trim() === ''));
      expect(empty.map(([key]) => key), locale).toEqual([]);
    }
  });

  it('every key the code names exists in English', () => {
    const named = sourceFiles('src').flatMap((file) => keysNamedIn(readFileSync(file, 'utf8')).map((key) => ({ file, key })));
    expect(named.filter(({ key }) => !(key in english))).toEqual([]);
  });

  it('every key index.html names (data-i18n, data-i18n-<attribute>) exists in English', () => {
    const html = readFileSync('index.html', 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });
});
