/**
 * Time control of the page's world: play / pause, step one tick, run to the trial end, step back,
 * speeds (slow and normal step on the main thread, fast-forward hands over to the worker), and the
 * per-frame stepping with its wall-clock budget. Every main-thread tick goes through stepOnce, which
 * records step-back snapshots, flushes the tick's events and lets the goal watch look at trial ends.
 */
import type { GoalReached } from '../levels/objectives/goalWatch';
import type { SimEvent } from '../sim/events/simEvents';
import type { SpeedChoice } from '../ui/controls';
import type { FastForwardControl } from './fastForwardControl';
import type { FixedStepClock } from './fixedStepClock';
import type { LevelSession } from './levelSession';
import { stepLevel, timelineDone } from './levelStep';
import type { PageState } from './pageState';
import { formatWithUnit, t } from '../i18n/messages';

/** Wall-clock budget for stepping per frame, so drawing and input stay responsive. */
const stepBudgetMs = 12;

export interface TimeControlHooks {
  refreshButtons(): void;
  /** Shows the status line now (a pause must show at once, not at the next refresh). */
  showStatus(): void;
  announce(text: string): void;
  showSpeed(value: SpeedChoice): void;
  /** The events of one main-thread tick (the world clears them afterwards). */
  flushEvents(events: SimEvent[]): void;
  /** Every objective was first met at this tick; the lesson flow may pause here. */
  onGoal(s: LevelSession, goal: GoalReached): void;
  /** A trial-timed question is due (state.questionBarrier trials have ended); the lesson flow pauses and asks. */
  onQuestionDue(s: LevelSession): void;
}

export class TimeControl {
  constructor(
    private readonly state: PageState,
    private readonly clock: FixedStepClock,
    private readonly fastForward: FastForwardControl,
    private readonly hooks: TimeControlHooks,
  ) {}

  async playPause(): Promise<void> {
    const { state } = this;
    if (!state.session || state.finished) return;
    if (state.mode === 'fastForward') {
      await this.fastForward.leave();
      state.mode = 'paused';
    } else if (state.mode === 'paused') {
      if (state.speed === 'fast') this.fastForward.start();
      else state.mode = 'playing';
    } else {
      state.mode = 'paused';
    }
    this.clock.dropBacklog();
    this.hooks.refreshButtons();
    this.hooks.showStatus();
    this.hooks.announce(state.mode === 'paused' ? t('game.announce.paused') : t('game.announce.playing'));
  }

  /** Pauses if running (on the main thread this takes effect at once); true when it was running. */
  async pause(): Promise<boolean> {
    if (this.state.mode === 'paused') return false;
    await this.playPause();
    return true;
  }

  /** Plays again if paused and the level can still run. */
  async play(): Promise<void> {
    const { state } = this;
    if (state.session && state.mode === 'paused' && !state.finished) await this.playPause();
  }

  async setSpeed(value: SpeedChoice): Promise<void> {
    const { state } = this;
    state.speed = value;
    this.hooks.showSpeed(value);
    if (value === 'fast') {
      if (state.mode !== 'fastForward') this.fastForward.start();
      return;
    }
    if (state.mode === 'fastForward') {
      await this.fastForward.leave();
      state.mode = state.finished ? 'paused' : 'playing';
    }
    this.hooks.refreshButtons();
  }

  async stepTick(): Promise<void> {
    const s = this.state.session;
    if (!s || this.state.finished) return;
    await this.fastForward.leave();
    this.state.mode = 'paused';
    this.stepOnce(s);
    this.state.sinceSlowRefreshMs = Infinity;
    this.hooks.refreshButtons();
  }

  async stepTrial(): Promise<void> {
    if (!this.state.session || this.state.finished || !this.state.hasTrials) return;
    await this.fastForward.leave();
    this.state.mode = 'toTrialEnd';
    this.hooks.refreshButtons();
  }

  async stepBack(): Promise<void> {
    const { state } = this;
    const s = state.session;
    if (!s || !state.ring) return;
    await this.fastForward.leave();
    const tick = state.ring.stepBack(s.world, s.recorder);
    state.mode = 'paused';
    if (tick !== null) {
      state.finished = false;
      // A goal met later than the restored tick has not happened (yet) in this world: watch for it again.
      const goal = state.goalWatch?.goal ?? null;
      state.goalWatch?.resync(goal && goal.tick <= s.world.clock[0] ? goal : null);
      this.hooks.announce(t('game.time.steppedBack', { time: formatWithUnit(tick * s.world.dtMs / 1000, 's', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }));
    }
    state.sinceSlowRefreshMs = Infinity;
    this.hooks.refreshButtons();
  }

  /** One main-thread tick: step, remember for step back, flush events, check the goal at trial ends. */
  stepOnce(s: LevelSession): void {
    stepLevel(s.world, s.recorder);
    this.state.ring?.maybeRecord(s.world, s.recorder);
    if (s.world.events.length > 0) this.hooks.flushEvents(s.world.events);
    const watch = this.state.goalWatch;
    if (watch?.afterTick() && watch.goal) this.hooks.onGoal(s, watch.goal);
    const barrier = this.state.questionBarrier;
    if (barrier !== null && s.recorder.trials.length >= barrier) this.hooks.onQuestionDue(s);
  }

  /** The frame's stepping: as many ticks as the chosen speed owes (or up to the trial end), within the budget. */
  stepFrame(s: LevelSession, deltaMs: number, began: number): void {
    const { state, clock } = this;
    if ((state.mode !== 'playing' && state.mode !== 'toTrialEnd') || state.finished) return;
    // "Step trial" runs as fast as the frame budget allows; play runs at the chosen speed.
    const toTrialEnd = state.mode === 'toTrialEnd';
    const steps = toTrialEnd ? Number.POSITIVE_INFINITY : clock.advance(deltaMs, state.realTimeFactor, s.world.dtMs);
    const trialsBefore = s.recorder.trials.length;
    for (let i = 0; i < steps; i++) {
      if (timelineDone(s.world)) {
        state.finished = true;
        state.mode = 'paused';
        this.hooks.announce(t('game.time.finished'));
        break;
      }
      this.stepOnce(s);
      // The lesson flow paused at the goal or for a question.
      if (!state.running || state.session !== s) break;
      if (toTrialEnd && s.recorder.trials.length > trialsBefore) {
        state.mode = 'paused';
        this.hooks.announce(t('game.time.trialEnded', { number: s.recorder.trials.length }));
        break;
      }
      // Check the wall clock every 16 steps; past the budget, run slower than asked.
      if ((i & 15) === 15 && performance.now() - began > stepBudgetMs) {
        clock.dropBacklog();
        clock.lagging = state.mode === 'playing';
        break;
      }
    }
  }
}
