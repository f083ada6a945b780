/**
 * CR scoring for every CS–US arrangement (crWindow.ts), on the eyeblink circuit with a scripted
 * eyelid, seed 7: forward pairing (ISI 250), simultaneous (ISI 0), backward (puff 50 ms before the
 * tone) and CS-alone sessions. "Closes" adds a closure of 0.9 from 100 ms after CS onset (what a
 * learnt CR would do); "stays" leaves the naive circuit's eyelid, which does not blink to the tone
 * within three trials. In each arrangement a lid that closes after the CS and before the US (or in
 * the fixed window without a US after the CS) is a CR, and one that does not is none.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, installCircuitSystem, runTicks, type SimWorld } from '../../../src/sim';
import { installTimeline, timelineTotalTicks, trialTimelineOf, type TimelineEventSpec, type TimelineTrialTypeSpec } from '../../../src/sim/timeline';
import { DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkSpec, eyeblinkTrials, installCerebellum, finishTrial, type EyeblinkTrial } from '../../../src/circuits/cerebellum';
import { crWindowTicks, scoreCr, CR_LATENCY_MS, CS_ALONE_WINDOW_MS } from '../../../src/circuits/cerebellum/crWindow';
import { Current, Summary } from '../../../src/circuits/cerebellum/eyeblinkRecord';

const SEED = 7;
const tone = (ms: number): TimelineEventSpec => ({ ms, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 500 } });
const puff = (ms: number): TimelineEventSpec => ({ ms, action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 20 } });

/** Runs the trial types in order (one trial each), the lid closing from 100 ms after CS onset when `closes`. */
function run(trialTypes: TimelineTrialTypeSpec[], closes: { fromMs: number } | null): EyeblinkTrial[] & { crPercent: number } {
  const params = DEFAULT_CEREBELLUM_PARAMS;
  const world: SimWorld = buildWorld(cerebellumNetworkSpec(params, SEED));
  installTimeline(world, { phases: [{ name: 'test', session: 's', trials: trialTypes.length, trialMs: 700, intertrialMs: 300, order: 'sequential', trialTypes }] });
  const handle = installCerebellum(world, params);
  if (closes) {
    const scriptedLid = (w: SimWorld): void => {
      const cs = handle.record.current[Current.csTick];
      if (cs >= 0 && handle.record.current[Current.trial] >= 0 && (w.clock[0] - cs) * w.dtMs >= closes.fromMs) {
        handle.state.eyelid[0] = Math.max(handle.state.eyelid[0], 0.9);
      }
    };
    installCircuitSystem(world, 'traces and plasticity', scriptedLid);
  }
  runTicks(world, timelineTotalTicks(trialTimelineOf(world)!));
  finishTrial(world, handle.record, handle.state);
  return Object.assign(eyeblinkTrials(handle.record), { crPercent: handle.record.summary[Summary.crPercent] });
}

const type = (name: string, events: TimelineEventSpec[]): TimelineTrialTypeSpec => ({ name, weight: 1, events });
const forward = type('forward', [tone(0), puff(250)]);
const simultaneous = type('isi0', [tone(0), puff(0)]);
const backward = type('backward', [puff(0), tone(50)]);
const csAlone = type('csAlone', [tone(0)]);

