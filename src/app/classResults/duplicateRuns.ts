/**
 * The same file dropped twice (or two copies of one student's file) must not count that student
 * twice: a run is the same when its student, level and final state hash are.
 */
import type { StudentRun } from './classSummary';

const keyOf = (r: StudentRun): string => `${r.student}\n${r.record.levelId}\n${r.record.stateHash}`;

/** The fresh runs not already loaded (nor repeated among themselves), and those left out. */
export function withoutDuplicates(loaded: readonly StudentRun[], fresh: readonly StudentRun[]): { kept: StudentRun[]; duplicates: StudentRun[] } {
  const seen = new Set(loaded.map(keyOf));
  const kept: StudentRun[] = [];
  const duplicates: StudentRun[] = [];
  for (const run of fresh) {
    const key = keyOf(run);
    if (seen.has(key)) duplicates.push(run);
    else { seen.add(key); kept.push(run); }
  }
  return { kept, duplicates };
}
