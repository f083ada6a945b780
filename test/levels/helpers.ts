import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatLevelError, loadLevel, type LevelError } from '../../src/levels';
import { applyPlayerSetting } from '../../src/levels/playerSettings';
import { readLevelAssets } from '../../src/cli/readLevelAssets';
import type { Level } from '../../src/levels/schema/level';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A fresh mutable copy of a fixture's data. */
export function fixture(name: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(fixtureText(name)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The formatted error lines for some level data (fails the test if it loads). */
export function errorLines(input: unknown): string[] {
  const result = loadLevel(input);
  if (result.ok) throw new Error('expected the level to be rejected');
  return result.errors.map((e: LevelError) => formatLevelError(e));
}

/** A built-in level (levels/<id>.json) with player settings applied, as its sliders would before the start. */
export function builtInLevel(id: string, settings: Record<string, number> = {}): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  let level = loaded.level;
  for (const [path, value] of Object.entries(settings)) {
    const set = applyPlayerSetting(level, path, value);
    if (!set.ok) throw new Error(`${id}: ${JSON.stringify(set.errors)}`);
    level = set.level;
  }
  return level;
}

/** The files a built-in level (levels/<id>.json) refers to, read relative to its file as npm run sim reads them. */
export function builtInLevelAssets(level: Level): Map<string, Uint8Array> {
  const read = readLevelAssets(level, fileURLToPath(new URL(`../../levels/${level.id}.json`, import.meta.url)));
  if (read.errors.length > 0) throw new Error(`${level.id}: ${JSON.stringify(read.errors)}`);
  return read.assets;
}

/** A level parsed and checked from raw data (fails the test with its errors if it does not load). */
export function loadOk(raw: unknown): Level {
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

/** The errors (path and message) for some level data; [] when it loads. */
export function errorsOf(raw: unknown): LevelError[] {
  const loaded = loadLevel(raw);
  return loaded.ok ? [] : loaded.errors;
}
