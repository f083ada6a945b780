/**
 * Per-trial results of an eyeblink session, kept as registered arrays (so a snapshot includes them):
 * whether the trial had a CR (closure rising above the criterion in the CR window, crWindow.ts), its
 * size, onset and peak (ms after CS onset), the closure when the US came, the complex spikes (olive
 * spikes) of the trial, and binned traces of the eyelid closure and of the Purkinje simple-spike
 * rate. Filled by recordEyeblinkTrials.
 */
import type { SimWorld } from '../../sim';

export const TRACE_BIN_MS = 10;

/**
 * Fields of one trial row. cr is 1 or 0, or NaN when the trial has no CR window (the US came at CS
 * onset: the reflex hides any CR). crAmplitude: the largest rise of the closure above its value at
 * CS onset, inside the CR window. closureAtUs: closure just before the US began (NaN without a US).
 */
export const TrialField = {
  recorded: 0, probe: 1, cr: 2, crOnsetMs: 3, peakMs: 4, peakClosure: 5, complexSpikes: 6, usMs: 7, maxClosureBeforeUs: 8,
  crAmplitude: 9, closureAtUs: 10,
} as const;
/** Numbers per trial row of cerebellum.record.trials. */
export const TRIAL_FIELDS = 11;
const FIELDS = TRIAL_FIELDS;

export interface EyeblinkRecord {
  readonly maxTrials: number;
  readonly traceBins: number;
  readonly trialTicks: number;
  /** trials × FIELDS. */
  readonly trials: Float64Array;
  /** trials × traceBins: closure (max in bin) and Purkinje rate (Hz per cell) per bin after tone onset. */
  readonly closureTrace: Float64Array;
  readonly purkinjeTrace: Float64Array;
  /**
   * Current trial, indexed by Current: trial index (−1 none), CS onset tick (−1), US onset tick (−1),
   * complex spikes, the last forward-paired trial's ISI in ticks (−1), the closure just before the US
   * (NaN), the closure of the previous tick.
   */
  readonly current: Float64Array;
  /** Closure per tick since CS onset, current trial. */
  readonly closure: Float64Array;
  /** Running results for level metrics (registered as cerebellum.summary), indexed by Summary. */
  readonly summary: Float64Array;
}

/** Entries of cerebellum.summary, updated at the end of each trial. */
export const Summary = {
  /** % of the last 10 trials with a CR window that had a CR. */
  crPercent: 0,
  /** Mean CR peak time (ms after tone onset) of the last 3 probe trials with a CR (NaN before one). */
  probePeakMs: 1,
  /** CR onset (ms after tone onset) of the last trial with a CR. */
  crOnsetMs: 2,
  /** Mean complex spikes (olive spikes) per trial over the last 10 trials. */
  complexSpikesPerTrial: 3,
  trialsRecorded: 4,
  /** % of the last 5 probe trials with a CR. */
  probeCrPercent: 5,
  // The trial that ended last (per-trial level metrics read these at each trial's end).
  /** 100 with a CR, 0 without, NaN when the trial has no CR interval to score. */
  lastCr: 6,
  /** Largest rise of the closure above its CS-onset value in the CR window (NaN without a window). */
  lastCrAmplitude: 7,
  /** CR onset, ms after CS onset (NaN without a CR). */
  lastCrOnsetMs: 8,
  /** Time of the closure peak, ms after CS onset (before the US; over the trial without a US after the CS). */
  lastPeakMs: 9,
  /** Closure just before the US began (NaN without a US). */
  lastClosureAtUs: 10,
  lastComplexSpikes: 11,
} as const;
const SUMMARY_FIELDS = 12;

/** Entries of EyeblinkRecord.current. */
export const Current = { trial: 0, csTick: 1, usTick: 2, complexSpikes: 3, lastIsiTicks: 4, closureAtUs: 5, previousClosure: 6 } as const;
export const SUMMARY_NAME = 'cerebellum.summary';

