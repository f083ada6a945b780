/**
 * The lesson around a level: the intro card, the predict-then-run questions, settling each attempt
 * (one per spawn: a completion when the goal watch finds every objective met, a failure on Reset or
 * when the timeline ends first), the "what just happened" card with stars and the lesson side panel
 * (goal, hints, teacher notes, result button). This is the one place that asks predictions.
 *
 * A level opened from the campaign (the menu, the result card's Next, or a ?level= link to a chapter
 * level) shows its cards by itself and pauses at the trial end where its goal is met; any other level
 * records the goal the same way, keeps running, and offers the card behind a button.
 */
import { checkPrediction } from '../levels/campaign/predictions';
import { maxStarsOf, usedText, watchingRuleText } from '../levels/campaign/stars';
import { checkSketchPrediction, controlTrials, describeCurve, levelTrialCount, sketchAxes, sketchTrialRange } from '../levels/campaign/sketch';
import { hintSchedule } from '../levels/campaign/hints';
import type { GoalReached } from '../levels/objectives/goalWatch';
import type { Lesson, Prediction, SketchPrediction } from '../levels/schema/lesson';
import { byId } from '../ui/byId';
import type { Chapter } from '../ui/campaign/chapters';
import { nextLevelId } from '../ui/campaign/chapters';
import { HintsPanel } from '../ui/campaign/hintsPanel';
import { LevelCards, type ResultCardData } from '../ui/campaign/levelCards';
import { goalOf, introOf, whatHappenedOf } from '../ui/campaign/lessonView';
import { PredictionDialog } from '../ui/campaign/predictionDialog';
import { sketchPredictionCard } from '../ui/campaign/sketchResult';
import { TeacherNotes } from '../ui/campaign/teacherNotes';
import type { LevelEntry } from './levelCatalog';
import type { LevelSession } from './levelSession';
import type { PageState } from './pageState';
import type { Progress } from './progress/progressRecord';
import type { ProgressStore } from './progress/progressStore';
import { failuresOf, recordCompletion, recordFailure, recordPrediction, recordPredictionOutcome, recordSketchPrediction } from './progress/progressUpdates';
import { sessionStars } from './progress/sessionStars';

export interface LessonFlowDeps {
  readonly state: PageState;
  readonly progressStore: ProgressStore;
  readonly chapters: readonly Chapter[];
  readonly levels: readonly LevelEntry[];
  /** Pauses if running; true when it was running. */
  pause(): Promise<boolean>;
  /** Plays again if paused and the level can still run. */
  play(): Promise<void>;
  announce(text: string): void;
  /** Opens another level as from the campaign (the result card's Next). */
  openFromCampaign(id: string): void;
  /** A visible prompt beside the sliders (and announced): the level waits for the player's setup. */
  promptSetup(text: string): void;
}

type CommittedPrediction = ResultCardData['predictions'][number] & { id: string };
/** A question of either kind: multiple choice, or a curve to sketch. */
type AnyPrediction = Prediction | SketchPrediction;

/** Every predict-then-run question of a lesson, multiple choice first. */
function questionsOf(lesson: Lesson | undefined): AnyPrediction[] {
  return [...(lesson?.predictions ?? []), ...(lesson?.sketchPredictions ?? [])];
}

export class LessonFlow {
  private readonly cards = new LevelCards();
  private readonly predictionDialog = new PredictionDialog();
  private readonly hints = new HintsPanel(byId('hints'));
  private readonly teacherNotes = new TeacherNotes(byId<HTMLDetailsElement>('teacher-notes'), byId('teacher-notes-text'));
  private readonly lessonGoal = byId<HTMLParagraphElement>('lesson-goal');
  private readonly resultButton = byId<HTMLButtonElement>('lesson-result');
  private showLastResult: (() => void) | null = null;
  /** The level opened from the campaign (its intro and result cards open by themselves). */
  private campaignLevel: string | null = null;
  /** Predictions asked since the level was opened from the campaign (kept over Resets), with the answers. */
  private askedPredictions = new Set<string>();
  private committedPredictions: CommittedPrediction[] = [];
  /** Sketches committed in this opening of the level: scored against the run when the goal is met. */
  private committedSketches: Array<{ prediction: SketchPrediction; values: number[] }> = [];
  private asking = false;
  /** The attempt of the current spawn has been recorded (completion or failure). */
  private attemptSettled = false;

