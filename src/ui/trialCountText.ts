/** "20 years", "1 rendition", "3 trials": a count of a level's trials in its own word (levels/labels/trialNoun.ts). */
import { t } from '../i18n/messages';
import { trialNounOf } from '../levels/labels/trialNoun';
import type { Level } from '../levels/schema/level';

export function trialCountText(level: Pick<Level, 'circuits'> | null, count: number): string {
  return t(`scene.noun.${trialNounOf(level)}.count`, { count });
}
