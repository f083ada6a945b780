/**
 * What a level's trials are called: the first of its circuits that names them ("rendition" for a song,
 * "year" for a developing brain, "block" for the belief learners), else "trial". The plots' axes, the
 * status line, the result card and the star notes all say the same word (scene.noun.<noun>.*; the
 * page's ui/trialCountText.ts words a count of them).
 */
import { CIRCUIT_DEFINITIONS } from '../../circuits/registry';
import type { Level } from '../schema/level';

export function trialNounOf(level: Pick<Level, 'circuits'> | null): string {
  for (const c of level?.circuits ?? []) {
    const noun = CIRCUIT_DEFINITIONS.find((d) => d.kind === c.kind)?.trialNoun;
    if (noun) return noun;
  }
  return 'trial';
}
