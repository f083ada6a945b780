/**
 * The lesson around a level: the intro card, the predict-then-run questions (lessonQuestions.ts),
 * settling each attempt (one per spawn: a completion when the goal watch finds every objective met;
 * a failure when the timeline ends first, or on a Reset after the player really tried something,
 * attemptRule.ts), the "what just happened" card with stars and the lesson side panel (goal, hints,
 * teacher notes, result button).
 *
 * A level opened from the campaign (the menu, the level menu, the result card's Next, or a ?level=
 * link to a chapter level) shows its cards by itself and pauses at the trial end where its goal is
 * met; a free-play level (a sandbox, a level outside the campaign) records the goal the same way,
 * keeps running, offers the card behind a button, and never counts a failure. A preview (the
 * editor's draft) plays as a campaign level but keeps its stars, attempts and answers in a record of
 * its own that lives in memory for that one opening: a draft never writes the saved progress.
 */
import { maxStarsOf, watchingRuleText } from '../levels/campaign/stars';
import { hintSchedule } from '../levels/campaign/hints';
import type { GoalReached } from '../levels/objectives/goalWatch';
import type { Level } from '../levels/schema/level';
import { byId } from '../ui/byId';
import type { Chapter } from '../ui/campaign/chapters';
import { nextLevelId } from '../ui/campaign/chapters';
import { isSandboxLevel } from './campaignCatalog';
import { HintsPanel } from '../ui/campaign/hintsPanel';
import { LevelCards } from '../ui/campaign/levelCards';
import { goalOf, introOf, whatHappenedOf } from '../ui/campaign/lessonView';
import { TeacherNotes } from '../ui/campaign/teacherNotes';
import { playerChoiceFrom, resetEndsFailedAttempt, type SpawnSoFar } from './attemptRule';
import { firstChangeRestarts } from './firstChangeRestart';
import type { LevelEntry } from './levelCatalog';
import type { LevelSession } from './levelSession';
import { LessonQuestions, type AnyPrediction } from './lessonQuestions';
import type { PageState } from './pageState';
import type { Progress } from './progress/progressRecord';
import { ProgressStore } from './progress/progressStore';
import { failuresOf, recordCompletion, recordFailure } from './progress/progressUpdates';
import { sessionStars } from './progress/sessionStars';
import { waitsForSetup } from './setupWait';
import { t } from '../i18n/messages';
import { evaluateObjectives } from '../levels/objectives/evaluateObjectives';
import { objectiveItemTexts } from '../ui/objectivesPanel';
import { trialCountText } from '../ui/trialCountText';

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
  /** Starts the level again from its beginning with the player's settings, as Reset does (the failure card's Retry). */
  retry(): void;
  /** Opens another level as from the campaign (the result card's Next). */
  openFromCampaign(id: string): void;
  /** A visible prompt beside the sliders (and announced): the level waits for the player's setup. */
  promptSetup(text: string): void;
  /** Whether a level's stars, attempts and answers are saved (false: a preview, the editor's draft). */
  savesProgress(id: string): boolean;
  /** Where a level comes from when it is not one of the game's (a file or link, the editor's draft), in words; null for a built-in. */
  originOf(id: string): string | null;
}

export class LessonFlow {
  private readonly cards = new LevelCards();
  private readonly hints = new HintsPanel(byId('hints'));
  private readonly teacherNotes = new TeacherNotes(byId<HTMLDetailsElement>('teacher-notes'), byId('teacher-notes-text'));
  private readonly lessonGoal = byId<HTMLParagraphElement>('lesson-goal');
  private readonly lessonOrigin = byId<HTMLParagraphElement>('lesson-origin');
  private readonly resultButton = byId<HTMLButtonElement>('lesson-result');
  private readonly questions: LessonQuestions;
  private showLastResult: (() => void) | null = null;
  /** The level opened from the campaign (its intro and result cards open by themselves). */
  private campaignLevel: string | null = null;
  /** The level as this opening first spawned it: a later spawn that differs carries the player's settings. */
  private openedLevel: Level | null = null;
  /** The attempt of the current spawn has been recorded (completion or failure). */
  private attemptSettled = false;
  /** Where this opening's stars, attempts and answers go: the saved progress, or a preview's own record. */
  private progress: ProgressStore;

