/**
 * Where a trial-relative metric window is timed from: "trialStart", an event id of the trial type,
 * or an event kind (the first event of that kind). Resolved per compiled phase and trial type, in the
 * order spawnLevel flattens sessions → phases.
 */
import type { Timeline } from '../schema/timeline';

/** Index of the event the window is timed from; TRIAL_START for the trial's start; NO_EVENT when the trial type has none. */
export const TRIAL_START = -2;
export const NO_EVENT = -1;

/** The event index per [phase][trial type] for `from`. */
export type EventIndexTable = readonly (readonly number[])[];

export function eventIndexTable(timeline: Timeline | undefined, from: string): EventIndexTable {
  const table: number[][] = [];
  for (const session of timeline?.sessions ?? []) {
    for (const phase of session.phases) {
      table.push(phase.trialTypes.map((type) => {
        if (from === 'trialStart') return TRIAL_START;
        const byId = type.events.findIndex((e) => e.id === from);
        if (byId >= 0) return byId;
        return type.events.findIndex((e) => e.kind === from);
      }));
    }
  }
  return table;
}

/** Whether `from` names anything in the timeline (for the loader's checks). */
export function knownEventRef(timeline: Timeline | undefined, from: string): boolean {
  if (from === 'trialStart') return true;
  return (timeline?.sessions ?? []).some((s) => s.phases.some((p) => p.trialTypes.some((t) => t.events.some((e) => e.id === from || e.kind === from))));
}

/** Event ids and kinds of the timeline (for error messages). */
export function eventRefNames(timeline: Timeline | undefined): string[] {
  const names = new Set<string>(['trialStart']);
  for (const s of timeline?.sessions ?? []) for (const p of s.phases) for (const t of p.trialTypes) for (const e of t.events) {
    if (e.id !== undefined) names.add(e.id);
    names.add(e.kind);
  }
  return [...names];
}
