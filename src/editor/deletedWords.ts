/** What a delete takes with it, in words for the undo button: "2 projections, 1 recording". */
import type { DraftPath } from './draftEdit';
import { humanizeId } from '../levels/labels/populationLabels';

/** Words for the lists and fields a delete removes from: [one, many]. */
const WORDS: Readonly<Record<string, readonly [string, string]>> = {
  populations: ['population', 'populations'],
  projections: ['projection', 'projections'],
  stimuli: ['input', 'inputs'],
  modulators: ['modulator pool', 'modulator pools'],
  monitors: ['recording', 'recordings'],
  objectives: ['objective', 'objectives'],
  measures: ['measure', 'measures'],
  playerParameters: ['player setting', 'player settings'],
  playerCommands: ['player control', 'player controls'],
  rewardContingencies: ['reward rule', 'reward rules'],
  events: ['timeline event', 'timeline events'],
  objectiveThresholds: ['star threshold', 'star thresholds'],
  sketchPredictions: ['sketch question', 'sketch questions'],
  sources: ['modulator source', 'modulator sources'],
  cues: ['circuit cue', 'circuit cues'],
  until: ['phase end criterion', 'phase end criteria'],
  plasticity: ['learning rule', 'learning rules'],
  modulation: ['modulator effect', 'modulator effects'],
  commandsAtStart: ['command at a phase start', 'commands at a phase start'],
  commandsAtEnd: ['command at a phase end', 'commands at a phase end'],
};

/** The list (or field) a removed path leaves: the list key for an item, the field name otherwise. */
const groupOf = (path: DraftPath): string => String(typeof path[path.length - 1] === 'number' ? path[path.length - 2] : path[path.length - 1]);

export function describeRemoved(removed: readonly DraftPath[]): string {
  const counts = new Map<string, number>();
  for (const path of removed) counts.set(groupOf(path), (counts.get(groupOf(path)) ?? 0) + 1);
  const parts = [...counts].map(([group, count]) => {
    const [one, many] = WORDS[group] ?? [humanizeId(group).toLowerCase(), humanizeId(group).toLowerCase()];
    return `${count} ${count === 1 ? one : many}`;
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
