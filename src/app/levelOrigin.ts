/**
 * Where a level the page plays comes from, when it is not one of the game's own: the editor's draft
 * (a preview, nothing saved) or a level opened from a file or link ("Your levels", stars saved apart,
 * in no chapter). Both play as a campaign level does; the side panel and the cards say which.
 */
import type { Chapter } from '../ui/campaign/chapters';
import { isCampaignLevel } from './campaignCatalog';
import { DRAFT_SESSION_ID } from './editor/draftSession';
import type { YourLevels } from './open/yourLevels';

/** The words for where `id` comes from; null for a built-in level. */
export function levelOriginText(id: string, yourLevels: YourLevels): string | null {
  if (id === DRAFT_SESSION_ID) return 'A preview of your draft from the editor: its stars and answers count for this run only and are not saved.';
  // A teacher opening a link someone sent must learn it is a made level, and where to find it again.
  if (yourLevels.has(id)) return 'A level someone made, opened from a file or link: not one of the game\'s own levels. It is kept under "Your levels" in the level menu; its stars are saved apart and do not count toward the campaign\'s chapters.';
  return null;
}

/** Whether `id` plays as a campaign level (cards, questions, stars, stops at its goal): a chapter's level, one of Your levels, the editor's draft. */
export function playsAsCampaign(id: string, chapters: readonly Chapter[], yourLevels: YourLevels): boolean {
  return isCampaignLevel(chapters, id) || yourLevels.has(id) || id === DRAFT_SESSION_ID;
}
