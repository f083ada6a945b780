/**
 * The compiled trial timeline of a world: the spec with names resolved to indices and ms to ticks,
 * plus its mutable state, every array registered so that snapshots, restores and the determinism
 * hash include where the protocol is (phase, trial, trial type, resolved event ticks, the shuffled
 * deck, reference values of earlier phases). Stored in world.state under TIMELINE_STATE.
 */
import type { SimWorld } from '../world/world';
import type { SimCommand } from '../commands/commandQueue';
import type { CompiledMeasure } from './measures';
import type { Comparison, PhaseCriterionSpec, TimelineOrder } from './timelineSpec';
import { stateKey } from '../world/worldState';

export const TIMELINE_STATE = stateKey<TrialTimeline>('timeline');

export const Stage = { notStarted: 0, trial: 1, intertrial: 2, done: 3 } as const;

/** What became of an event in the current trial. */
export const EventStatus = {
  pending: 0,
  /** Fired; its stimulus is on until offTick. */
  on: 1,
  done: 2,
  /** Did not happen: the probability draw said no. */
  skipped: 3,
  /** Did not happen: its contingency was not met. */
  blocked: 4,
  /** A reward of amount 0: due, and omitted. */
  omitted: 5,
  /** Timed after the end of the trial. */
  dropped: 6,
} as const;

export const ActionKind = { stimulusOn: 0, stimulusOff: 1, stimulusFor: 2, reward: 3, modulatorPulse: 4, command: 5 } as const;

export interface CompiledCondition {
  readonly measure: CompiledMeasure;
  readonly comparison: Comparison;
  /** A fixed threshold, or null when it is a percentile of `reference`. */
  readonly threshold: number | readonly [number, number] | null;
  readonly percentile: number;
  readonly reference: Float64Array | null;
  /** Ticks before the event to measure over; −1 = since trial start. */
  readonly windowTicks: number;
}

export interface CompiledEvent {
  readonly after: number;
  readonly ms: number;
  readonly choicesMs: readonly number[] | null;
  readonly jitterMs: number;
  readonly probability: number;
  readonly condition: CompiledCondition | null;
  readonly action: number;
  /** Stimulus index (stimulus actions) or modulator pool (reward, modulatorPulse). */
  readonly target: number;
  readonly amount: number;
  readonly durationTicks: number;
  readonly command: SimCommand | null;
  readonly isReward: boolean;
}

export interface CompiledTrialType {
  readonly name: string;
  readonly weight: number;
  readonly events: readonly CompiledEvent[];
}

/** Records, in each trial of a reference phase, the value a percentile contingency compares with. */
export interface ReferenceSampler {
  readonly reference: Float64Array;
  readonly measure: CompiledMeasure;
  readonly windowTicks: number;
  readonly offsetTicks: number;
}

/** A phase's stopping criterion; its per-trial values are registered state (a ring of overTrials). */
export interface CompiledCriterion {
  readonly spec: PhaseCriterionSpec;
  /** Resolved by compilePhaseCriteria after the circuits are installed (a criterion may read theirs). */
  measure: CompiledMeasure | null;
  /** The measure in the last overTrials trials of the phase, slot = trial in phase mod overTrials. */
  readonly values: Float64Array;
  /** modulatorLevel: [sum of the level after each tick of the current trial, ticks] (else null). */
  readonly levelSum: Float64Array | null;
}

/** What became of a phase's criterion (timeline.phaseOutcome, per phase). */
export const PhaseOutcome = { pending: 0, met: 1, maxTrials: 2 } as const;

export interface CompiledPhase {
  readonly name: string;
  readonly session: string;
  readonly trials: number;
  readonly trialTicks: number;
  readonly intertrialTicks: number;
  readonly order: TimelineOrder;
  readonly trialTypes: readonly CompiledTrialType[];
  /** shuffled: how many trials of each type (largest-remainder rounding of the weights). */
  readonly shuffledCounts: Int32Array;
  /** sequential: the repeating cycle of trial type indices. */
  readonly sequence: Int32Array;
  readonly commandsAtStart: readonly SimCommand[];
  readonly commandsAtEnd: readonly SimCommand[];
  readonly samplers: ReferenceSampler[];
  readonly criterion: CompiledCriterion | null;
}

export interface CompiledWindow {
  readonly stimulus: number;
  readonly startTick: number;
  readonly endTick: number;
  readonly switchOnAtStart: boolean;
}

/** cursor: stage, phase, trial within the phase, trial type, trials started so far. */
export const Cursor = { stage: 0, phase: 1, trialInPhase: 2, trialType: 3, trialsStarted: 4 } as const;
/** times (ticks): trial start, trial end (exclusive), end of the intertrial gap, phase start. */
export const Times = { trialStart: 0, trialEnd: 1, intertrialEnd: 2, phaseStart: 3 } as const;

export interface TrialTimeline {
  readonly phases: readonly CompiledPhase[];
  readonly windows: readonly CompiledWindow[];
  readonly cursor: Int32Array;
  readonly times: Float64Array;
  readonly eventTick: Float64Array;
  readonly eventOffTick: Float64Array;
  readonly eventStatus: Uint8Array;
  /** shuffled: trials of each type still to come in this phase. */
  readonly remaining: Int32Array;
  /** Scratch for resolving event times (not state: only used inside one call). */
  readonly scratchOffsetMs: Float64Array;
  /** Per phase, a PhaseOutcome; registered only when some phase has a criterion (else null). */
  readonly phaseOutcome: Int32Array | null;
}

export function trialTimelineOf(world: SimWorld): TrialTimeline | undefined {
  return world.state.get(TIMELINE_STATE);
}

/** Read-only view of where the timeline is (for metrics, views and the HUD). */
export interface TimelineStatus {
  readonly stage: 'notStarted' | 'trial' | 'intertrial' | 'done';
  readonly phaseIndex: number;
  readonly phase: string;
  readonly session: string;
  readonly trialInPhase: number;
  /** Index of the current (or last) trial over the whole timeline, −1 before the first. */
  readonly trialIndex: number;
  readonly trialType: string;
  readonly trialStartTick: number;
  readonly trialEndTick: number;
  readonly phaseStartTick: number;
  /** Ticks the whole timeline lasts (every trial and intertrial gap). */
  readonly totalTicks: number;
}

const STAGE_NAMES = ['notStarted', 'trial', 'intertrial', 'done'] as const;

export function timelineStatus(world: SimWorld): TimelineStatus | undefined {
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.phases.length === 0) return undefined;
  const { cursor, times } = timeline;
  const phase = timeline.phases[cursor[Cursor.phase]];
  return {
    stage: STAGE_NAMES[cursor[Cursor.stage]],
    phaseIndex: cursor[Cursor.phase],
    phase: phase.name,
    session: phase.session,
    trialInPhase: cursor[Cursor.trialInPhase],
    trialIndex: cursor[Cursor.trialsStarted] - 1,
    trialType: phase.trialTypes[cursor[Cursor.trialType]].name,
    trialStartTick: times[Times.trialStart],
    trialEndTick: times[Times.trialEnd],
    phaseStartTick: times[Times.phaseStart],
    totalTicks: timelineTotalTicks(timeline),
  };
}

export function timelineTotalTicks(timeline: TrialTimeline): number {
  return timeline.phases.reduce((sum, p) => sum + p.trials * (p.trialTicks + p.intertrialTicks), 0);
}