  constructor(private readonly deps: LessonFlowDeps) {
    this.progress = deps.progressStore;
    this.questions = new LessonQuestions(() => this.progress);
    this.resultButton.addEventListener('click', () => this.showLastResult?.());
  }

  /** A dialog of the lesson (intro, question, result) is open. */
  get dialogOpen(): boolean {
    return this.cards.open || this.questions.open;
  }

  /** Before a level loads: remember whether it came from the campaign; its questions start unasked. */
  beginOpen(id: string, fromCampaign: boolean): void {
    this.progress = this.deps.savesProgress(id) ? this.deps.progressStore : this.previewRecord();
    this.campaignLevel = fromCampaign ? id : null;
    this.openedLevel = null;
    this.questions.beginOpening();
  }

  /** Whether the run stops at its goal: a campaign level whose attempt is still open. */
  stopsAtGoal(s: LevelSession): boolean {
    return this.campaignLevel === s.id && !this.attemptSettled && !isSandboxLevel(this.deps.chapters, s.id);
  }

  /** A campaign level with an intro card or a start question stays paused at tick 0 until they are done. */
  holdsAtStart(s: LevelSession): boolean {
    if (this.campaignLevel !== s.id) return false;
    return introOf(s.level.lesson) !== '' || this.questions.unasked(s).some((p) => p.askedBefore === 'start');
  }

  /** A new spawn of a level (opened or Reset): a new attempt; the side panel follows the level. */
  onInstall(s: LevelSession): void {
    this.attemptSettled = false;
    this.openedLevel ??= s.level;
    if (this.campaignLevel === s.id && this.questions.takeSavedAnswers(s) > 0) {
      this.deps.announce(t('game.lesson.earlierPredictionsCount'));
    }
    this.showHints(s, this.progress.current);
    this.resultButton.hidden = true;
    this.showLastResult = null;
    this.lessonGoal.textContent = s.level.lesson?.goal ?? s.level.description ?? '';
    const origin = this.deps.originOf(s.id);
    this.lessonOrigin.textContent = origin ?? '';
    this.lessonOrigin.hidden = origin === null;
    this.teacherNotes.show(s.level.lesson);
    this.updateQuestionBarrier(s);
  }

  /**
   * Where the page must stop for the next trial-timed question of a campaign level: after the trial
   * before it has ended (state.questionBarrier, honoured on the main thread and in fast-forward).
   */
  private updateQuestionBarrier(s: LevelSession): void {
    const { state } = this.deps;
    const due = this.campaignLevel === s.id ? this.questions.unasked(s).filter((p) => p.askedBefore !== 'start') : [];
    state.questionBarrier = due.length === 0 ? null : Math.min(...due.map((p) => (p.askedBefore === 'start' ? 0 : p.askedBefore.trial - 1)));
  }

  /** The page reached state.questionBarrier: pause there and ask. */
  onQuestionDue(s: LevelSession): void {
    this.deps.state.questionBarrier = null;
    this.askDuePredictions(s);
  }

  /**
   * After the intro and the start questions: a level with sliders waits, paused at its first tick,
   * so the player sets them up before any trial runs (trials used count for stars); so does one whose
   * start question leads into the player's own move (afterAnswer "pause": a drug to give first);
   * others play.
   */
  private beginRun(s: LevelSession, leadsIntoMove = false): void {
    if (this.deps.state.session !== s) return;
    if (waitsForSetup(s.level, s.world.clock[0])) {
      const countsTrials = (s.level.lesson?.stars ?? []).some((rule) => rule.trialsAtMost !== undefined);
      this.deps.promptSetup([t('game.lesson.setSliders'), ...(countsTrials && s.level.lesson?.starsCountFrom !== 'start' ? [watchingRuleText()] : [])].join(' '));
      return;
    }
    if (leadsIntoMove) {
      this.deps.promptSetup(t('game.lesson.actThenPlay'));
      return;
    }
    void this.deps.play();
  }

