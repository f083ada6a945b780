/**
 * The names a player reads in the dopamine scene for a level's ids: a cue by the label of the
 * population its stimulus drives ("Tono"), a phase by its own label (both translated with the
 * level's texts), never the stimulus or phase id.
 */
import { humanizeId, populationLabel } from '../../../levels/labels/populationLabels';
import { stimulusLabel } from '../../../levels/labels/stimulusLabel';
import type { Level } from '../../../levels/schema/level';

export function cueLabel(level: Level | null, stimulusId: string): string {
  const stimulus = level?.stimuli.find((s) => s.id === stimulusId);
  return stimulus && 'target' in stimulus ? populationLabel(level, stimulus.target) : stimulusLabel(stimulusId);
}

/** The level's label of phase `id` (its first phase with that id), else the id in words. */
export function phaseLabel(level: Level | null, id: string): string {
  for (const session of level?.timeline?.sessions ?? []) {
    const label = session.phases.find((phase) => phase.id === id)?.label?.trim();
    if (label) return label;
  }
  return humanizeId(id);
}
