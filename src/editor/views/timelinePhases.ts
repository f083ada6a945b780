/** The phases of a draft's timeline, each with its path and a human name ("Day 1 › Acquisition"). */
import type { DraftPath } from '../draftEdit';
import { humanizeId } from '../../levels/labels/populationLabels';
import { recordsOf, stringField } from './draftReaders';
import { valueAt } from './networkEdits';

export interface PhaseEntry {
  readonly path: DraftPath;
  readonly label: string;
  readonly name: string;
}

export function phasesOf(draft: unknown): PhaseEntry[] {
  const sessions = recordsOf(valueAt(draft, ['timeline']), 'sessions');
  return sessions.flatMap(({ record: session, index: s }) => recordsOf(session, 'phases').map(({ record: phase, index: p }) => {
    const name = stringField(phase, 'label')?.trim() || humanizeId(stringField(phase, 'id') ?? `phase ${p + 1}`);
    const sessionName = humanizeId(stringField(session, 'id') ?? `session ${s + 1}`);
    return { path: ['timeline', 'sessions', s, 'phases', p], name, label: sessions.length > 1 ? `${sessionName} › ${name}` : name };
  }));
}
