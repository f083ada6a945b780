/**
 * Keeps, per level played in this browser, the run a results file reports: each run is recorded when
 * its world is replaced (another level, a Reset) and, at export, the one running. A run that reached
 * the level's goal is kept over one that did not; otherwise the later run wins. The runs (and the
 * student's name) are kept in localStorage, so a reload does not lose them; a browser that refuses
 * storage keeps them for this visit only.
 *
 * On a shared laptop the runs belong to the student named as playing: "Start a new student" clears
 * them and the name, and from then on only what the next student does is reported (the world still
 * running when the student changed is not theirs, and answers saved before it are left out).
 */
import { loadLevel } from '../../levels/loadLevel';
import { recordRun } from '../../levels/results/recordRun';
import { levelContentHash } from '../../levels/results/contentHash';
import { RESULTS_FORMAT, RESULTS_VERSION, runRecord, type ResultsFile, type RunRecord } from '../../levels/results/resultsFile';
import type { Level } from '../../levels/schema/level';
import { DRAFT_SESSION_ID } from '../editor/draftSession';
import type { LevelEntry } from '../levelCatalog';
import type { LevelSession } from '../levelSession';
import type { Progress } from '../progress/progressRecord';
import packageJson from '../../../package.json';
import { thisEngine, type EngineRecord } from './browserEngine';
import { savedChoice } from './choiceIndex';

const RUNS_KEY = 'synaptica.results.runs';
const NAME_KEY = 'synaptica.results.student';
/** When the student now playing began (ISO 8601): answers saved before it are the previous student's. */
const SINCE_KEY = 'synaptica.results.since';

/**
 * When the student now at this laptop started ("Start a new student"; '' when nobody has): answers
 * saved before it are the previous student's, neither reported nor taken as this student's.
 */
export function studentSince(storage: Storage | null): string {
  try {
    return storage?.getItem(SINCE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** A run of the world still running, as the keeper reads it from the page. */
export interface LiveRun {
  readonly session: LevelSession;
  readonly goalMet: boolean;
}

export class ResultsKeeper {
  private readonly runs = new Map<string, RunRecord>();
  /** The level as first opened in this visit, per level id: the player's settings are changes to it. */
  private readonly opened = new Map<string, Level>();
  /** The world running when the student changed: the previous student's, never reported for the next. */
  private previousStudents: LevelSession | null = null;

  /** `engine` gives the engine runs are made on (measured once; tests pass another). */
  constructor(private readonly storage: Storage | null, private readonly progress: () => Progress, private readonly engine: () => EngineRecord = thisEngine) {
    for (const run of this.readStored()) this.runs.set(run.levelId, run);
  }

  get studentName(): string {
    return this.storage?.getItem(NAME_KEY) ?? '';
  }

  set studentName(name: string) {
    try { this.storage?.setItem(NAME_KEY, name.slice(0, 80)); } catch { /* kept for this visit by the field itself */ }
  }

  get levelIds(): string[] {
    return [...this.runs.keys()];
  }

  /**
   * A new student takes the laptop: the runs kept and the name are cleared, the world running now
   * (`live`, the previous student's) is never reported, nor answers saved before `nowIso`.
   */
  newStudent(live: LevelSession | null, nowIso: string): void {
    this.runs.clear();
    this.previousStudents = live;
    try {
      this.storage?.setItem(SINCE_KEY, nowIso);
      this.storage?.setItem(NAME_KEY, '');
    } catch { /* refused: this visit only */ }
    this.store();
  }

  private get since(): string {
    return studentSince(this.storage);
  }

  /** A world was installed: its level, if first seen this visit, is the one settings are measured from. */
  seen(session: LevelSession): void {
    if (!this.opened.has(session.id)) this.opened.set(session.id, session.level);
  }

  /** A world is about to be replaced (or the file is exported): keep its run if it is the one to report. */
  keep(live: LiveRun): void {
    // The editor's draft is a preview, not a level a teacher could check a run of.
    if (live.session.id === DRAFT_SESSION_ID) return;
    if (live.session === this.previousStudents) return;
    const record = this.recordOf(live);
    // A record the file format would refuse is not kept: one bad run must not make the whole file invalid.
    if (record === null || !runRecord.safeParse(record).success) return;
    const earlier = this.runs.get(record.levelId);
    if (earlier && earlier.goalMet && !record.goalMet) return;
    this.runs.set(record.levelId, record);
    this.store();
  }

  private recordOf({ session: s, goalMet }: LiveRun): RunRecord | null {
    if (s.world.clock[0] === 0) return null;
    const opened = this.opened.get(s.id) ?? s.level;
    const progress = this.progress();
    const level = progress.levels[s.id];
    // The latest answer to each question of this level.
    const answers = new Map<string, RunRecord['predictions'][number]>();
    const since = this.since;
    for (const p of progress.predictions) {
      // ISO 8601 times in UTC compare as text.
      if (p.levelId !== s.id || p.madeAt < since) continue;
      // A choice by its index too (the teacher's tally counts it in any language); a sketch has none.
      const choice = p.sketch === undefined ? savedChoice(p, s.level, s.id, p.questionId) : null;
      answers.set(p.questionId, {
        questionId: p.questionId, answer: p.answer, ...(choice !== null ? { choice } : {}),
        ...(p.correct !== undefined ? { correct: p.correct } : {}), ...(p.score !== undefined ? { score: p.score } : {}),
      });
    }
    const record = recordRun(
      { levelId: s.id, title: s.level.title ?? s.id, opened, spawned: s.level, seed: s.seed, world: s.world, run: s.run, trials: s.recorder.trials, goalMet },
      { stars: level?.bestStars ?? 0, attempts: level?.attempts ?? 0, trialsUsed: level?.trialsUsed ?? 0, predictions: [...answers.values()].slice(-100) },
    );
    // The engine this run was made on: a class view on another engine cannot replay it bit for bit.
    return { ...record, engine: this.engine() };
  }

  /**
   * The results file: every kept run, with the running one (`live`) kept first. A run on a built-in
   * level whose data is the page's own (but for the seed) names it by content hash instead of carrying it.
   */
  async file(live: LiveRun | null, builtIns: readonly LevelEntry[], exportedAt: string): Promise<ResultsFile> {
    if (live) this.keep(live);
    const runs: RunRecord[] = [];
    for (const run of this.runs.values()) if (run.levelId !== DRAFT_SESSION_ID) runs.push(await this.namedByHash(run, builtIns));
    return { format: RESULTS_FORMAT, version: RESULTS_VERSION, student: this.studentName, build: String(packageJson.version), exportedAt, runs };
  }

  private async namedByHash(run: RunRecord, builtIns: readonly LevelEntry[]): Promise<RunRecord> {
    const entry = builtIns.find((l) => l.id === run.levelId);
    if (!entry || run.level.builtIn) return run;
    const loaded = loadLevel(await entry.load());
    if (!loaded.ok) return run;
    const hash = levelContentHash(loaded.level);
    return levelContentHash(run.level.data) === hash ? { ...run, level: { builtIn: true, contentHash: hash } } : run;
  }

  private readStored(): RunRecord[] {
    try {
      const raw: unknown = JSON.parse(this.storage?.getItem(RUNS_KEY) ?? '[]');
      if (!Array.isArray(raw)) return [];
      return raw.flatMap((r) => { const parsed = runRecord.safeParse(r); return parsed.success ? [parsed.data] : []; });
    } catch {
      return [];
    }
  }

  private store(): void {
    try { this.storage?.setItem(RUNS_KEY, JSON.stringify([...this.runs.values()])); } catch { /* full or refused: kept for this visit */ }
  }
}
