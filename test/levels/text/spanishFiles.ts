/** Reads the built-in levels, the campaign and their Spanish text files for the level-text tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const levelsDir = new URL('../../../levels/', import.meta.url);
export const spanishDir = new URL('locales/es/', levelsDir);

export const builtInLevelIds: readonly string[] = readdirSync(levelsDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** The built-in files (level ids and "campaign") that have a Spanish text file. */
export const translatedIds: readonly string[] = existsSync(spanishDir)
  ? readdirSync(spanishDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort()
  : [];

export function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

export function englishData(id: string): unknown {
  return readJson(new URL(`${id}.json`, levelsDir));
}

export function englishText(id: string): string {
  return readFileSync(new URL(`${id}.json`, levelsDir), 'utf8');
}

export function spanishText(id: string): string {
  return readFileSync(new URL(`${id}.json`, spanishDir), 'utf8');
}

export function spanishTranslations(id: string): Record<string, string> {
  return JSON.parse(spanishText(id)) as Record<string, string>;
}