describe('CR window for every CS–US arrangement (seed 7, scripted eyelid)', () => {
  it('forward pairing: a closure before the puff is a CR, none without', () => {
    const [withCr] = run([forward], { fromMs: 100 });
    const [without] = run([forward], null);
    expect(withCr.cr).toBe(true);
    expect(withCr.crOnsetMs).toBeGreaterThanOrEqual(100);
    expect(withCr.crOnsetMs).toBeLessThan(250);
    expect(withCr.usMs).toBe(250);
    expect(withCr.closureAtUs).toBeCloseTo(0.9, 1);
    expect(without.cr).toBe(false);
    expect(without.scored).toBe(true);
    // The reflex blink to the puff is there, and is not a CR.
    expect(without.closureAtUs).toBeLessThan(0.05);
  });

  it('forward pairing: a closure only after the puff (the reflex) is no CR', () => {
    const [late] = run([forward], { fromMs: 300 });
    expect(late.cr).toBe(false);
  });

  it('ISI 0: the paired trial is not scored (the reflex hides any CR); a CS-alone trial of the session is', () => {
    const withCr = run([simultaneous, csAlone], { fromMs: 100 });
    const without = run([simultaneous, csAlone], null);
    expect(withCr[0].scored).toBe(false);
    expect(withCr[0].cr).toBe(false);
    expect(without[0].scored).toBe(false);
    expect(withCr[1].cr).toBe(true);
    expect(without[1].cr).toBe(false);
    expect(without[1].scored).toBe(true);
    // The rolling CR% counts scored trials only: 1 CR in 1 scored trial, not 1 in 2.
    expect(withCr.crPercent).toBe(100);
    expect(without.crPercent).toBe(0);
  });

  it('backward pairing: a closure after the tone is a CR; the reopening lid after the reflex is none', () => {
    const [withCr] = run([backward], { fromMs: 100 });
    const [without] = run([backward], null);
    expect(withCr.cr).toBe(true);
    expect(withCr.usMs).toBe(-50);
    expect(without.scored).toBe(true);
    expect(without.cr).toBe(false);
    // The lid is still partly shut from the reflex when the tone comes: an absolute criterion would call it a CR.
    expect(without.maxClosureBeforeUs).toBeGreaterThan(DEFAULT_CEREBELLUM_PARAMS.crCriterion);
    expect(without.closureAtUs).toBeLessThan(0.05);
  });

  it('CS-alone (probe-only) session: scored over the fixed window', () => {
    const withCr = run([csAlone, csAlone], { fromMs: 100 });
    const without = run([csAlone, csAlone], null);
    expect(withCr.map((t) => t.cr)).toEqual([true, true]);
    expect(without.map((t) => t.cr)).toEqual([false, false]);
    expect(withCr[0].usMs).toBeNaN(); // no US and no reference ISI: the window is the fixed one
    // A closure after the fixed window is none.
    expect(run([csAlone], { fromMs: CS_ALONE_WINDOW_MS + 50 })[0].cr).toBe(false);
  });
});

describe('crWindowTicks and scoreCr (dt 1 ms)', () => {
  const score = { cr: 0, amplitude: 0, maxClosure: 0, onsetMs: 0 };
  it('forward: from the latency to the US; ISI 0: no window; backward and CS alone: the reference ISI, else the fixed window', () => {
    expect(crWindowTicks(250, Number.NaN, 1, 1000)).toEqual({ start: CR_LATENCY_MS, end: 250, peakEnd: 250 });
    expect(crWindowTicks(0, 250, 1, 1000).end).toBeLessThanOrEqual(CR_LATENCY_MS);
    expect(crWindowTicks(-100, 250, 1, 1000)).toEqual({ start: CR_LATENCY_MS, end: 250, peakEnd: 1000 });
    expect(crWindowTicks(Number.NaN, Number.NaN, 1, 1000).end).toBe(CS_ALONE_WINDOW_MS);
    expect(crWindowTicks(Number.NaN, Number.NaN, 1, 300).end).toBe(300);
  });
  it('scores the rise above the CS-onset closure', () => {
    const closure = new Float64Array(400).fill(0.3);
    for (let t = 150; t < 400; t++) closure[t] = 0.5;
    const window = crWindowTicks(300, Number.NaN, 1, 400);
    expect(scoreCr(closure, window, 0.15, 1, score)).toEqual({ cr: 1, amplitude: 0.2, maxClosure: 0.5, onsetMs: 150 });
    closure.fill(0.3);
    expect(scoreCr(closure, window, 0.15, 1, score).cr).toBe(0);
    expect(Number.isNaN(scoreCr(closure, crWindowTicks(0, Number.NaN, 1, 400), 0.15, 1, score).cr)).toBe(true);
  });
});
