/**
 * Pure data for the dopamine scene: each trial's cue and reward times (from the compiled trial
 * timeline), the dopamine neurons' spikes aligned to the cue (x = ms from cue onset), and
 * trial-averaged rate curves (PSTHs). No Pixi here; unit-tested in test/render/scenes/dopamineRaster.test.ts.
 */
import type { CompiledPhase, CompiledTrialType } from '../../../sim/timeline/trialTimeline';
import { ActionKind } from '../../../sim/timeline/trialTimeline';

/** What a trial type does, in ms from trial start (fixed times; a jittered event is placed at its nominal time). */
export interface TrialPlan {
  /** Onset of the first cue stimulus (NaN: no cue, e.g. reward alone). */
  cueMs: number;
  /** Reward delivery (NaN: no reward event). */
  rewardMs: number;
  /** The reward event has amount 0: due, and omitted. */
  omitted: boolean;
  /** Cue stimuli switched on in this trial type (stimulus indexes). */
  cues: number[];
}

/** ms from trial start of event e of a trial type, following its `after` chain. */
export function eventOffsetMs(type: CompiledTrialType, e: number, depth = 0): number {
  const event = type.events[e];
  const base = event.after >= 0 && depth < type.events.length ? eventOffsetMs(type, event.after, depth + 1) : 0;
  return Math.max(0, base + (event.choicesMs ? event.choicesMs[0] : event.ms));
}

/** The plan of a trial type, given which stimulus indexes are the circuit's cues. */
export function trialPlan(type: CompiledTrialType, cueStimuli: ArrayLike<number>): TrialPlan {
  const isCue = new Set(Array.from(cueStimuli));
  let cueMs = Number.NaN, rewardMs = Number.NaN, omitted = false;
  const cues: number[] = [];
  type.events.forEach((event, e) => {
    const on = event.action === ActionKind.stimulusOn || event.action === ActionKind.stimulusFor;
    if (on && isCue.has(event.target)) {
      const ms = eventOffsetMs(type, e);
      if (Number.isNaN(cueMs) || ms < cueMs) cueMs = ms;
      if (!cues.includes(event.target)) cues.push(event.target);
    }
    if (event.isReward && Number.isNaN(rewardMs)) {
      rewardMs = eventOffsetMs(type, e);
      omitted = event.amount === 0;
    }
  });
  return { cueMs, rewardMs, omitted, cues };
}

/** Finds the plan of a completed trial from its phase and trial-type names. */
export function planOf(phases: readonly CompiledPhase[], phase: string, trialType: string, cueStimuli: ArrayLike<number>): TrialPlan | null {
  const p = phases.find((ph) => ph.name === phase);
  const type = p?.trialTypes.find((t) => t.name === trialType);
  return type ? trialPlan(type, cueStimuli) : null;
}

/** One row of the raster: a trial with its alignment. Ticks are absolute world ticks. */
export interface AlignedTrial {
  trial: number;
  trialType: string;
  startTick: number;
  endTick: number;
  /** Tick of cue onset (the alignment point); for a trial without a cue, its start. */
  alignTick: number;
  /** Reward time from the cue, ms (NaN: none). */
  rewardFromCueMs: number;
  omitted: boolean;
  hasCue: boolean;
}

export function alignTrial(
  trial: { index: number; trialType: string; startTick: number; endTick: number }, plan: TrialPlan | null, dtMs: number,
): AlignedTrial {
  const cueMs = plan && !Number.isNaN(plan.cueMs) ? plan.cueMs : 0;
  const alignTick = trial.startTick + Math.round(cueMs / dtMs);
  return {
    trial: trial.index, trialType: trial.trialType, startTick: trial.startTick, endTick: trial.endTick, alignTick,
    rewardFromCueMs: plan ? plan.rewardMs - cueMs : Number.NaN,
    omitted: plan?.omitted ?? false,
    hasCue: plan !== null && !Number.isNaN(plan.cueMs),
  };
}

/**
 * A growing log of one population's spikes (ticks ascending, as the ring hands them over) that the
 * raster slices per trial with binary search. Holds only the population's spikes, so a whole session
 * of a few dopamine neurons stays small.
 */
export class SpikeLog {
  ticks = new Float64Array(1024);
  neurons = new Int32Array(1024);
  length = 0;
  /** Ticks before this may be missing (the ring had already dropped them when the log started or after a jump). */
  completeFromTick = 0;

  push(tick: number, neuron: number): void {
    if (this.length > 0 && tick < this.ticks[this.length - 1]) {
      // Time went backwards (a restored snapshot): what was logged after it no longer happened.
      this.length = lowerBound(this.ticks, this.length, tick);
    }
    if (this.length === this.ticks.length) {
      const t = new Float64Array(this.length * 2); t.set(this.ticks); this.ticks = t;
      const n = new Int32Array(this.length * 2); n.set(this.neurons); this.neurons = n;
    }
    this.ticks[this.length] = tick;
    this.neurons[this.length] = neuron;
    this.length++;
  }

  /** Calls visit for each logged spike with fromTick ≤ tick < toTick. */
  forEachIn(fromTick: number, toTick: number, visit: (tick: number, neuron: number) => void): void {
    for (let k = lowerBound(this.ticks, this.length, fromTick); k < this.length && this.ticks[k] < toTick; k++) visit(this.ticks[k], this.neurons[k]);
  }
}

/** First index k < length with ticks[k] ≥ tick (length when none). */
export function lowerBound(ticks: Float64Array, length: number, tick: number): number {
  let lo = 0, hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ticks[mid] < tick) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Trial-averaged firing rate (Hz per neuron) from cue onset, in bins of binMs over [fromMs, toMs),
 * over the given trials. Trials whose window the log does not fully hold are left out; the returned
 * `trials` says how many were averaged.
 */
export function psth(
  log: SpikeLog, trials: readonly AlignedTrial[], neuronCount: number, dtMs: number, fromMs: number, toMs: number, binMs: number,
): { rateHz: Float64Array; trials: number } {
  const bins = Math.max(1, Math.round((toMs - fromMs) / binMs));
  const counts = new Float64Array(bins);
  let used = 0;
  for (const t of trials) {
    const from = t.alignTick + Math.round(fromMs / dtMs);
    if (from < log.completeFromTick) continue;
    used++;
    log.forEachIn(from, t.alignTick + Math.round(toMs / dtMs), (tick) => {
      const b = Math.floor(((tick - t.alignTick) * dtMs - fromMs) / binMs);
      if (b >= 0 && b < bins) counts[b]++;
    });
  }
  const scale = used > 0 && neuronCount > 0 ? 1000 / (used * neuronCount * binMs) : 0;
  for (let b = 0; b < bins; b++) counts[b] *= scale;
  return { rateHz: counts, trials: used };
}
