/**
 * What the page refreshes four times a second rather than every frame: the objectives panel (and the
 * `objectiveMet` bus event and announcement when one is first met), the lesson's checks (a finished
 * attempt, predictions that are due) and the status line. The frame loop decides when.
 */
import type { Bus } from '../bus/bus';
import { evaluateObjectives } from '../levels/objectives/evaluateObjectives';
import { recentRateHz } from '../render/spikeWindow';
import { trialNounOf } from '../levels/labels/trialNoun';
import type { SimEvent } from '../sim/events/simEvents';
import type { Controls } from '../ui/controls';
import { starCountNote, type ObjectivesPanel } from '../ui/objectivesPanel';
import type { FixedStepClock } from './fixedStepClock';
import type { LevelSession } from './levelSession';
import type { LevelViews } from './levelViews';
import type { LessonFlow } from './lessonFlow';
import type { PageState } from './pageState';
import { t } from '../i18n/messages';

export interface SlowRefreshDeps {
  readonly state: PageState;
  readonly bus: Bus;
  readonly clock: FixedStepClock;
  readonly controls: Controls;
  readonly objectives: ObjectivesPanel;
  readonly lesson: LessonFlow;
  readonly views: LevelViews;
  refreshButtons(): void;
  /** The screen summary and live descriptions (screenDescription.ts). */
  describeScreen?(s: LevelSession, outcomes: ReturnType<typeof evaluateObjectives>): void;
}

export class SlowRefresh {
  /** Objectives of the current spawn already announced as met. */
  private objectivesMet = new Set<string>();

  constructor(private readonly deps: SlowRefreshDeps) {}

  /** A new spawn: its objectives are listed afresh and none counts as met yet. */
  begin(s: LevelSession): void {
    this.objectivesMet = new Set();
    this.deps.objectives.show(s.level, evaluateObjectives(s.level, s.run));
  }

  refresh(s: LevelSession): void {
    const { bus, controls, objectives, lesson } = this.deps;
    const view = controls.simView;
    const outcomes = evaluateObjectives(s.level, s.run);
    const hasTrials = s.run.timelineTicks > 0;
    const wholeSeconds = Math.floor((s.world.clock[0] * s.world.dtMs) / 1000 + 1e-9);
    objectives.update(outcomes, starCountNote(s.level, {
      unit: hasTrials ? 'trials' : 'seconds',
      done: hasTrials ? s.recorder.trials.length : wholeSeconds,
      watchingIsFree: lesson.watchingIsFree(s),
    }));
    for (const outcome of outcomes) {
      if (!outcome.met || this.objectivesMet.has(outcome.id)) continue;
      this.objectivesMet.add(outcome.id);
      const event: SimEvent = { type: 'objectiveMet', tick: s.world.clock[0], objective: outcome.id };
      bus.emit('objectiveMet', event as never);
      controls.announce(t('game.status.objectiveMet', { description: outcome.description }));
    }
    view.dataset.objectivesMet = String(this.objectivesMet.size);
    lesson.settleIfFinished(s);
    lesson.askDuePredictions(s);
    this.showStatus(s);
    this.deps.describeScreen?.(s, outcomes);
    this.deps.refreshButtons();
  }

  /** The status line alone (a pause shows at once, without the rest of the refresh). */
  showStatus(s: LevelSession): void {
    const { state, clock, controls } = this.deps;
    const view = controls.simView;
    const { mode } = state;
    const playing = mode === 'playing' || mode === 'toTrialEnd';
    const hasTrials = s.run.timelineTicks > 0;
    controls.setStatus({
      timeMs: s.world.clock[0] * s.world.dtMs,
      // A level without a trial timeline has no trials to count: no trials line.
      trials: hasTrials ? s.recorder.trials.length : null,
      trialNoun: trialNounOf(s.level),
      // A rate-model level (the credit arena) has no spiking neurons: no spike-rate line.
      rateHz: s.world.neurons.count === 0 ? null : recentRateHz(s.world.monitors.spikes, s.world.clock[0], s.world.dtMs, s.world.neurons.count),
      state: state.finished ? 'finished' : mode === 'paused' ? 'paused' : 'running',
      lagging: playing && clock.lagging,
      speedText: mode === 'fastForward' ? t('game.status.fastForwardSpeed', { factor: Math.round(state.ffSpeed) }) : state.speed === 'fast' ? t('game.status.fastForwardStopped') : t('game.status.factor', { factor: state.realTimeFactor }),
    });
    view.dataset.trials = String(s.recorder.trials.length);
    view.dataset.ffSpeed = state.ffSpeed.toFixed(1);
  }
}