  constructor(private readonly deps: LessonFlowDeps) {
    this.resultButton.addEventListener('click', () => this.showLastResult?.());
  }

  /** A dialog of the lesson (intro, question, result) is open. */
  get dialogOpen(): boolean {
    return this.cards.open || this.predictionDialog.open;
  }

  /** Before a level loads: remember whether it came from the campaign; its questions start unasked. */
  beginOpen(id: string, fromCampaign: boolean): void {
    this.campaignLevel = fromCampaign ? id : null;
    this.askedPredictions = new Set();
    this.committedPredictions = [];
    this.committedSketches = [];
  }

  /** Whether the run stops at its goal: a campaign level whose attempt is still open. */
  stopsAtGoal(s: LevelSession): boolean {
    return this.campaignLevel === s.id && !this.attemptSettled && !isSandboxLevel(this.deps.chapters, s.id);
  }

  /** A campaign level with an intro card or a start question stays paused at tick 0 until they are done. */
  holdsAtStart(s: LevelSession): boolean {
    if (this.campaignLevel !== s.id) return false;
    return introOf(s.level.lesson) !== '' || questionsOf(s.level.lesson).some((p) => p.askedBefore === 'start');
  }

  /** A new spawn of a level (opened or Reset): a new attempt; the side panel follows the level. */
  onInstall(s: LevelSession): void {
    this.attemptSettled = false;
    this.hints.show(hintSchedule(s.level.lesson?.hints ?? []), failuresOf(this.deps.progressStore.current, s.id));
    this.resultButton.hidden = true;
    this.showLastResult = null;
    this.lessonGoal.textContent = s.level.lesson?.goal ?? s.level.description ?? '';
    this.teacherNotes.show(s.level.lesson);
    this.updateQuestionBarrier(s);
  }

  /**
   * Where the page must stop for the next trial-timed question of a campaign level: after the trial
   * before it has ended (state.questionBarrier, honoured on the main thread and in fast-forward).
   */
  private updateQuestionBarrier(s: LevelSession): void {
    const { state } = this.deps;
    const due = this.campaignLevel === s.id
      ? questionsOf(s.level.lesson).filter((p) => p.askedBefore !== 'start' && !this.askedPredictions.has(p.id))
      : [];
    state.questionBarrier = due.length === 0 ? null : Math.min(...due.map((p) => (p.askedBefore === 'start' ? 0 : p.askedBefore.trial - 1)));
  }

  /** The page reached state.questionBarrier: pause there and ask. */
  onQuestionDue(s: LevelSession): void {
    this.deps.state.questionBarrier = null;
    this.askDuePredictions(s);
  }

  /**
   * After the intro and the start questions: a level with sliders waits, paused at its first tick,
   * so the player sets them up before any trial runs (trials used count for stars); others play.
   */
  private beginRun(s: LevelSession): void {
    if (this.deps.state.session !== s) return;
    if ((s.level.playerParameters ?? []).length > 0 && s.world.clock[0] === 0) {
      const countsTrials = (s.level.lesson?.stars ?? []).some((rule) => rule.trialsAtMost !== undefined);
      this.deps.promptSetup(`Set the sliders, then press Play (Space).${countsTrials ? ` ${watchingRuleText('trials')}` : ''}`);
      return;
    }
    void this.deps.play();
  }

  onProgressChange(progress: Progress): void {
    const s = this.deps.state.session;
    if (s) this.hints.show(hintSchedule(s.level.lesson?.hints ?? []), failuresOf(progress, s.id));
  }

