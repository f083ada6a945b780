/**
 * What the page opens with. A `?level=` link to a built-in level opens that level; anything else
 * (no link, or a link that names no level) lands on the welcome, which starts the campaign or, for a
 * returning player, continues it. A bad link is said in words, never silently replaced by some other
 * level, and what it asked for is shortened before it is shown (a link can carry kilobytes).
 * Pure: no DOM, so the rules are unit-tested.
 */
import type { Chapter } from '../ui/campaign/chapters';
import type { Progress } from './progress/progressRecord';
import { t } from '../i18n/messages';

export type StartChoice =
  | { readonly kind: 'level'; readonly id: string }
  | { readonly kind: 'welcome'; readonly badLink: string | null };

/** At most this many characters of a link's level id are shown. */
export const SHOWN_ID_CHARS = 40;

/**
 * `text` made safe to show in one line: control characters and runs of spaces become one space, and
 * anything past `maxChars` is cut with "…". The page shows it as text (textContent), never as HTML.
 */
export function shortForDisplay(text: string, maxChars = SHOWN_ID_CHARS): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= maxChars ? flat : `${chars.slice(0, maxChars).join('')}…`;
}

/** The words for a `?level=` that names no built-in level. */
export function badLinkMessage(asked: string): string {
  const shown = shortForDisplay(asked);
  const length = [...asked].length;
  return length > SHOWN_ID_CHARS ? t('game.badLink.noLevelShortened', { name: shown, length: String(length) }) : t('game.badLink.noLevel', { name: shown });
}

/** `?level=<id>` opens that level when it exists; otherwise the welcome, with the bad link named. */
export function chooseStart(search: string, ids: readonly string[]): StartChoice {
  const asked = new URLSearchParams(search).get('level');
  if (asked === null || asked === '') return { kind: 'welcome', badLink: null };
  if (ids.includes(asked)) return { kind: 'level', id: asked };
  return { kind: 'welcome', badLink: asked };
}

/** The player has played before: a level attempted or finished, or a prediction made (settings alone do not count). */
export function hasPlayed(progress: Progress): boolean {
  return progress.predictions.length > 0 || Object.values(progress.levels).some((l) => l.attempts > 0 || l.completed);
}

/** A campaign chapter (one that ends with its sandbox; "Other levels" has none). */
function isCampaignChapter(chapter: Chapter): boolean {
  return chapter.levels.some((l) => l.sandbox);
}

/** The campaign's first short level (chapter 1, level 1), or null without a campaign. */
export function firstCampaignLevel(chapters: readonly Chapter[]): { id: string; title: string } | null {
  for (const chapter of chapters.filter(isCampaignChapter)) {
    const level = chapter.levels.find((l) => !l.sandbox);
    if (level) return { id: level.id, title: level.title };
  }
  return null;
}

/** The first short level of the campaign, in chapter order, that the player has not finished; null when all are. */
export function nextUnfinishedLevel(chapters: readonly Chapter[], progress: Progress): { id: string; title: string } | null {
  for (const chapter of chapters.filter(isCampaignChapter)) {
    const level = chapter.levels.find((l) => !l.sandbox && !progress.levels[l.id]?.completed);
    if (level) return { id: level.id, title: level.title };
  }
  return null;
}

/** The first chapter's free-play level (its sandbox), or null. */
export function firstSandbox(chapters: readonly Chapter[]): { id: string; title: string } | null {
  const level = chapters.flatMap((c) => c.levels).find((l) => l.sandbox);
  return level ? { id: level.id, title: level.title } : null;
}