  /** The saved progress (or a preview's record) changed: hints unlock with failures. */
  onProgressChange(): void {
    const s = this.deps.state.session;
    if (s) this.showHints(s, this.progress.current);
  }

  /** A fresh record in memory for one opening of a preview: every question is asked again, nothing is saved. */
  private previewRecord(): ProgressStore {
    const record = new ProgressStore(null);
    record.onChange(() => { if (this.progress === record) this.onProgressChange(); });
    return record;
  }

  /** A campaign level's hints unlock with failed attempts; free play counts none, so all its hints are open. */
  private showHints(s: LevelSession, progress: Progress): void {
    const failures = this.campaignLevel === s.id ? failuresOf(progress, s.id) : Number.POSITIVE_INFINITY;
    this.hints.show(hintSchedule(s.level.lesson?.hints ?? []), failures);
  }

  /** After a level opened from the campaign has loaded: intro card (paused), then the start questions, then play. */
  afterStart(s: LevelSession): void {
    const { state } = this.deps;
    if (this.campaignLevel !== s.id || state.session !== s) return;
    const intro = introOf(s.level.lesson);
    const startQuestions = this.questions.unasked(s).filter((p) => p.askedBefore === 'start');
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
    this.cards.showIntro(s.level.title ?? s.id, intro, goalOf(s.level.lesson) || (s.level.description ?? ''), afterIntro, this.deps.originOf(s.id));
  }

  /** Trial-timed questions: asked when the trial before theirs has ended (checked when the panels refresh). */
  askDuePredictions(s: LevelSession): void {
    if (this.campaignLevel !== s.id) return;
    const done = s.recorder.trials.length;
    const due = this.questions.unasked(s).filter((p) => p.askedBefore !== 'start' && done >= p.askedBefore.trial - 1);
    if (due.length > 0) void this.askPredictions(s, due);
  }

  /**
   * Pauses, asks each question in turn, records the answers, then plays again if it was playing, at
   * the speed it had; a question that leads into the player's own move (afterAnswer "pause") leaves the
   * level paused with a prompt, since fast-forward would run past the moment it asks about.
   */
  private async askPredictions(s: LevelSession, due: readonly AnyPrediction[]): Promise<void> {
    const fresh = this.questions.claim(due);
    if (fresh.length === 0) return;
    const wasRunning = await this.deps.pause();
    await this.questions.askEach(s, fresh);
    if (this.deps.state.session !== s) return;
    this.updateQuestionBarrier(s);
    if (due.some((p) => p.askedBefore === 'start')) this.beginRun(s, fresh.some((p) => p.afterAnswer === 'pause'));
    else if (fresh.some((p) => p.afterAnswer === 'pause')) this.deps.promptSetup(t('game.lesson.actThenPlay'));
    else if (wasRunning) await this.deps.play();
  }

  /**
   * Reset of a campaign level: a failed attempt only when the player had tried something
   * (attemptRule.ts); exploring or starting over costs nothing. Free play never fails.
   */
  onReset(s: LevelSession): void {
    if (this.attemptSettled || this.campaignLevel !== s.id) return;
    if (!resetEndsFailedAttempt(this.spawnSoFar(s))) return;
    this.attemptSettled = true;
    void this.progress.update((p) => recordFailure(p, s.id));
  }

  /** This spawn so far, as the attempt rules read it. */
  private spawnSoFar(s: LevelSession): SpawnSoFar {
    return {
      settingsCarriedIn: this.openedLevel !== null && s.level !== this.openedLevel,
      commandLog: s.world.commands.log,
      trialEndTicks: s.recorder.trials.map((t) => t.endTick),
      hasTrials: s.run.timelineTicks > 0,
      tick: s.world.clock[0],
      dtMs: s.world.dtMs,
    };
  }

  /** A campaign run whose attempt is open: the one that counts for stars (not free play, not settled). */
  private countsForStars(s: LevelSession): boolean {
    return this.campaignLevel === s.id && !this.attemptSettled && !isSandboxLevel(this.deps.chapters, s.id);
  }