  /** After a level opened from the campaign has loaded: intro card (paused), then the start questions, then play. */
  afterStart(s: LevelSession): void {
    const { state } = this.deps;
    if (this.campaignLevel !== s.id || state.session !== s) return;
    const intro = introOf(s.level.lesson);
    const startQuestions = questionsOf(s.level.lesson).filter((p) => p.askedBefore === 'start');
    const afterIntro = (): void => {
      if (state.session !== s) return;
      if (startQuestions.length > 0) void this.askPredictions(s, startQuestions);
      else this.beginRun(s);
    };
    if (!intro) {
      if (startQuestions.length > 0) void this.askPredictions(s, startQuestions);
      return;
    }
    // Paused while the player reads; Start (or Esc) goes on to the questions, then plays.
    void this.deps.pause();
    this.cards.showIntro(s.level.title ?? s.id, intro, goalOf(s.level.lesson) || (s.level.description ?? ''), afterIntro);
  }

  /** Trial-timed questions: asked when the trial before theirs has ended (checked when the panels refresh). */
  askDuePredictions(s: LevelSession): void {
    if (this.campaignLevel !== s.id || this.asking) return;
    const done = s.recorder.trials.length;
    const due = questionsOf(s.level.lesson).filter((p) => p.askedBefore !== 'start' && done >= p.askedBefore.trial - 1 && !this.askedPredictions.has(p.id));
    if (due.length > 0) void this.askPredictions(s, due);
  }

  /** Pauses, asks each question in turn, records the answers, then plays again if it was playing. */
  private async askPredictions(s: LevelSession, due: readonly AnyPrediction[]): Promise<void> {
    const fresh = due.filter((p) => !this.askedPredictions.has(p.id));
    if (fresh.length === 0 || this.asking) return;
    this.asking = true;
    for (const p of fresh) this.askedPredictions.add(p.id);
    const wasRunning = await this.deps.pause();
    for (const p of fresh) {
      if ('sketch' in p) {
        await this.askSketch(s, p);
        continue;
      }
      const choice = await this.predictionDialog.ask(s.level.title ?? s.id, p.question, p.choices);
      if (choice === null) continue;
      const checked = checkPrediction(s.level, p.id, choice);
      if (!checked.ok) continue;
      this.committedPredictions.push({ id: p.id, question: p.question, answer: p.choices[choice], outcome: p.choices[p.answer], correct: checked.record.correct, reveal: p.reveal });
      void this.deps.progressStore.update((progress) => recordPrediction(progress, { levelId: s.id, questionId: p.id, answer: p.choices[choice], madeAt: new Date().toISOString() }));
    }
    this.asking = false;
    if (this.deps.state.session !== s) return;
    this.updateQuestionBarrier(s);
    if (due.some((p) => p.askedBefore === 'start')) this.beginRun(s);
    else if (wasRunning) await this.deps.play();
  }

  /** A sketch question: the player draws the curve; it is recorded now and scored when the goal is met. */
  private async askSketch(s: LevelSession, p: SketchPrediction): Promise<void> {
    const levelTrials = levelTrialCount(s.level);
    const axes = sketchAxes(p, levelTrials);
    const values = await this.predictionDialog.askSketch(s.level.title ?? s.id, p.question, axes, p.sketch.points);
    if (values === null) return;
    this.committedSketches.push({ prediction: p, values });
    const answer = describeCurve(values, controlTrials(values.length, sketchTrialRange(p, levelTrials)), axes);
    void this.deps.progressStore.update((progress) => recordSketchPrediction(progress, s.id, p.id, values, answer, new Date().toISOString()));
  }

  /** Scores the committed sketches against the run so far; their outcomes go into the progress. */
  private scoreSketches(s: LevelSession): CommittedPrediction[] {
    const levelTrials = levelTrialCount(s.level);
    const scored: CommittedPrediction[] = [];
    for (const { prediction, values } of this.committedSketches) {
      const checked = checkSketchPrediction(s.level, prediction.id, values, s.recorder.trials);
      if (!checked.ok) continue;
      const entry = sketchPredictionCard(prediction, levelTrials, values, checked.result);
      scored.push({ id: prediction.id, ...entry });
      void this.deps.progressStore.update((progress) => recordPredictionOutcome(progress, s.id, prediction.id, entry.outcome, entry.correct, checked.result.score));
    }
    return scored;
  }

