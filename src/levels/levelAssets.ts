/**
 * The files a level refers to (paths under assets/): today the WAV of a songbird tutor. Callers load
 * them (the CLI and tests from disk, the browser by fetch) and pass them to spawnLevel / runLevel as
 * `assets`, so spawning stays pure.
 */
import type { PathSegment } from './errors';
import type { Level } from './schema/level';

export interface LevelAsset {
  /** Path under assets/, e.g. "tutors/whistle-sweep.wav". */
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
