/**
 * The engine's description of a trial timeline: plain data, like NetworkSpec, with every reference
 * a name the world knows (stimulus, modulator, population, projection) or an index into its own
 * lists (`after`). `spawnLevel` translates a level's timeline into this; tests may write one
 * directly. installTimeline compiles it against a built world (names → indices, registered state).
 */
import type { SimCommand } from '../commands/commandQueue';

export type TimelineOrder = 'weighted' | 'shuffled' | 'sequential';

/** A measurable quantity, evaluated from live world state (the same names as level metrics). */
export type MeasureSpec =
  | { metric: 'populationRateHz' | 'spikeCount'; population: string; neurons?: number[] }
  | { metric: 'meanWeight' | 'weightChangeRatio' | 'activeSynapseCount'; projection: string }
  | { metric: 'weightOfSynapse'; projection: string; pre: number; post: number }
  /** Mean of a rule's per-synapse state array (projection.<name>.<field>) over the active synapses. */
  | { metric: 'meanSynapseState'; projection: string; field: string }
  | { metric: 'fractionOfWeightsAbove'; projection: string; threshold: number }
  | { metric: 'weightBimodality'; projection: string; bins: number }
  | { metric: 'modulatorLevel'; modulator: string }
  /** SD of the neurons' spike times in ms within each trial (or window), pooled over trials (spikeStatistics.ts). */
  | { metric: 'spikeTimeJitterMs'; population: string; neurons?: number[] }
  /** Mean over the neurons (≥ 3 spikes) of the CV of their inter-spike intervals in the last windowMs. */
  | { metric: 'isiCv'; population: string; neurons?: number[]; windowMs: number }
  /** Pearson r across channels (equal groups of presynaptic neurons) of the mean |w| of two projections. */
  | { metric: 'tuningCorrelation'; projection: string; otherProjection: string; channels: number }
  /** Per target cell (F − O)/(F + O) of the summed weights from two groups of source neurons, averaged. */
  | { metric: 'inputDominanceIndex'; projection: string; favoured: number[]; other: number[] }
  /** State of a reward contingency (src/sim/contingencies): its synapse's |w|, or the rewards earned so far. */
  | { metric: 'weightOfRewardedSynapse' | 'rewardCount'; contingency: string }
  /**
   * Element `index` of a registered state array (a circuit's summary values, e.g. <circuit>.summary);
   * with `asFlag`, 1 when it is above 0 and 0 otherwise (a "has it happened" reading of an epoch count).
   */
  | { metric: 'registeredValue'; name: string; index: number; asFlag?: boolean };

export type Comparison = '<' | '<=' | '>' | '>=' | 'between';

/** A contingency: the event happens only when the measured value satisfies the comparison. */
export interface ConditionSpec {
  measure: MeasureSpec;
  comparison: Comparison;
  /** A number, [lo, hi] for 'between', or a percentile of the values measured in an earlier phase. */
  threshold: number | [number, number] | { percentile: number; ofPhase: string };
  /** Measure over this many ms before the event (default: since trial start). */
  windowMs?: number;
}

export type TimelineAction =
  | { kind: 'stimulusOn' | 'stimulusOff'; stimulus: string }
  /** Cue, US or current pulse: the stimulus is on for durationMs (at least one tick), then off. */
  | { kind: 'stimulusFor'; stimulus: string; durationMs: number }
  /** Reward into a pool (amount 0 = an omitted reward: nothing is released, no event). */
  | { kind: 'reward'; modulator: string; amount: number }
  | { kind: 'modulatorPulse'; modulator: string; amount: number }
  /** Sent through world.commands (applied and logged at the start of the next tick). */
  | { kind: 'command'; command: SimCommand };

export interface TimelineEventSpec {
  /** Index of an earlier-resolved event of the same trial type whose onset this one is timed from. */
  after?: number;
  /** Offset in ms from trial start (or from `after`); exactly one of ms and choicesMs. */
  ms?: number;
  choicesMs?: number[];
  /** Uniform offset in [−jitterMs, +jitterMs], drawn at trial start. */
  jitterMs?: number;
  /** Chance the event happens on a trial (default 1), drawn at trial start. */
  probability?: number;
  when?: ConditionSpec;
  action: TimelineAction;
}

export interface TimelineTrialTypeSpec {
  name: string;
  weight: number;
  events: TimelineEventSpec[];
}

/**
 * Ends a phase early: after each trial, once overTrials trials of the phase have run, the mean of
 * the measure over its last overTrials trials (spike measures over each whole trial, state measures
 * as they are when the next trial would start) is compared with the threshold; when it holds, the
 * phase ends. The phase's `trials` is then the most it may run.
 */
export interface PhaseCriterionSpec {
  measure: MeasureSpec;
  comparison: Comparison;
  threshold: number | [number, number];
  overTrials: number;
}

export interface TimelinePhaseSpec {
  name: string;
  session: string;
  /** Number of trials; with `until`, the most trials the phase may run. */
  trials: number;
  until?: PhaseCriterionSpec;
  trialMs: number;
  intertrialMs: number;
  order: TimelineOrder;
  trialTypes: TimelineTrialTypeSpec[];
  commandsAtStart?: SimCommand[];
  commandsAtEnd?: SimCommand[];
}

/** A stimulus that is on only between startMs and endMs (for kinds without their own window). */
export interface StimulusWindowSpec {
  stimulus: string;
  startMs?: number;
  endMs?: number;
  /** Whether the window's start switches the stimulus on (a level's initiallyActive). */
  switchOnAtStart: boolean;
}

export interface TimelineSpec {
  phases: TimelinePhaseSpec[];
  stimulusWindows?: StimulusWindowSpec[];
}