  /** Reset of a run that had started: its attempt failed (unless it was already settled). */
  onReset(s: LevelSession): void {
    if (this.attemptSettled || s.world.clock[0] === 0) return;
    this.attemptSettled = true;
    void this.deps.progressStore.update((p) => recordFailure(p, s.id));
  }

  /** The timeline ended without the goal: a failed attempt. */
  settleIfFinished(s: LevelSession): void {
    const { state } = this.deps;
    if (this.attemptSettled || !state.finished || state.goalWatch?.goal || s.level.objectives.length === 0) return;
    this.attemptSettled = true;
    void this.deps.progressStore.update((p) => recordFailure(p, s.id));
    this.deps.announce('The level ended before every objective was met. Reset (r) to try again.');
  }

  /**
   * Every objective was first met (at a trial end, or a whole simulated second): a completion with
   * the goal's trials used. A campaign level pauses right here and shows the card.
   */
  onGoal(s: LevelSession, goal: GoalReached): void {
    // Free play is never "complete": a sandbox's objectives are things to try, and it runs on.
    if (this.attemptSettled || isSandboxLevel(this.deps.chapters, s.id)) return;
    this.attemptSettled = true;
    const { progressStore, chapters, levels } = this.deps;
    const failures = failuresOf(progressStore.current, s.id);
    const sketches = this.scoreSketches(s);
    const answered = [...this.committedPredictions, ...sketches];
    const award = sessionStars(s, goal, answered.map((c) => ({ predictionId: c.id, correct: c.correct })));
    const { stars, used } = award;
    const maxStars = maxStarsOf(s.level.lesson?.stars);
    void progressStore.update((p) => recordCompletion(p, s.id, stars, used));
    // The run is over for the questions asked: their outcomes go into the progress.
    for (const p of s.level.lesson?.predictions ?? []) {
      const made = this.committedPredictions.find((c) => c.id === p.id);
      if (made) void progressStore.update((progress) => recordPredictionOutcome(progress, s.id, p.id, made.outcome, made.correct));
    }
    const predictions = answered;
    const nextId = nextLevelId(chapters, s.id);
    const nextTitle = nextId ? levels.find((l) => l.id === nextId)?.title ?? nextId : null;
    this.showLastResult = () => this.cards.showResult({
      title: s.level.title ?? s.id,
      stars,
      maxStars,
      bestStars: progressStore.current.levels[s.id]?.bestStars ?? stars,
      usedText: usedText(award),
      reasons: award.reasons,
      failures,
      whatHappened: whatHappenedOf(s.level.lesson),
      predictions,
      nextTitle,
    }, nextId ? () => this.deps.openFromCampaign(nextId) : null);
    this.resultButton.hidden = false;
    this.deps.announce(`Level complete with ${stars} of ${maxStars} stars.`);
    // Opened from the campaign, the level pauses (at once on the main thread) and shows the card;
    // otherwise it keeps running and the card waits behind the button.
    if (this.campaignLevel === s.id) void this.deps.pause().then(() => { if (this.deps.state.session === s) this.showLastResult?.(); });
  }
}

/**
 * Whether a ?level= link should open `id` as a campaign level: one of the short levels of a chapter
 * from the campaign manifest (those chapters end with their sandbox; "Other levels" and the fallback
 * groups have none). Sandboxes and levels outside the campaign open as plain levels.
 */
export function isCampaignLevel(chapters: readonly Chapter[], id: string): boolean {
  return chapters.some((c) => c.levels.some((l) => l.sandbox) && c.levels.some((l) => l.id === id && !l.sandbox));
}

/** Whether `id` is a chapter's free-play level in the campaign manifest (never "complete", runs on). */
export function isSandboxLevel(chapters: readonly Chapter[], id: string): boolean {
  return chapters.some((c) => c.levels.some((l) => l.id === id && l.sandbox === true));
}
