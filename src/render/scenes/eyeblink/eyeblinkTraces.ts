/**
 * Pure data for the eyeblink scene, read from the circuit's registered trial record
 * (src/circuits/cerebellum/eyeblinkRecord.ts): the recent trials' eyelid traces as a stack (newest
 * on top), their puff times, %CR per block, and the waterfall's row geometry. No Pixi here, so the
 * alignment math is unit-tested (test/render/scenes/eyeblinkTraces.test.ts).
 */
import { TRACE_BIN_MS, TRIAL_FIELDS, TrialField, type EyeblinkRecord } from '../../../circuits/cerebellum/eyeblinkRecord';
import { trialTimelineOf } from '../../../sim/timeline';
import type { SimWorld } from '../../../sim/world/world';

// Field offsets of a trial row in record.trials (eyeblinkRecord.ts TrialField, TRIAL_FIELDS per trial).
const FIELDS = TRIAL_FIELDS;
const F_RECORDED = TrialField.recorded, F_PROBE = TrialField.probe, F_CR = TrialField.cr, F_ONSET = TrialField.crOnsetMs, F_US = TrialField.usMs;

/** One completed trial of the stack. Times are ms after tone onset. */
export interface TraceRow {
  trial: number;
  probe: boolean;
  cr: boolean;
  /** CR onset (closure crossed the criterion before the US), NaN without a CR. */
  crOnsetMs: number;
  /** When the puff came (paired) or would have come (probe). */
  usMs: number;
  /** Max closure per TRACE_BIN_MS bin after tone onset (a view into the record, not a copy). */
  closure: Float64Array;
  /** Purkinje simple-spike rate (Hz per cell) per bin (a view). */
  purkinjeHz: Float64Array;
}

function row(record: EyeblinkRecord, t: number): TraceRow {
  const base = t * FIELDS;
  const bins = record.traceBins;
  return {
    trial: t,
    probe: record.trials[base + F_PROBE] === 1,
    cr: record.trials[base + F_CR] === 1,
    crOnsetMs: record.trials[base + F_ONSET],
    usMs: record.trials[base + F_US],
    closure: record.closureTrace.subarray(t * bins, (t + 1) * bins),
    purkinjeHz: record.purkinjeTrace.subarray(t * bins, (t + 1) * bins),
  };
}

/** The last `maxRows` recorded trials, newest first (row 0 is drawn on top). */
export function recentTraceRows(record: EyeblinkRecord, maxRows: number): TraceRow[] {
  const out: TraceRow[] = [];
  for (let t = record.maxTrials - 1; t >= 0 && out.length < maxRows; t--) {
    if (record.trials[t * FIELDS + F_RECORDED] === 1) out.push(row(record, t));
  }
  return out;
}

/** %CR in consecutive blocks of `blockSize` recorded trials (the last block may be partial). */
export function crPercentByBlock(record: EyeblinkRecord, blockSize: number): { percent: number; trials: number }[] {
  const out: { percent: number; trials: number }[] = [];
  let n = 0, crs = 0;
  for (let t = 0; t < record.maxTrials; t++) {
    if (record.trials[t * FIELDS + F_RECORDED] !== 1) continue;
    n++;
    if (record.trials[t * FIELDS + F_CR] === 1) crs++;
    if (n === blockSize) { out.push({ percent: (100 * crs) / n, trials: n }); n = 0; crs = 0; }
  }
  if (n > 0) out.push({ percent: (100 * crs) / n, trials: n });
  return out;
}

/** The trial in progress: its index, how far it has run (ms after tone onset, −1 before the tone), its puff time (NaN before the puff). */
export interface LiveTrial {
  trial: number;
  elapsedMs: number;
  puffMs: number;
}

/** Reads the record's current-trial slots at the given tick; null between trials. */
export function liveTrial(record: EyeblinkRecord, tick: number, dtMs: number): LiveTrial | null {
  const [trial, toneTick, puffTick] = record.current;
  if (trial < 0) return null;
  return {
    trial,
    elapsedMs: toneTick < 0 ? -1 : Math.min((tick - toneTick) * dtMs, (record.trialTicks - 1) * dtMs),
    puffMs: puffTick < 0 || toneTick < 0 ? Number.NaN : (puffTick - toneTick) * dtMs,
  };
}

/**
 * Length of the window drawn after tone onset (ms): the level's longest trial, within what the
 * record holds (the record keeps at least 1000 ms even for shorter trials).
 */
export function traceWindowMs(record: EyeblinkRecord, world: SimWorld): number {
  const recordMs = record.traceBins * TRACE_BIN_MS;
  const phases = trialTimelineOf(world)?.phases ?? [];
  const trialMs = Math.max(0, ...phases.map((p) => p.trialTicks * world.dtMs));
  return trialMs > 0 ? Math.min(recordMs, Math.ceil(trialMs / TRACE_BIN_MS) * TRACE_BIN_MS) : recordMs;
}

/**
 * Baseline (y of closure 0, in px) of stack row `i` of `rows` in an area from `topPx` to
 * `topPx + heightPx`, row 0 at the top. Each row gets `heightPx / rows` px; a full closure rises
 * `riseRows` rows above its baseline, so traces overlap like a waterfall and a CR stays readable
 * even with 20 rows. The top row's full closure reaches the area's top.
 */
export function stackBaselinePx(i: number, rows: number, topPx: number, heightPx: number, riseRows: number): number {
  const rowPx = heightPx / (rows - 1 + riseRows);
  return topPx + (i + riseRows) * rowPx;
}

/** Height in px of a full closure (1) in a stack laid out as stackBaselinePx does. */
export function stackRisePx(rows: number, heightPx: number, riseRows: number): number {
  return (heightPx / (rows - 1 + riseRows)) * riseRows;
}

/** Bin centre of bin b (ms after tone onset). */
export function binCentreMs(b: number): number {
  return (b + 0.5) * TRACE_BIN_MS;
}

/**
 * Complex-spike (climbing-fibre) times of one trial, collected from the spike ring as the world
 * advances: olive spikes between the trial's tone onset and the end of its recorded window.
 */
export class ClimbingFibreLog {
  /** Trial whose spikes `times` holds (−1: none yet). */
  trial = -1;
  toneTick = -1;
  /** ms after tone onset. */
  readonly timesMs: number[] = [];
  /** The trial shown before the current one started, kept so the intertrial interval still shows it. */
  previous: { trial: number; timesMs: number[] } = { trial: -1, timesMs: [] };

  /** Starts logging a new trial (keeps the one just finished as `previous`). */
  startTrial(trial: number, toneTick: number): void {
    if (trial === this.trial && toneTick === this.toneTick) return;
    if (this.trial >= 0) this.previous = { trial: this.trial, timesMs: this.timesMs.slice() };
    this.trial = trial;
    this.toneTick = toneTick;
    this.timesMs.length = 0;
  }

  /** Adds an olive spike at `tick` when it falls inside the current trial's window. */
  add(tick: number, dtMs: number, windowMs: number): void {
    if (this.toneTick < 0 || tick < this.toneTick) return;
    const ms = (tick - this.toneTick) * dtMs;
    if (ms < windowMs) this.timesMs.push(ms);
  }

  /** Spike times of `trial` if this log holds it, else null. */
  timesOf(trial: number): readonly number[] | null {
    if (trial === this.trial) return this.timesMs;
    if (trial === this.previous.trial) return this.previous.timesMs;
    return null;
  }
}
