/**
 * The predict-then-run questions of a level opened from the campaign: which are still to ask, asking
 * them, and the answers the stars and the result card use. A question is asked once: an answer saved
 * in the progress (an earlier opening, or before a reload) counts as given, so a finished level does
 * not ask again and its result stays as it was. On a level whose stars need correct predictions, Esc
 * on a question asks before it skips (PredictionDialog).
 */
import { checkPrediction } from '../levels/campaign/predictions';
import { checkSketchPrediction, controlTrials, levelTrialCount, sketchAxes, sketchTrialRange } from '../levels/campaign/sketch';
import { describeCurve } from '../ui/campaign/sketchWords';
import type { Lesson, Prediction, SketchPrediction } from '../levels/schema/lesson';
import type { ResultCardData } from '../ui/campaign/levelCards';
import { predictionsCountForStars } from '../ui/campaign/lessonView';
import { PredictionDialog } from '../ui/campaign/predictionDialog';
import { sketchPredictionCard } from '../ui/campaign/sketchResult';
import type { LevelSession } from './levelSession';
import type { PredictionRecord } from './progress/progressRecord';
import { savedChoice } from './results/choiceIndex';
import { afterCommit } from './setupWait';
import { studentSince } from './results/resultsKeeper';
import { localStorageOrNull } from '../ui/soundControls';
import type { ProgressStore } from './progress/progressStore';
import { recordPrediction, recordPredictionOutcome, recordSketchPrediction } from './progress/progressUpdates';

export type CommittedPrediction = ResultCardData['predictions'][number] & { id: string };
/** A question of either kind: multiple choice, or a curve to sketch. */
export type AnyPrediction = Prediction | SketchPrediction;

/** Every predict-then-run question of a lesson, multiple choice first. */
export function questionsOf(lesson: Lesson | undefined): AnyPrediction[] {
  return [...(lesson?.predictions ?? []), ...(lesson?.sketchPredictions ?? [])];
}

/** The player's latest saved answer to each question of this level. */
function savedAnswers(records: readonly PredictionRecord[], levelId: string, since: string): Map<string, PredictionRecord> {
  const latest = new Map<string, PredictionRecord>();
  // ISO 8601 times in UTC compare as text; answers before `since` are a previous student's.
  for (const r of records) if (r.levelId === levelId && r.madeAt >= since) latest.set(r.questionId, r);
  return latest;
}

export class LessonQuestions {
  private readonly dialog = new PredictionDialog();
  private asked = new Set<string>();
  private committed: CommittedPrediction[] = [];
  /** Sketches committed (or saved earlier): scored against the run when the goal is met. */
  private sketches: Array<{ prediction: SketchPrediction; values: number[] }> = [];
  private asking = false;
  /** The saved answers are taken once per opening, at its first spawn. */
  private savedTaken = false;

  /** `progress` gives the record answers go to (the saved progress, or a preview's record in memory). */
  /** `answersSince`: answers saved before this time belong to the previous student on a shared laptop. */
  constructor(private readonly progress: () => ProgressStore, private readonly answersSince: () => string = () => studentSince(localStorageOrNull())) {}

  get open(): boolean {
    return this.dialog.open;
  }

  /** A new opening of a level: nothing asked yet in it. */
  beginOpening(): void {
    this.asked = new Set();
    this.committed = [];
    this.sketches = [];
    this.savedTaken = false;
  }

  /**
   * At the first spawn of a campaign level: the answers saved earlier count as asked and answered
   * (an answer that no longer fits the level, an old text-only answer to a choice since reworded, is
   * asked again). A choice is kept by its index, so an answer given in another language still counts. Returns how many.
   */
  takeSavedAnswers(s: LevelSession): number {
    if (this.savedTaken) return 0;
    this.savedTaken = true;
    const saved = savedAnswers(this.progress().current.predictions, s.id, this.answersSince());
    let taken = 0;
    for (const p of questionsOf(s.level.lesson)) {
      const record = saved.get(p.id);
      if (!record) continue;
      if ('sketch' in p) {
        if (record.sketch?.length !== p.sketch.points) continue;
        this.sketches.push({ prediction: p, values: [...record.sketch] });
      } else {
        // By index (the same in every language); an older record by its text, in any language shipped.
        const choice = savedChoice(record, s.level, s.id, p.id);
        if (choice === null) continue;
        const checked = checkPrediction(s.level, p.id, choice);
        if (!checked.ok) continue;
        this.committed.push({ id: p.id, question: p.question, answer: p.choices[choice], outcome: p.choices[p.answer], correct: checked.record.correct, reveal: p.reveal });
      }
      this.asked.add(p.id);
      taken++;
    }
    return taken;
  }

