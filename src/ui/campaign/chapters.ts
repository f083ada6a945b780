import { catalogGroupLabel } from '../../levels/labels/catalogGroupLabel';

/** The campaign menu's chapters (from the campaign manifest, or the level menu's groups without one). */
export interface ChapterLevel {
  readonly id: string;
  readonly title: string;
  /** The chapter's free-play level. */
  readonly sandbox?: boolean;
  /** The most stars it gives (the menu's default maximum when absent). */
  readonly maxStars?: number;
}

export interface Chapter {
  /** The campaign manifest's chapter id (a teacher link's chapter=); absent for groups and "Other levels". */
  readonly id?: string;
  readonly title: string;
  readonly summary?: string;
  readonly levels: readonly ChapterLevel[];
}

/** Chapters from the level menu's groups (Plasticity, Dopamine, …), each with its levels in id order. */
export function chaptersByGroup(levels: ReadonlyArray<{ id: string; title: string; group: string; maxStars?: number }>, groups: readonly string[]): Chapter[] {
  return groups
    .map((group) => ({ title: catalogGroupLabel(group), levels: levels.filter((l) => l.group === group).map(({ id, title, maxStars }) => ({ id, title, ...(maxStars !== undefined ? { maxStars } : {}) })) }))
    .filter((chapter) => chapter.levels.length > 0);
}

/** The level after `id` in campaign order, or null at the end. */
export function nextLevelId(chapters: readonly Chapter[], id: string): string | null {
  const order = chapters.flatMap((c) => c.levels.map((l) => l.id));
  const i = order.indexOf(id);
  return i >= 0 && i + 1 < order.length ? order[i + 1] : null;
}
