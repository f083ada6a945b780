/**
 * The results file a student exports and a teacher loads in the class view: per level played, what
 * reproduces the run (the level or its content hash, the seed, the player settings in force at
 * spawn, the command log, the ticks run) and what the run showed (outcomes, stars, predictions, the
 * learning curve, the world's state hash at the end). Replaying the first half must give the second
 * (verifyRun.ts). Every field has a bound, so a hostile file is refused before it costs anything.
 */
import { z } from 'zod';

export const RESULTS_FORMAT = 'synaptica-results';
/**
 * 2 added each run's `engine` and each prediction's `choice` (both optional, so a version 1 file
 * still reads as one without them).
 */
export const RESULTS_VERSION = 2;
/** Files larger than this are refused unread (a real one is tens of KB; 200 long runs a few MB). */
export const MAX_RESULTS_FILE_BYTES = 8_000_000;
export const MAX_RUNS = 200;
export const MAX_COMMANDS = 20_000;
export const MAX_TRIALS = 5_000;
/** A run longer than this (about 28 simulated hours at 0.1 ms) cannot be replayed in a class. */
export const MAX_TICKS = 1e9;

const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/, 'must be an id of letters, digits, ".", "_", ":" or "-"');
const shortText = z.string().max(500);
const int = z.number().int();
const finiteOrNull = z.number().finite().nullable();

/** A command as the world logged it: a type plus its parameters (plain JSON values; the replay's world judges them). */
const command = z.looseObject({ type: z.string().min(1).max(80) })
  .refine((c) => JSON.stringify(c).length <= 2000, 'a command is at most 2000 characters of JSON');

const builtInLevel = z.strictObject({ builtIn: z.literal(true), contentHash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits') });
const embeddedLevel = z.strictObject({ builtIn: z.literal(false), data: z.record(z.string(), z.unknown()) });

export const runRecord = z.strictObject({
  levelId: slug,
  /** The level's title as the student saw it (for the teacher; the replay does not use it). */
  title: shortText,
  level: z.discriminatedUnion('builtIn', [builtInLevel, embeddedLevel]),
  seed: int.min(0).max(0xffffffff),
  /** Player settings in force at spawn (paths the level offers), applied to the level before spawning. */
  settings: z.array(z.strictObject({ path: z.string().min(1).max(200), value: z.number().finite() })).max(100),
  /** The player's commands (not the timeline's), each applied at its tick. */
  commands: z.array(z.strictObject({ tick: int.min(0).max(MAX_TICKS), command })).max(MAX_COMMANDS),
  ticks: int.min(0).max(MAX_TICKS),
  dtMs: z.number().positive().max(1000),
  outcomes: z.array(z.strictObject({ id: slug, value: finiteOrNull, met: z.boolean() })).max(100),
  goalMet: z.boolean(),
  stars: int.min(0).max(3),
  attempts: int.min(0).max(1_000_000),
  trialsUsed: int.min(0).max(1_000_000),
  predictions: z.array(z.strictObject({
    questionId: slug,
    /** The answer as the student saw it, in the student's language (for people reading the file). */
    answer: shortText,
    /** A multiple-choice answer: the chosen choice's index (0-based), the same in every language; absent for a sketch and in version 1 files. */
    choice: int.min(0).max(99).optional(),
    correct: z.boolean().optional(),
    /** A sketch's score, 0 to 1. */
    score: z.number().min(0).max(1).optional(),
  })).max(100),
  /** Per completed trial, its recorded metrics (objective or measure id → value): the learning curve. */
  curve: z.array(z.strictObject({ trial: int.min(1), metrics: z.record(slug, finiteOrNull) })).max(MAX_TRIALS),
  stateHash: z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits'),
  /**
   * The engine the run was made on (absent in version 1 files): `math`, the Math fingerprint
   * (engineFingerprint.ts) that decides whether this page can replay it bit for bit; `family`, the
   * browser family from the user agent, for people.
   */
  engine: z.strictObject({ math: z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits'), family: z.string().regex(/^[A-Za-z][A-Za-z ]{0,39}$/, 'must be a browser family name') }).optional(),
  /** Set when the run was too long to record whole (more than MAX_COMMANDS commands or MAX_TRIALS trials): its commands are left out and it cannot be replayed. */
  tooLong: z.literal(true).optional(),
});
export type RunRecord = z.infer<typeof runRecord>;

export const resultsFile = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  /** Every version this page reads (a file is written at RESULTS_VERSION). */
  version: z.union([z.literal(1), z.literal(RESULTS_VERSION)]),
  student: z.string().max(80),
  /** The Synaptica version that made the file (a replay on another version may differ). */
  build: z.string().max(40),
  /** When it was exported (ISO 8601), for the teacher only. */
  exportedAt: z.string().max(40),
  runs: z.array(runRecord).max(MAX_RUNS),
});
export type ResultsFile = z.infer<typeof resultsFile>;

/** Why a file was refused, as a key the page words (results.file.<code>) with its details. */
export type FileProblem =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson' }
  | { code: 'notResults' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; detail: string };

/** A run of a file that was left out (the rest of the file still loads): its place (1-based) and why. */
export interface SkippedRun {
  readonly run: number;
  readonly detail: string;
}

export type ParsedResults = { ok: true; file: ResultsFile; skippedRuns: SkippedRun[] } | { ok: false; problem: FileProblem };

/** The file with its runs unread: each run is validated on its own, so one bad run skips only itself. */
const resultsEnvelope = resultsFile.extend({ runs: z.array(z.unknown()).max(MAX_RUNS) });

function issueText(error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  const issue = error.issues[0];
  const where = [...prefix, ...issue.path].map(String).join('.') || '(top)';
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1})` : '';
  return `${where}: ${issue.message}${more}`.slice(0, 300);
}

export function parseResultsText(text: string): ParsedResults {
  if (text.length > MAX_RESULTS_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge', bytes: text.length } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  return parseResultsData(raw);
}

export function parseResultsData(raw: unknown): ParsedResults {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== RESULTS_FORMAT) {
    return { ok: false, problem: { code: 'notResults' } };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > RESULTS_VERSION) return { ok: false, problem: { code: 'newerVersion', version } };
  const parsed = resultsEnvelope.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', detail: issueText(parsed.error) } };
  const runs: RunRecord[] = [];
  const skippedRuns: SkippedRun[] = [];
  parsed.data.runs.forEach((raw, i) => {
    const run = runRecord.safeParse(raw);
    if (run.success) runs.push(run.data);
    else skippedRuns.push({ run: i + 1, detail: issueText(run.error, ['runs', i]) });
  });
  // A file none of whose runs can be read is refused whole, with the first run's reason.
  if (runs.length === 0 && skippedRuns.length > 0) return { ok: false, problem: { code: 'invalid', detail: skippedRuns[0].detail } };
  return { ok: true, file: { ...parsed.data, runs }, skippedRuns };
}