  /** The questions not asked yet. */
  unasked(s: LevelSession): AnyPrediction[] {
    return questionsOf(s.level.lesson).filter((p) => !this.asked.has(p.id));
  }

  /** Marks `due` as asked and returns those not asked before; empty while another round is asking. */
  claim(due: readonly AnyPrediction[]): AnyPrediction[] {
    if (this.asking) return [];
    const fresh = due.filter((p) => !this.asked.has(p.id));
    if (fresh.length === 0) return [];
    this.asking = true;
    for (const p of fresh) this.asked.add(p.id);
    return fresh;
  }

  /** Asks each claimed question in turn and saves the answers. */
  async askEach(s: LevelSession, fresh: readonly AnyPrediction[]): Promise<void> {
    const countsForStars = predictionsCountForStars(s.level.lesson);
    try {
      for (const p of fresh) {
        if ('sketch' in p) await this.askSketch(s, p, countsForStars);
        else await this.askChoice(s, p, countsForStars);
      }
    } finally {
      this.asking = false;
    }
  }

  private async askChoice(s: LevelSession, p: Prediction, countsForStars: boolean): Promise<void> {
    const after = afterCommit(s.level, s.world.clock[0], p.askedBefore === 'start', p.afterAnswer === 'pause');
    const choice = await this.dialog.ask(s.level.title ?? s.id, p.question, p.choices, countsForStars, after);
    if (choice === null) return;
    const checked = checkPrediction(s.level, p.id, choice);
    if (!checked.ok) return;
    this.committed.push({ id: p.id, question: p.question, answer: p.choices[choice], outcome: p.choices[p.answer], correct: checked.record.correct, reveal: p.reveal });
    void this.progress().update((progress) => recordPrediction(progress, { levelId: s.id, questionId: p.id, answer: p.choices[choice], choice, madeAt: new Date().toISOString() }));
  }

  /** A sketch question: the player draws the curve; it is saved now and scored when the goal is met. */
  private async askSketch(s: LevelSession, p: SketchPrediction, countsForStars: boolean): Promise<void> {
    const levelTrials = levelTrialCount(s.level);
    const axes = sketchAxes(p, levelTrials);
    const after = afterCommit(s.level, s.world.clock[0], p.askedBefore === 'start', p.afterAnswer === 'pause');
    const values = await this.dialog.askSketch(s.level.title ?? s.id, p.question, axes, p.sketch.points, countsForStars, after);
    if (values === null) return;
    this.sketches.push({ prediction: p, values });
    const answer = describeCurve(values, controlTrials(values.length, sketchTrialRange(p, levelTrials)), axes);
    void this.progress().update((progress) => recordSketchPrediction(progress, s.id, p.id, values, answer, new Date().toISOString()));
  }

  /**
   * The answers at the goal: the choices, and the sketches scored against the run so far. Their
   * outcomes go into the progress (an answer whose outcome is already saved keeps it).
   */
  answersAtGoal(s: LevelSession): CommittedPrediction[] {
    const { answers, sketchScores } = this.scored(s);
    for (const made of answers) {
      const score = sketchScores.get(made.id);
      void this.progress().update((progress) => recordPredictionOutcome(progress, s.id, made.id, made.outcome, made.correct, score));
    }
    return answers;
  }

  /**
   * The answers against a run that ended short of its goal, for its card: shown, not saved (the
   * attempt did not count, and a retry asks again).
   */
  answersAtFailure(s: LevelSession): CommittedPrediction[] {
    return this.scored(s).answers;
  }

  /** The choices, and the sketches scored against the run so far (with each sketch's score by id). */
  private scored(s: LevelSession): { answers: CommittedPrediction[]; sketchScores: Map<string, number> } {
    const levelTrials = levelTrialCount(s.level);
    const sketched: CommittedPrediction[] = [];
    const sketchScores = new Map<string, number>();
    for (const { prediction, values } of this.sketches) {
      const checked = checkSketchPrediction(s.level, prediction.id, values, s.recorder.trials);
      if (!checked.ok) continue;
      sketched.push({ id: prediction.id, ...sketchPredictionCard(prediction, levelTrials, values, checked.result) });
      sketchScores.set(prediction.id, checked.result.score);
    }
    return { answers: [...this.committed, ...sketched], sketchScores };
  }
}
