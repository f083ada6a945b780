/**
 * The editor's sections and which parts of the level each one shows. Only top-level keys are named
 * here; everything inside them is generated from the schema. Keys of the level the list misses fall
 * into "More" (so a new top-level field of the format still has a form).
 */
import type { DraftPath } from '../../editor/draftEdit';

export interface EditorSection {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly paths: readonly DraftPath[];
  /** Where one of editorviews' drawings goes, if any (mounted above the forms). */
  readonly region?: 'network' | 'timeline';
}

export const EDITOR_SECTIONS: readonly EditorSection[] = [
  {
    id: 'level', title: 'Level', intro: 'Its name, seed and time step.',
    paths: [['title'], ['id'], ['description'], ['seed'], ['dtMs'], ['durationMs']],
  },
  {
    id: 'network', title: 'Network', region: 'network',
    intro: 'Neuron models, populations, projections with their plasticity, modulator pools, stimuli and the circuits with their own settings.',
    paths: [['circuits'], ['neuronTypes'], ['populations'], ['projections'], ['modulators'], ['stimuli'], ['rewardContingencies'], ['monitors']],
  },
  {
    id: 'timeline', title: 'Timeline', region: 'timeline',
    intro: 'Sessions of phases; each phase runs trials of its trial types (in order, shuffled or weighted), for a count or until a criterion holds.',
    paths: [['timeline']],
  },
  {
    id: 'goals', title: 'Goals', intro: 'Objectives, star tiers, hints, what the player may change and the commands offered.',
    paths: [['objectives'], ['lesson', 'stars'], ['lesson', 'hints'], ['playerParameters'], ['playerCommands'], ['measures']],
  },
  {
    id: 'lesson', title: 'Lesson', intro: 'The texts around the level: intro, goal, explanation card, teacher notes and the questions asked before the run.',
    paths: [['lesson', 'intro'], ['lesson', 'goal'], ['lesson', 'explanation'], ['lesson', 'whatHappened'], ['lesson', 'teacherNotes'], ['lesson', 'predictions'], ['lesson', 'sketchPredictions'], ['lesson', 'starsCountFrom']],
  },
];

/** Level keys no section names (shown under "More"). */
export function unlistedKeys(shapeKeys: readonly string[]): string[] {
  const listed = new Set(EDITOR_SECTIONS.flatMap((s) => s.paths.map((p) => String(p[0]))));
  return shapeKeys.filter((key) => !listed.has(key) && key !== '$schema' && key !== 'schemaVersion');
}

/** The sections, plus "More" for the top-level fields of `shapeKeys` that no section lists (when there are any). */
export function sectionsWithMore(shapeKeys: readonly string[]): EditorSection[] {
  const more: EditorSection = { id: 'more', title: 'More', intro: 'Other parts of the level format.', paths: unlistedKeys(shapeKeys).map((k) => [k]) };
  return [...EDITOR_SECTIONS, ...(more.paths.length > 0 ? [more] : [])];
}
