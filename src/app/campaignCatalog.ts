/**
 * The campaign menu's chapters: from levels/campaign.json (checked by loadCampaign against the
 * built-in level ids), each chapter's short levels then its sandbox; built-in levels the manifest
 * does not name follow in an "Other levels" chapter so every level stays reachable. Without a
 * valid manifest the chapters are the level menu's groups, with a warning naming the problem.
 */
import { loadCampaign } from '../levels/campaign/loadCampaign';
import type { Chapter } from '../ui/campaign/chapters';
import { chaptersByGroup } from '../ui/campaign/chapters';
import { LEVEL_GROUPS, type LevelEntry } from './levelCatalog';
import { localizedCampaign } from './levelLanguage';
import { t } from '../i18n/messages';

const manifests = import.meta.glob<unknown>('../../levels/campaign.json', { eager: true, import: 'default' });
const builtInManifest: unknown = Object.values(manifests)[0];

export interface CampaignChapters {
  chapters: Chapter[];
  warning: string | null;
}

/** The chapters; the built-in manifest is read in the page's language (levelLanguage.ts). */
export function campaignChapters(levels: readonly LevelEntry[], manifest: unknown = localizedCampaign(builtInManifest)): CampaignChapters {
  if (manifest === undefined) return { chapters: chaptersByGroup(levels, LEVEL_GROUPS), warning: null };
  const loaded = loadCampaign(manifest, { levelIds: levels.map((l) => l.id) });
  if (!loaded.ok) {
    const problems = loaded.errors.slice(0, 3).map((e) => `${e.path || '(top)'}: ${e.message}`).join('; ');
    return { chapters: chaptersByGroup(levels, LEVEL_GROUPS), warning: t('game.campaign.fileUnreadable', { problems }) };
  }
  const titleOf = (id: string): string => levels.find((l) => l.id === id)?.title ?? id;
  const maxStarsOf = (id: string): number => levels.find((l) => l.id === id)?.maxStars ?? 1;
  const named = new Set<string>();
  const chapters: Chapter[] = loaded.campaign.chapters.map((c) => {
    for (const id of [...c.levels, c.sandbox]) named.add(id);
    return {
      id: c.id,
      title: c.title,
      summary: c.summary,
      levels: [...c.levels.map((id) => ({ id, title: titleOf(id), maxStars: maxStarsOf(id) })), { id: c.sandbox, title: titleOf(c.sandbox), sandbox: true, maxStars: maxStarsOf(c.sandbox) }],
    };
  });
  const others = levels.filter((l) => !named.has(l.id));
  if (others.length > 0) chapters.push({ title: t('game.campaign.otherLevels'), levels: others.map(({ id, title, maxStars }) => ({ id, title, maxStars })) });
  return { chapters, warning: null };
}

/** The Level dropdown's contents: one group per chapter, in campaign order, each level once. */
export interface LevelMenu {
  readonly items: ReadonlyArray<{ id: string; title: string; group: string }>;
  readonly groups: readonly string[];
}

/**
 * The Level dropdown in campaign order (chapter 1's first level first, each chapter an optgroup,
 * then "Other levels"), so it reads as the campaign menu does. A group title used twice gets its
 * position, so no level disappears into another chapter's group.
 */
export function levelMenuOf(chapters: readonly Chapter[]): LevelMenu {
  const groups: string[] = [];
  const items: Array<{ id: string; title: string; group: string }> = [];
  const seen = new Set<string>();
  chapters.forEach((chapter, i) => {
    const group = groups.includes(chapter.title) ? `${chapter.title} (${i + 1})` : chapter.title;
    groups.push(group);
    for (const level of chapter.levels) {
      if (seen.has(level.id)) continue;
      seen.add(level.id);
      items.push({ id: level.id, title: level.title, group });
    }
  });
  return { items, groups };
}

/**
 * Whether a ?level= link should open `id` as a campaign level: one of the short levels of a chapter
 * from the campaign manifest (those chapters end with their sandbox; "Other levels" and the fallback
 * groups have none). Sandboxes and levels outside the campaign open as plain levels.
 */
export function isCampaignLevel(chapters: readonly Chapter[], id: string): boolean {
  return chapters.some((c) => c.levels.some((l) => l.sandbox) && c.levels.some((l) => l.id === id && !l.sandbox));
}

/** Whether `id` is a chapter's free-play level in the campaign manifest (never "complete", runs on). */
export function isSandboxLevel(chapters: readonly Chapter[], id: string): boolean {
  return chapters.some((c) => c.levels.some((l) => l.id === id && l.sandbox === true));
}
