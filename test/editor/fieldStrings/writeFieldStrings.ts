/**
 * `npm run strings:editor`: checks that the editor's field entries in src/i18n/strings/{en,es}/editor.json
 * match the schema (every field the forms can show has its English, word for word, and its Spanish);
 * exits 1 and says what to do when the schema gained, lost or reworded a field.
 * `npm run strings:editor -- --write [--translations file.json]` rewrites the field entries: English
 * from the schema; Spanish kept where the English is unchanged, else taken from any entry (or the
 * given file of English → Spanish) with the same English. Texts still lacking Spanish are listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { allFieldTexts, englishFieldEntries } from './fieldStringKeys';

type StringFile = Record<string, string | Record<string, string>>;

const FIELD_PREFIX = 'field.';
const fileOf = (locale: string) => new URL(`../../../src/i18n/strings/${locale}/editor.json`, import.meta.url);
const read = (locale: string) => JSON.parse(readFileSync(fileOf(locale), 'utf8')) as StringFile;

/** The file's own (non-field) entries as they are, then the field entries sorted by key. */
function withFields(file: StringFile, fields: ReadonlyMap<string, string>): StringFile {
  const out: StringFile = {};
  for (const [key, message] of Object.entries(file)) if (!key.startsWith(FIELD_PREFIX)) out[key] = message;
  for (const key of [...fields.keys()].sort()) out[key] = fields.get(key)!;
  return out;
}

function main(args: readonly string[]): number {
  const english = new Map([...englishFieldEntries(allFieldTexts())].map(([key, text]) => [key.replace(/^editor\./, ''), text]));
  const en = read('en');
  const es = read('es');
  if (!args.includes('--write')) {
    const stale = [...english].filter(([key, text]) => en[key] !== text).map(([key]) => key);
    const extra = Object.keys(en).filter((key) => key.startsWith(FIELD_PREFIX) && !english.has(key));
    const untranslated = [...english.keys()].filter((key) => typeof es[key] !== 'string');
    for (const [what, keys] of [['English entries missing or not what the schema says', stale], ['English entries no field has', extra], ['Spanish entries missing', untranslated]] as const) {
      if (keys.length > 0) console.error(`${what} (${keys.length}): ${keys.slice(0, 20).join(', ')}${keys.length > 20 ? ', …' : ''}`);
    }
    if (stale.length + extra.length + untranslated.length === 0) {
      console.log(`editor field strings match the schema: ${english.size} keys in en and es`);
      return 0;
    }
    console.error('Run `npm run strings:editor -- --write`, then translate what it lists into es/editor.json.');
    return 1;
  }
  const spanishOf = new Map<string, string>();
  for (const [key, text] of Object.entries(en)) if (typeof text === 'string' && typeof es[key] === 'string') spanishOf.set(text, es[key] as string);
  const fileIndex = args.indexOf('--translations');
  if (fileIndex >= 0) {
    for (const [text, spanish] of Object.entries(JSON.parse(readFileSync(args[fileIndex + 1], 'utf8')) as Record<string, string>)) spanishOf.set(text, spanish);
  }
  const spanish = new Map<string, string>();
  const lacking = new Set<string>();
  for (const [key, text] of english) {
    const kept = en[key] === text && typeof es[key] === 'string' ? es[key] as string : spanishOf.get(text);
    if (kept === undefined) lacking.add(text);
    else spanish.set(key, kept);
  }
  writeFileSync(fileOf('en'), `${JSON.stringify(withFields(en, english), null, 2)}\n`);
  writeFileSync(fileOf('es'), `${JSON.stringify(withFields(es, spanish), null, 2)}\n`);
  console.log(`wrote ${english.size} field keys; ${lacking.size} English texts still lack Spanish`);
  if (lacking.size > 0) writeFileSync('test-output/editor-field-texts-to-translate.json', `${JSON.stringify(Object.fromEntries([...lacking].map((text) => [text, ''])), null, 2)}\n`);
  return lacking.size > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
