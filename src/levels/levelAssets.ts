/**
 * The files a level refers to, as each circuit's definition lists them (a WAV tutor). Each path is
 * relative to the level file's folder (assetLocation.ts has the rule). Callers load them (the CLI and
 * tests from disk, the browser by fetch or from the files loaded with the level) and pass them to
 * spawnLevel / runLevel as `assets`, keyed by the path as the level writes it, so spawning stays pure.
 */
import { circuitDefinitionOf } from '../circuits/registry';
import type { PathSegment } from './errors';
import type { Level } from './schema/level';

export interface LevelAsset {
  /** Path relative to the level file's folder, e.g. "my-bird.wav" or "assets:tutors/whistle-sweep.wav". */
  path: string;
  /** Where the level names it, e.g. ['circuits', 0, 'tutor', 'wav']. */
  field: PathSegment[];
}

export function levelAssets(level: Level): LevelAsset[] {
  const out: LevelAsset[] = [];
  level.circuits.forEach((circuit, i) => {
    for (const asset of circuitDefinitionOf(circuit.kind).assets?.(circuit) ?? []) out.push({ path: asset.path, field: ['circuits', i, ...asset.field] });
  });
  return out;
}

export function levelAssetPaths(level: Level): string[] {
  return [...new Set(levelAssets(level).map((a) => a.path))];
}
