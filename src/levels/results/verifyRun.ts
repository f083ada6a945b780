/**
 * Compares a recorded run with its replay: "verified" when the replay reproduces the recorded state
 * hash, every outcome, whether the goal was reached and the learning curve; otherwise every
 * difference found, as data the page puts into words (results.diff.<kind>). A run made on another
 * JS engine is not replayed at all: "cannot check", which says nothing against the file.
 */
import type { ReplayOutcome } from './replayRun';
import type { RunRecord } from './resultsFile';

export type Difference =
  | { kind: 'hash' }
  | { kind: 'outcome'; id: string; recorded: number | null; replayed: number | null }
  | { kind: 'outcomeMet'; id: string; recorded: boolean }
  | { kind: 'outcomeList' }
  | { kind: 'goal'; recorded: boolean }
  | { kind: 'curve'; trial: number }
  | { kind: 'curveLength'; recorded: number; replayed: number }
  | { kind: 'setting'; detail: string }
  /** A logged command the level offers the player no control for (checked before the replay, src/app/classResults/offeredCommands.ts). */
  | { kind: 'command'; index: number; type: string };

/** Why a run cannot be checked on this page. */
export type CannotCheck =
  | { kind: 'unknownLevel'; levelId: string }
  | { kind: 'levelDiffers'; levelId: string }
  | { kind: 'levelInvalid'; detail: string }
  | { kind: 'needsFiles' }
  | { kind: 'tooLong'; ticks: number }
  /** The run was too long to record whole (recordRun.ts withinFileBounds): the file has no commands to replay. */
  | { kind: 'notRecorded' }
  /** Made on an engine whose Math rounds differently (engineFingerprint.ts): no replay here could match it bit for bit. */
  | { kind: 'otherEngine'; family: string }
  | { kind: 'failed'; detail: string };

export type Verdict =
  | { status: 'verified' }
  /** `engineUnknown`: the file does not say which engine made the run (a version 1 file), so a difference may be the engine's. */
  | { status: 'notVerified'; differences: Difference[]; engineUnknown?: true }
  | { status: 'cannotCheck'; reason: CannotCheck }
  /** Played on a changed copy of a built-in level (carried in the file under the built-in's id): never verified. */
  | { status: 'changedCopy'; levelId: string };

/** JSON keeps no NaN or -0: compare what the file can hold. */
const asJson = (value: unknown): string => JSON.stringify(value);

/**
 * Before any replay: a run made on another engine (its Math fingerprint differs from `engineMath`,
 * this page's) cannot be checked here; null when it can (the same engine, or a file that does not say).
 */
export function engineVerdict(record: RunRecord, engineMath: string): Verdict | null {
  if (record.engine === undefined || record.engine.math === engineMath) return null;
  return { status: 'cannotCheck', reason: { kind: 'otherEngine', family: record.engine.family } };
}

/** The replay's verdict; a file that does not name its engine is marked so when the replay differs. */
export function verdictOf(record: RunRecord, outcome: ReplayOutcome): Verdict {
  const verdict = replayVerdict(record, outcome);
  // Only a replay that ran can differ because of the engine (a refused setting is the file's own).
  return verdict.status === 'notVerified' && outcome.ok && record.engine === undefined ? { ...verdict, engineUnknown: true } : verdict;
}

function replayVerdict(record: RunRecord, outcome: ReplayOutcome): Verdict {
  if (!outcome.ok) {
    return outcome.problem === 'setting'
      ? { status: 'notVerified', differences: [{ kind: 'setting', detail: outcome.detail }] }
      : { status: 'cannotCheck', reason: { kind: 'failed', detail: outcome.detail } };
  }
  const replayed = outcome.replayed;
  const differences: Difference[] = [];
  if (replayed.stateHash !== record.stateHash) differences.push({ kind: 'hash' });
  const recordedIds = record.outcomes.map((o) => o.id).join('\n');
  if (recordedIds !== replayed.outcomes.map((o) => o.id).join('\n')) differences.push({ kind: 'outcomeList' });
  else {
    record.outcomes.forEach((o, i) => {
      const r = replayed.outcomes[i];
      if (asJson(o.value) !== asJson(r.value)) differences.push({ kind: 'outcome', id: o.id, recorded: o.value, replayed: r.value });
      else if (o.met !== r.met) differences.push({ kind: 'outcomeMet', id: o.id, recorded: o.met });
    });
  }
  if (record.goalMet !== replayed.goalMet) differences.push({ kind: 'goal', recorded: record.goalMet });
  if (record.curve.length !== replayed.curve.length) {
    differences.push({ kind: 'curveLength', recorded: record.curve.length, replayed: replayed.curve.length });
  } else {
    const first = record.curve.findIndex((point, i) => asJson(point) !== asJson(replayed.curve[i]));
    if (first >= 0) differences.push({ kind: 'curve', trial: first + 1 });
  }
  return differences.length === 0 ? { status: 'verified' } : { status: 'notVerified', differences };
}
