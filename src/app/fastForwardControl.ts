/**
 * The page's fast-forward: starts the worker from the page's world (FastForwardClient), restores
 * each chunk into that world, keeps the step-back ring, the fast-forward speed and the goal watch in
 * step with the worker, and hands a goal the worker found to the lesson flow. In a campaign level the
 * worker stops at exactly the trial end where the goal is met (stopWhenGoalMet).
 */
import type { GoalReached } from '../levels/objectives/goalWatch';
import type { SimCommand } from '../sim/commands/commandQueue';
import type { SimEvent } from '../sim/events/simEvents';
import { FastForwardClient } from './fastForwardClient';
import type { LevelSession } from './levelSession';
import type { ModulatorTraceSamples } from './modulatorTraceSampler';
import { timelineDone } from './levelStep';
import type { PageState } from './pageState';
import { t } from '../i18n/messages';

export interface FastForwardHooks {
  /** A worker event, to the bus and the announcer. */
  emit(event: SimEvent): void;
  /** Every objective was first met in a chunk (already applied to the page's world). */
  onGoal(s: LevelSession, goal: GoalReached): void;
  /** Modulator levels the worker sampled during a chunk (for the trace plot). */
  onModulatorTrace(samples: ModulatorTraceSamples): void;
  /** A trial-timed question is due (the page's world has reached state.questionBarrier). */
  onQuestionDue(s: LevelSession): void;
  /** Whether the run should stop at the goal (a campaign level whose attempt is not settled yet). */
  stopsAtGoal(s: LevelSession): boolean;
  refreshButtons(): void;
  showError(message: string): void;
  announce(text: string): void;
  /** The main-thread clock forgets time owed while the worker ran. */
  dropBacklog(): void;
}

export class FastForwardControl {
  readonly client = new FastForwardClient();

  constructor(private readonly state: PageState, private readonly hooks: FastForwardHooks) {}

  get running(): boolean {
    return this.client.running;
  }

  send(command: SimCommand): void {
    this.client.send(command);
  }

  prewarm(): void {
    this.client.prewarm();
  }

  /** Stops fast-forward (if it runs) and waits until its last state is in the page's world. */
  async leave(): Promise<void> {
    if (!this.client.running) return;
    await this.client.stop();
    this.hooks.dropBacklog();
  }

  start(): void {
    const { state, hooks } = this;
    const s = state.session;
    if (!s || state.finished || this.client.running) return;
    state.mode = 'fastForward';
    state.ffSpeed = 0;
    const stopWhenGoalMet = hooks.stopsAtGoal(s) && !state.goalWatch?.goal;
    // A question due before a later trial: stop when the trial before it ends, so it is asked in time.
    const barrier = state.questionBarrier;
    this.client.start(
      { world: s.world, recorder: s.recorder, level: s.level, seed: s.seed, assets: s.assets },
      {
        onChunk: (chunk) => {
          if (state.session !== s) return;
          for (const event of chunk.events) hooks.emit(event);
          if (chunk.modulatorTrace) hooks.onModulatorTrace(chunk.modulatorTrace);
          for (const point of chunk.tail) state.ring?.offer(point.snapshot, point.recorder, s.world.dtMs);
          state.ring?.offer(chunk.snapshot, chunk.recorder, s.world.dtMs);
          if (chunk.wallMs > 0) state.ffSpeed = (chunk.ticks * s.world.dtMs) / chunk.wallMs;
          state.sinceSlowRefreshMs = Infinity;
          // The page's watch takes over from the worker's state (it has checked every trial end).
          const known = state.goalWatch?.goal ?? null;
          state.goalWatch?.resync(known ?? chunk.goal);
          if (!known && chunk.goal) hooks.onGoal(s, chunk.goal);
          if (barrier !== null && s.recorder.trials.length >= barrier) hooks.onQuestionDue(s);
        },
        onEnded: (reason, message) => {
          if (state.session !== s) return;
          if (reason === 'error') hooks.showError(message ?? t('game.fastForward.unknownError'));
          state.finished = reason === 'timeline' || timelineDone(s.world);
          state.mode = 'paused';
          hooks.refreshButtons();
          hooks.announce(state.finished ? t('game.time.finished') : reason === 'goal' ? t('game.fastForward.goalReached') : reason === 'stopAtTrials' ? t('game.fastForward.pausedForQuestion') : t('game.fastForward.stopped'));
        },
      },
      { stopWhenGoalMet, ...(barrier !== null ? { stopAtTrials: barrier } : {}) },
    );
    hooks.refreshButtons();
  }
}