  /** The player's change now restarts the level with it (firstChangeRestart.ts): watching is free. */
  restartsOnFirstChange(s: LevelSession): boolean {
    return this.countsForStars(s) && firstChangeRestarts(s.level, this.spawnSoFar(s));
  }

  /** Watching is still free in this run: a counted campaign run in which the player has changed nothing. */
  watchingIsFree(s: LevelSession): boolean {
    return this.countsForStars(s) && s.level.lesson?.starsCountFrom !== 'start' && playerChoiceFrom(this.spawnSoFar(s)) === null;
  }

  /**
   * The timeline ended without the goal: a failed attempt (counted for a campaign level), and a card
   * that names the missed objectives with their values and offers Retry. It opens by itself for a
   * campaign level; in free play it waits behind the result button, as the success card does.
   */
  settleIfFinished(s: LevelSession): void {
    const { state } = this.deps;
    if (this.attemptSettled || !state.finished || state.goalWatch?.goal || s.level.objectives.length === 0 || isSandboxLevel(this.deps.chapters, s.id)) return;
    this.attemptSettled = true;
    const counted = this.campaignLevel === s.id;
    // Free play never counts a failure: its card says no number of attempts.
    const failures = counted ? failuresOf(this.progress.current, s.id) + 1 : null;
    if (counted) void this.progress.update((p) => recordFailure(p, s.id));
    const outcomes = evaluateObjectives(s.level, s.run);
    const missedIds = new Set(outcomes.filter((o) => !o.met).map((o) => o.id));
    const missed = objectiveItemTexts(s.level, outcomes).filter((o) => missedIds.has(o.id));
    this.showLastResult = () => this.cards.showFailure({
      title: s.level.title ?? s.id,
      missed,
      failures,
      origin: this.deps.originOf(s.id),
      predictions: this.questions.answersAtFailure(s),
    }, () => this.deps.retry());
    this.resultButton.hidden = false;
    this.deps.announce(t('game.lesson.endedUnmet'));
    if (counted) void this.deps.pause().then(() => { if (this.deps.state.session === s) this.showLastResult?.(); });
  }

  /**
   * Every objective was first met (at a trial end, or a whole simulated second): a completion with
   * the goal's trials used. A campaign level pauses right here and shows the card.
   */
  onGoal(s: LevelSession, goal: GoalReached): void {
    // Free play is never "complete": a sandbox's objectives are things to try, and it runs on.
    if (this.attemptSettled || isSandboxLevel(this.deps.chapters, s.id)) return;
    this.attemptSettled = true;
    const { chapters, levels } = this.deps;
    const progressStore = this.progress;
    const failures = failuresOf(progressStore.current, s.id);
    const answered = this.questions.answersAtGoal(s);
    const award = sessionStars(s, goal, answered.map((c) => ({ predictionId: c.id, correct: c.correct })));
    const { stars, used } = award;
    const maxStars = maxStarsOf(s.level.lesson?.stars);
    void progressStore.update((p) => recordCompletion(p, s.id, stars, used));
    const predictions = answered;
    const nextId = nextLevelId(chapters, s.id);
    const nextTitle = nextId ? levels.find((l) => l.id === nextId)?.title ?? nextId : null;
    this.showLastResult = () => this.cards.showResult({
      title: s.level.title ?? s.id,
      stars,
      maxStars,
      bestStars: progressStore.current.levels[s.id]?.bestStars ?? stars,
      usedText: award.unit === 'trials' ? trialCountText(s.level, award.used) : t('game.card.usedSeconds', { count: award.used }),
      reasons: award.reasons,
      failures,
      whatHappened: whatHappenedOf(s.level.lesson),
      predictions,
      nextTitle,
      origin: this.deps.originOf(s.id),
    }, nextId ? () => this.deps.openFromCampaign(nextId) : null);
    this.resultButton.hidden = false;
    this.deps.announce(t('game.lesson.completeWithStars', { count: maxStars, stars }));
    // Opened from the campaign, the level pauses (at once on the main thread) and shows the card;
    // otherwise it keeps running and the card waits behind the button.
    if (this.campaignLevel === s.id) void this.deps.pause().then(() => { if (this.deps.state.session === s) this.showLastResult?.(); });
  }
}
