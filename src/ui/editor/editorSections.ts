/**
 * The editor's sections and which parts of the level each one shows. Only top-level keys are named
 * here; everything inside them is generated from the schema. Keys of the level the list misses fall
 * into "More" (so a new top-level field of the format still has a form).
 */
import type { DraftPath } from '../../editor/draftEdit';
import { t } from '../../i18n/messages';

export interface EditorSection {
  /** Names the section (its box's id) and its words: editor.section.<id>.title and .intro. */
  readonly id: string;
  readonly paths: readonly DraftPath[];
  /** Where one of editorviews' drawings goes, if any (mounted above the forms). */
  readonly region?: 'network' | 'timeline';
}

export const EDITOR_SECTIONS: readonly EditorSection[] = [
  {
    id: 'level',
    paths: [['title'], ['id'], ['description'], ['seed'], ['dtMs'], ['durationMs']],
  },
  {
    id: 'network', region: 'network',
    paths: [['circuits'], ['neuronTypes'], ['populations'], ['projections'], ['modulators'], ['stimuli'], ['rewardContingencies'], ['monitors']],
  },
  {
    id: 'timeline', region: 'timeline',
    paths: [['timeline']],
  },
  {
    id: 'goals',
    paths: [['objectives'], ['lesson', 'stars'], ['lesson', 'hints'], ['playerParameters'], ['playerCommands'], ['measures']],
  },
  {
    id: 'lesson',
    paths: [['lesson', 'intro'], ['lesson', 'goal'], ['lesson', 'explanation'], ['lesson', 'whatHappened'], ['lesson', 'teacherNotes'], ['lesson', 'predictions'], ['lesson', 'sketchPredictions'], ['lesson', 'starsCountFrom']],
  },
];

/** A section's heading and the sentence under it, in the page's language. */
export function sectionTitle(section: EditorSection): string {
  return t(`editor.section.${section.id}.title`);
}

export function sectionIntro(section: EditorSection): string {
  return t(`editor.section.${section.id}.intro`);
}

/** Level keys no section names (shown under "More"). */
export function unlistedKeys(shapeKeys: readonly string[]): string[] {
  const listed = new Set(EDITOR_SECTIONS.flatMap((s) => s.paths.map((p) => String(p[0]))));
  return shapeKeys.filter((key) => !listed.has(key) && key !== '$schema' && key !== 'schemaVersion');
}

/** The sections, plus "More" for the top-level fields of `shapeKeys` that no section lists (when there are any). */
export function sectionsWithMore(shapeKeys: readonly string[]): EditorSection[] {
  const more: EditorSection = { id: 'more', paths: unlistedKeys(shapeKeys).map((k) => [k]) };
  return [...EDITOR_SECTIONS, ...(more.paths.length > 0 ? [more] : [])];
}
