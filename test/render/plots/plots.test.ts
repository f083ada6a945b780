import { describe, expect, it } from 'vitest';
import { csvField, histogramCsv, learningCurveCsv, modulatorTracesCsv, rasterCsv, stdpWindowCsv, toCsv } from '../../../src/render/plots/plotCsv';
import { findStdpRule, stdpCurve, stdpDeltaW } from '../../../src/render/plots/stdpWindow';
import { ModulatorTraceRing } from '../../../src/render/plots/modulatorTraceRing';
import { learningCurvePoints, metricIdsOf } from '../../../src/render/plots/learningCurve';
import { dataRange } from '../../../src/render/plots/plotRange';
import type { TrialRecord } from '../../../src/levels/metrics/levelRecorder';

// Pure plot data and CSV text: no simulation runs here (no dt or seed involved).
const trial = (index: number, metrics: Record<string, number | null>, phase = 'train'): TrialRecord => ({
  index, session: 's', phase, trialInPhase: index, trialType: 'paired', startTick: index * 100, endTick: index * 100 + 99, metrics,
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and leaves missing values empty', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(-0.125)).toBe('-0.125');
    expect(toCsv(['x', 'y'], [[1, 'a'], [2, null]])).toBe('x,y\r\n1,a\r\n2,\r\n');
  });

  it('writes one learning-curve row per trial with every metric column', () => {
    const csv = learningCurveCsv([trial(0, { cr: 0.1, peak: null }), trial(1, { cr: 0.5, peak: 210 })], ['cr', 'peak']);
    expect(csv.split('\r\n')).toEqual([
      'trial,session,phase,trialInPhase,trialType,startTick,endTick,cr,peak',
      '0,s,train,0,paired,0,99,0.1,',
      '1,s,train,1,paired,100,199,0.5,210',
      '',
    ]);
  });

  it('writes the STDP window, modulator traces, raster window and histogram bins', () => {
    const curve = stdpCurve({ rule: 'stdp', aPlus: 0.01, aMinus: 0.0105, tauPlusMs: 20, tauMinusMs: 20 }, 20, 3);
    expect(stdpWindowCsv(curve)).toBe(`deltaTMs,deltaW\r\n-20,${-0.0105 * Math.exp(-1)}\r\n0,0.01\r\n20,${0.01 * Math.exp(-1)}\r\n`);

    const ring = new ModulatorTraceRing(['dopamine', 'ach'], 3);
    ring.push(0, [1, 2]);
    ring.push(10, [3, 4]);
    expect(modulatorTracesCsv(ring)).toBe('timeMs,dopamine,ach\r\n0,1,2\r\n10,3,4\r\n');

    const spikes = { ticks: Float64Array.from([5, 8, 9, 10]), neurons: Int32Array.from([0, 1, 2, 0]), capacity: 4, written: 4 };
    // Window of 3 ticks ending at tick 10: ticks 8, 9, 10 (dt 0.5 ms).
    expect(rasterCsv(spikes, 10, 3, 0.5, (i) => (i === 0 ? 'a' : 'b'))).toBe('timeMs,neuronIndex,population\r\n4,1,b\r\n4.5,2,b\r\n5,0,a\r\n');

    const bins = { counts: Uint32Array.from([2, 0, 1, 5]), lo: 0, hi: 1, maxCount: 5, total: 8 };
    expect(histogramCsv(bins)).toBe('binLow,binHigh,synapses\r\n0,0.25,2\r\n0.25,0.5,0\r\n0.5,0.75,1\r\n0.75,1,5\r\n');
  });
});

describe('STDP window', () => {
  const p = { rule: 'stdp' as const, aPlus: 0.01, aMinus: -0.0105, tauPlusMs: 16.8, tauMinusMs: 33.7 };
  it('potentiates for post after pre and depresses for post before pre, with the rule\'s time constants', () => {
    expect(stdpDeltaW(p, 0)).toBeCloseTo(0.01);
    expect(stdpDeltaW(p, 16.8)).toBeCloseTo(0.01 / Math.E);
    expect(stdpDeltaW(p, -33.7)).toBeCloseTo(-0.0105 / Math.E);
    expect(stdpDeltaW(p, -1)).toBeLessThan(0);
    const c = stdpCurve(p, 100, 201);
    expect(c.deltaTMs[100]).toBe(0);
    expect(c.deltaTMs[0]).toBe(-100);
    expect(c.deltaTMs[200]).toBe(100);
  });

  it('finds the first pair-based rule among projections', () => {
    expect(findStdpRule([{ name: 'a', plasticity: { rule: 'none' } }])).toBeNull();
    const found = findStdpRule([{ name: 'a', plasticity: { rule: 'none' } }, { name: 'b', plasticity: { ...p, rule: 'daStdp', tauEligibilityMs: 1000 } }]);
    expect(found?.projection).toBe('b');
    expect(found?.params.rule).toBe('daStdp');
  });
});

describe('modulator trace ring', () => {
  it('keeps the newest samples, ignores repeats and rewinds when time goes back', () => {
    const ring = new ModulatorTraceRing(['da'], 3);
    for (const t of [0, 1, 2, 3]) ring.push(t, [t * 10]);
    ring.push(3, [999]); // same time: ignored (a paused world)
    const seen: number[][] = [];
    ring.forEach((t, l) => seen.push([t, l[0]]));
    expect(seen).toEqual([[1, 10], [2, 20], [3, 30]]);
    ring.push(2, [20]); // stepped back to t = 2: later samples are dropped, the one at 2 is kept
    const after: number[][] = [];
    ring.forEach((t, l) => after.push([t, l[0]]));
    expect(after).toEqual([[1, 10], [2, 20]]);
    expect(ring.size).toBe(2);
    ring.push(3, [-1]); // a different future after the step back
    const again: number[][] = [];
    ring.forEach((t, l) => again.push([t, l[0]]));
    expect(again).toEqual([[1, 10], [2, 20], [3, -1]]);
  });
});

describe('learning curve data', () => {
  it('lists metric ids and skips trials without a value', () => {
    const trials = [trial(0, { a: 1, b: null }), trial(1, { a: null, b: 2 }), trial(2, { a: 3, b: 4 })];
    expect(metricIdsOf(trials)).toEqual(['a', 'b']);
    const a = learningCurvePoints(trials, 'a');
    expect(Array.from(a.xs)).toEqual([1, 3]);
    expect(Array.from(a.ys)).toEqual([1, 3]);
  });

  it('pads data ranges and handles flat or empty data', () => {
    expect(dataRange([], false)).toEqual([0, 1]);
    expect(dataRange([[2, 2]], false)).toEqual([1.5, 2.5]);
    const [lo, hi] = dataRange([[1, 3]], true);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(3.18);
  });
});
