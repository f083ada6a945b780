// Pure parts of the eyeblink scene: the trace stack read from a hand-filled eyeblink record (no
// integration: the record's arrays are written directly; dt = 1 ms), the waterfall's row geometry,
// the climbing-fibre log, and the incremental spike-ring reader.
import { describe, expect, it } from 'vitest';
import { TRACE_BIN_MS, TRIAL_FIELDS, TrialField, type EyeblinkRecord } from '../../../src/circuits/cerebellum/eyeblinkRecord';
import {
  ClimbingFibreLog, binCentreMs, crPercentByBlock, liveTrial, recentTraceRows, stackBaselinePx, stackRisePx,
} from '../../../src/render/scenes/eyeblink/eyeblinkTraces';
import { readNewSpikes } from '../../../src/render/scenes/readNewSpikes';

const FIELDS = TRIAL_FIELDS;
function fakeRecord(maxTrials: number, traceBins: number): EyeblinkRecord {
  return {
    maxTrials, traceBins, trialTicks: traceBins * TRACE_BIN_MS,
    trials: new Float64Array(maxTrials * FIELDS),
    closureTrace: new Float64Array(maxTrials * traceBins),
    purkinjeTrace: new Float64Array(maxTrials * traceBins),
    current: new Float64Array([-1, -1, -1, 0, -1, Number.NaN, 0]),
    closure: new Float64Array(traceBins * TRACE_BIN_MS),
    summary: new Float64Array(12),
  };
}
function recordTrial(r: EyeblinkRecord, t: number, opts: { cr: boolean; probe?: boolean; usMs?: number; peakBin?: number }): void {
  r.trials[t * FIELDS + TrialField.recorded] = 1;
  r.trials[t * FIELDS + TrialField.cr] = opts.cr ? 1 : 0;
  r.trials[t * FIELDS + TrialField.probe] = opts.probe ? 1 : 0;
  r.trials[t * FIELDS + TrialField.usMs] = opts.usMs ?? 250;
  if (opts.peakBin !== undefined) r.closureTrace[t * r.traceBins + opts.peakBin] = 0.9;
}

describe('eyeblink trace stack', () => {
  it('lists the recorded trials newest first, skipping unrecorded ones, with views on their own bins', () => {
    const r = fakeRecord(30, 100);
    for (let t = 0; t < 25; t++) if (t !== 20) recordTrial(r, t, { cr: t > 10, probe: t % 10 === 9, peakBin: t });
    const rows = recentTraceRows(r, 5);
    expect(rows.map((row) => row.trial)).toEqual([24, 23, 22, 21, 19]);
    expect(rows[4].probe).toBe(true);
    expect(rows[0].closure.length).toBe(100);
    // Trial 24's peak is in its bin 24 (alignment: bin b of trial t is closureTrace[t·bins + b]).
    expect(rows[0].closure[24]).toBe(0.9);
    expect(rows[0].closure[23]).toBe(0);
    expect(binCentreMs(24)).toBe(245);
  });

  it('gives %CR per block of recorded trials, the last block partial', () => {
    const r = fakeRecord(30, 10);
    for (let t = 0; t < 25; t++) recordTrial(r, t, { cr: t >= 7 });
    expect(crPercentByBlock(r, 10)).toEqual([{ percent: 30, trials: 10 }, { percent: 100, trials: 10 }, { percent: 100, trials: 5 }]);
  });

  it('reads the live trial relative to its tone onset and puff', () => {
    const r = fakeRecord(5, 100);
    expect(liveTrial(r, 500, 1)).toBeNull();
    r.current.set([3, 1000, 1250]);
    expect(liveTrial(r, 1300, 1)).toEqual({ trial: 3, elapsedMs: 300, puffMs: 250 });
    r.current.set([3, 1000, -1]);
    expect(liveTrial(r, 1100, 1)?.puffMs).toBeNaN();
  });

  it('stacks rows top to bottom so a full closure of the top row reaches the area top', () => {
    const rows = 20, top = 10, height = 440, rise = 3;
    const risePx = stackRisePx(rows, height, rise);
    expect(stackBaselinePx(0, rows, top, height, rise) - risePx).toBeCloseTo(top, 9);
    expect(stackBaselinePx(rows - 1, rows, top, height, rise)).toBeCloseTo(top + height, 9);
    const gap = stackBaselinePx(1, rows, top, height, rise) - stackBaselinePx(0, rows, top, height, rise);
    expect(risePx / gap).toBeCloseTo(rise, 9);
  });
});

describe('climbing-fibre log', () => {
  it('keeps spike times relative to tone onset and the previous trial after a new one starts', () => {
    const log = new ClimbingFibreLog();
    log.add(50, 1, 650); // before any trial: ignored
    log.startTrial(0, 100);
    log.add(99, 1, 650); // before the tone
    log.add(350, 1, 650);
    log.add(800, 1, 650); // past the window
    expect(log.timesOf(0)).toEqual([250]);
    log.startTrial(1, 1100);
    log.add(1105, 1, 650);
    expect(log.timesOf(1)).toEqual([5]);
    expect(log.timesOf(0)).toEqual([250]);
    expect(log.timesOf(2)).toBeNull();
  });
});

describe('readNewSpikes', () => {
  function ring(capacity: number) {
    return { ticks: new Float64Array(capacity), neurons: new Int32Array(capacity), capacity, written: 0 };
  }
  function push(r: ReturnType<typeof ring>, tick: number, neuron: number): void {
    r.ticks[r.written % r.capacity] = tick; r.neurons[r.written % r.capacity] = neuron; r.written++;
  }
  it('visits each new entry once, oldest first, and reports entries lost to the wrap', () => {
    const r = ring(4);
    const cursor = { written: 0 };
    push(r, 1, 10); push(r, 2, 11);
    const seen: number[] = [];
    expect(readNewSpikes(r, cursor, (t) => seen.push(t))).toBe(0);
    expect(readNewSpikes(r, cursor, (t) => seen.push(t))).toBe(0);
    for (let t = 3; t <= 9; t++) push(r, t, 12);
    expect(readNewSpikes(r, cursor, (t) => seen.push(t))).toBe(3); // ticks 3..5 were overwritten
    expect(seen).toEqual([1, 2, 6, 7, 8, 9]);
  });
  it('restarts at the oldest held entry when the ring went backwards (a restore)', () => {
    const r = ring(4);
    const cursor = { written: 10 };
    push(r, 1, 0); push(r, 2, 0);
    const seen: number[] = [];
    readNewSpikes(r, cursor, (t) => seen.push(t));
    expect(seen).toEqual([1, 2]);
  });
});
