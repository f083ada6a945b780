/**
 * Per timeline phase: how many trials it actually ran, the most it could run, and, for a phase that
 * runs until a criterion, whether the criterion ended it. runLevel reports these as `phases`.
 */
import { PhaseOutcome, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { SimWorld } from '../../sim/world/world';
import type { TrialRecord } from './levelRecorder';

export interface PhaseSummary {
  session: string;
  phase: string;
  /** Trials of this phase that ended. */
  trials: number;
  /** The phase's trial count (with a criterion: its maximum). */
  maxTrials: number;
  /**
   * With a criterion: 'met' (the criterion ended the phase), 'maxTrials' (it ran its maximum without
   * meeting it), or 'notReached' (the run stopped before either). null without a criterion.
   */
  criterion: 'met' | 'maxTrials' | 'notReached' | null;
}

const OUTCOME_NAMES = { [PhaseOutcome.pending]: 'notReached', [PhaseOutcome.met]: 'met', [PhaseOutcome.maxTrials]: 'maxTrials' } as const;

export function phaseSummaries(world: SimWorld, trials: readonly TrialRecord[]): PhaseSummary[] {
  const timeline = trialTimelineOf(world);
  if (!timeline) return [];
  const ran = new Map<string, number>();
  for (const trial of trials) ran.set(trial.phase, (ran.get(trial.phase) ?? 0) + 1);
  return timeline.phases.map((phase, p) => ({
    session: phase.session,
    phase: phase.name,
    trials: ran.get(phase.name) ?? 0,
    maxTrials: phase.trials,
    criterion: phase.criterion === null ? null : OUTCOME_NAMES[timeline.phaseOutcome![p] as 0 | 1 | 2],
  }));
}
