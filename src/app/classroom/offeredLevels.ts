/**
 * The levels a teacher's link offers, as chapters for the menus: one chapter holding the offered
 * levels in the link's order (each keeps its title, stars and sandbox flag from the campaign), so the
 * level menu, the campaign menu and the result card's Next (nextLevelId) all follow that order and
 * offer nothing else. Pure.
 */
import type { Chapter, ChapterLevel } from '../../ui/campaign/chapters';

export function offeredChapters(all: readonly Chapter[], offered: readonly string[] | null, title: string, extra: (id: string) => ChapterLevel | undefined = () => undefined): readonly Chapter[] {
  if (offered === null) return all;
  const levels = all.flatMap((c) => c.levels);
  const chosen = offered
    .map((id) => levels.find((l) => l.id === id) ?? extra(id))
    .filter((l): l is ChapterLevel => l !== undefined);
  return [{ title, levels: chosen }];
}

/** The level a link opens first: level=, else the chosen chapter's first offered level, else the first offered level. */
export function firstLinkedLevel(all: readonly Chapter[], settings: { level: string | null; chapter: number | null; offered: readonly string[] | null }): string | null {
  if (settings.level !== null) return settings.level;
  const campaign = all.filter((c) => c.id !== undefined);
  if (settings.chapter !== null && settings.chapter < campaign.length) {
    const first = campaign[settings.chapter].levels.find((l) => settings.offered === null || settings.offered.includes(l.id));
    if (first !== undefined) return first.id;
  }
  return settings.offered?.[0] ?? null;
}
