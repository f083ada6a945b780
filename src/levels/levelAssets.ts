/**
 * The files a level refers to: today the WAV of a songbird tutor. Each path is relative to the level
 * file's folder (assetLocation.ts has the rule). Callers load them (the CLI and tests from disk, the
 * browser by fetch or from the files loaded with the level) and pass them to spawnLevel / runLevel as
 * `assets`, keyed by the path as the level writes it, so spawning stays pure.
 */
import type { PathSegment } from './errors';
import type { Level } from './schema/level';

export interface LevelAsset {
  /** Path relative to the level file's folder, e.g. "../assets/tutors/whistle-sweep.wav". */
  path: string;
  /** Where the level names it, e.g. ['circuits', 0, 'tutor', 'wav']. */
  field: PathSegment[];
}

export function levelAssets(level: Level): LevelAsset[] {
  const out: LevelAsset[] = [];
  level.circuits.forEach((circuit, i) => {
    if (circuit.kind === 'songbird' && 'wav' in circuit.tutor) out.push({ path: circuit.tutor.wav, field: ['circuits', i, 'tutor', 'wav'] });
  });
  return out;
}

export function levelAssetPaths(level: Level): string[] {
  return [...new Set(levelAssets(level).map((a) => a.path))];
}
