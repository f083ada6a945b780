/**
 * Where a level the page plays comes from, when it is not one of the game's own: the editor's draft
 * (a preview, nothing saved) or a level opened from a file or link ("Your levels", stars saved apart,
 * in no chapter). Both play as a campaign level does; the side panel and the cards say which.
 */
import type { Chapter } from '../ui/campaign/chapters';
import { isCampaignLevel } from './campaignCatalog';
import { DRAFT_SESSION_ID } from './editor/draftSession';
import type { YourLevels } from './open/yourLevels';
import { isRecordedTutorId } from '../levels/recordedTutorLevel';
import { t } from '../i18n/messages';

/** The words for where `id` comes from; null for a built-in level. */
export function levelOriginText(id: string, yourLevels: YourLevels): string | null {
  if (id === DRAFT_SESSION_ID) return t('game.origin.draft');
  // A teacher opening a link someone sent must learn it is a made level, and where to find it again.
  // One saved by Record a tutor says its tutor is a recording, not "a level someone made".
  if (yourLevels.has(id)) return t(isRecordedTutorId(id) ? 'recorder.origin' : 'game.origin.yours');
  return null;
}

/** Whether `id` plays as a campaign level (cards, questions, stars, stops at its goal): a chapter's level, one of Your levels, the editor's draft. */
export function playsAsCampaign(id: string, chapters: readonly Chapter[], yourLevels: YourLevels): boolean {
  return isCampaignLevel(chapters, id) || yourLevels.has(id) || id === DRAFT_SESSION_ID;
}
