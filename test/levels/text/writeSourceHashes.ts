/**
 * `npm run strings:levels`: records, for each translated level text (levels/locales/<locale>/<id>.json),
 * the hash of the English text it translates (levels/locales/<locale>/source-hashes/<id>.json), for
 * entries that have none yet; lists entries whose English changed since (stale translations) and
 * exits 1 while there are any.
 * `npm run strings:levels -- --accept <id> [<id> …]` re-records every hash of those files: run it after
 * re-translating the texts it listed (accepting without re-translating hides the change).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { campaignTextPaths, levelTextPaths } from '../../../src/levels/text/levelTextPaths';
import { sourceHash } from '../../../src/levels/text/sourceHash';

const localesDir = new URL('../../../levels/locales/', import.meta.url);
const levelsDir = new URL('../../../levels/', import.meta.url);

export type SourceHashes = Record<string, string>;

export function englishAt(data: unknown, pointer: string): string {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], data) as string;
}

export function hashFileOf(locale: string, id: string): URL {
  return new URL(`${locale}/source-hashes/${id}.json`, localesDir);
}

export function translatedFiles(): Array<{ locale: string; id: string }> {
  return readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, localesDir)).filter((f) => f.endsWith('.json')).map((f) => ({ locale: d.name, id: f.replace(/\.json$/, '') })));
}

export function readHashes(locale: string, id: string): SourceHashes {
  const file = hashFileOf(locale, id);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceHashes) : {};
}

/** The English text of every translatable pointer of the file, in document order. */
export function englishTexts(id: string): Map<string, string> {
  const data: unknown = JSON.parse(readFileSync(new URL(`${id}.json`, levelsDir), 'utf8'));
  const pointers = id === 'campaign' ? campaignTextPaths(data) : levelTextPaths(data);
  return new Map(pointers.map((pointer) => [pointer, englishAt(data, pointer)]));
}

function main(args: readonly string[]): number {
  const accept = args.includes('--accept') ? new Set(args.slice(args.indexOf('--accept') + 1)) : new Set<string>();
  const stale: string[] = [];
  for (const { locale, id } of translatedFiles()) {
    const translations = JSON.parse(readFileSync(new URL(`${locale}/${id}.json`, localesDir), 'utf8')) as Record<string, string>;
    const recorded = readHashes(locale, id);
    const english = englishTexts(id);
    const next: SourceHashes = {};
    for (const pointer of Object.keys(translations)) {
      const text = english.get(pointer);
      if (text === undefined) continue;
      const now = sourceHash(text);
      if (recorded[pointer] === undefined || accept.has(id)) next[pointer] = now;
      else {
        next[pointer] = recorded[pointer];
        if (recorded[pointer] !== now) stale.push(`${locale}/${id}.json ${pointer}`);
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(recorded)) {
      mkdirSync(new URL(`${locale}/source-hashes/`, localesDir), { recursive: true });
      writeFileSync(hashFileOf(locale, id), `${JSON.stringify(next, null, 2)}\n`);
      console.log(`wrote ${locale}/source-hashes/${id}.json`);
    }
  }
  if (stale.length > 0) {
    console.error(`The English of these texts changed since they were translated; re-translate them, then run npm run strings:levels -- --accept <id>:\n  ${stale.join('\n  ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main(process.argv.slice(2));