export function createEyeblinkRecord(world: SimWorld, maxTrials: number, maxTrialMs: number): EyeblinkRecord {
  const { registry, dtMs } = world;
  const traceBins = Math.ceil(maxTrialMs / TRACE_BIN_MS);
  const trialTicks = Math.ceil(maxTrialMs / dtMs) + 1;
  return {
    maxTrials,
    traceBins,
    trialTicks,
    trials: registry.register('cerebellum.record.trials', new Float64Array(maxTrials * FIELDS)),
    closureTrace: registry.register('cerebellum.record.closureTrace', new Float64Array(maxTrials * traceBins)),
    purkinjeTrace: registry.register('cerebellum.record.purkinjeTrace', new Float64Array(maxTrials * traceBins)),
    current: registry.register('cerebellum.record.current', new Float64Array([-1, -1, -1, 0, -1, Number.NaN, 0])),
    closure: registry.register('cerebellum.record.closure', new Float64Array(trialTicks)),
    // Counts and percentages start at 0; times and the last trial's values are undefined (NaN).
    summary: registry.register(SUMMARY_NAME, new Float64Array(SUMMARY_FIELDS).fill(Number.NaN)
      .fill(0, Summary.crPercent, Summary.crPercent + 1).fill(0, Summary.complexSpikesPerTrial, Summary.probeCrPercent + 1)),
  };
}

export interface EyeblinkTrial {
  trial: number;
  probe: boolean;
  cr: boolean;
  /** False when the trial had no CR window (US at CS onset); cr is then false. */
  scored: boolean;
  /** ms after CS onset; NaN when there is no CR. */
  crOnsetMs: number;
  /** Time (ms after CS onset) and size of the largest closure: before the US on forward-paired trials, over the whole trial otherwise. */
  peakMs: number;
  peakClosure: number;
  maxClosureBeforeUs: number;
  /** Largest rise of the closure above its CS-onset value in the scored CR interval. */
  crAmplitude: number;
  /** Closure just before the US began (NaN without a US). */
  closureAtUs: number;
  complexSpikes: number;
  /** When the US came (paired; negative: before the CS) or would have come (probe), ms after CS onset. */
  usMs: number;
}

export function trialField(record: EyeblinkRecord, trial: number, field: number): number {
  return record.trials[trial * FIELDS + field];
}

export function setTrialField(record: EyeblinkRecord, trial: number, field: number, value: number): void {
  record.trials[trial * FIELDS + field] = value;
}

/** The recorded trials, in order. */
export function eyeblinkTrials(record: EyeblinkRecord): EyeblinkTrial[] {
  const out: EyeblinkTrial[] = [];
  for (let t = 0; t < record.maxTrials; t++) {
    if (trialField(record, t, TrialField.recorded) !== 1) continue;
    const f = (field: number): number => trialField(record, t, field);
    out.push({
      trial: t, probe: f(TrialField.probe) === 1, cr: f(TrialField.cr) === 1, scored: !Number.isNaN(f(TrialField.cr)), crOnsetMs: f(TrialField.crOnsetMs),
      peakMs: f(TrialField.peakMs), peakClosure: f(TrialField.peakClosure), maxClosureBeforeUs: f(TrialField.maxClosureBeforeUs),
      crAmplitude: f(TrialField.crAmplitude), closureAtUs: f(TrialField.closureAtUs),
      complexSpikes: f(TrialField.complexSpikes), usMs: f(TrialField.usMs),
    });
  }
  return out;
}

/** Fraction of trials with a CR in consecutive blocks of `blockSize` recorded trials. */
export function crFractionByBlock(trials: readonly EyeblinkTrial[], blockSize: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < trials.length; i += blockSize) {
    const block = trials.slice(i, i + blockSize);
    out.push(block.filter((t) => t.cr).length / block.length);
  }
  return out;
}

/** Mean binned trace (closure or Purkinje rate) over the given trials. */
export function meanTrace(record: EyeblinkRecord, which: 'closure' | 'purkinje', trials: readonly number[]): Float64Array {
  const source = which === 'closure' ? record.closureTrace : record.purkinjeTrace;
  const out = new Float64Array(record.traceBins);
  for (const t of trials) for (let b = 0; b < record.traceBins; b++) out[b] += source[t * record.traceBins + b] / trials.length;
  return out;
}
