import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';
import { eyeblinkTrials, EYEBLINK_RECORD, type EyeblinkTrial } from '../../../src/circuits/cerebellum';
import { errorLines } from '../helpers';

/**
 * Per-trial eyeblink metrics, trial-type and phase filters, derived measures and objectives, on the
 * eyeblink circuit, seed 5: phase "training" (6 trials: paired, paired, probe, sequential; puff 250
 * ms after the tone) and phase "extinction" (3 tone-alone trials, no gap after the last: the run ends
 * with the trial, so its values come from closing the trial without another tick). Every value is checked against
 * the circuit's own trial record, the last trial included.
 */
const tone = { id: 'tone', kind: 'cue', target: 'tone', at: { ms: 0 }, durationMs: 500 };
const puff = { kind: 'us', target: 'puff', at: { after: 'tone', ms: 250 }, durationMs: 20 };

function level(objectives: unknown[], measures: unknown[]): Record<string, unknown> {
  return {
    schemaVersion: 1, id: 'per-trial', title: 'Per trial', seed: 5, dtMs: 1, durationMs: 1000,
    neuronTypes: [], populations: [], circuits: [{ kind: 'cerebellum' }],
    timeline: { sessions: [{ id: 'day', phases: [
      { id: 'training', trials: 6, trialMs: 600, intertrialMs: 200, order: 'sequential', trialTypes: [
        { id: 'paired', weight: 2, events: [tone, puff] }, { id: 'probe', events: [tone] }] },
      { id: 'extinction', trials: 3, trialMs: 600, intertrialMs: 0, trialTypes: [{ id: 'toneAlone', events: [tone] }] },
    ] }] },
    objectives, measures,
  };
}

const m = (id: string, metric: string, over: unknown) => ({ id, metric, args: {}, over });
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('per-trial eyeblink metrics, filters and derived quantities', () => {
  const loaded = loadLevel(level(
    [{ id: 'fewerCsOnProbes', description: 'more complex spikes on paired trials', metric: 'ratio', args: { of: ['csPaired', 'csProbe'] }, comparison: '>', threshold: 1 }],
    [
      m('cr', 'trialCr', { allTrials: true }),
      m('crRolling', 'crPercent', { lastTrials: 1 }),
      m('amplitude', 'trialCrAmplitude', { allTrials: true, phase: 'training' }),
      m('peak', 'trialPeakMs', { allTrials: true }),
      m('closureAtUs', 'trialClosureAtUs', { allTrials: true }),
      m('cs', 'trialComplexSpikes', { allTrials: true }),
      m('csPaired', 'trialComplexSpikes', { allTrials: true, trialType: 'paired' }),
      m('csProbe', 'trialComplexSpikes', { allTrials: true, trialType: ['probe', 'toneAlone'] }),
      m('csExtinction', 'trialComplexSpikes', { lastTrials: 2, phase: 'extinction' }),
      { id: 'csDifference', metric: 'difference', args: { of: ['csPaired', 'csProbe'] } },
      { id: 'ratioOfRatio', metric: 'ratio', args: { of: ['fewerCsOnProbes', 'fewerCsOnProbes'] } },
    ],
  ));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  let record: EyeblinkTrial[] = [];
  const outcome = runLevel(loaded.level, { onFinish: (world) => { record = eyeblinkTrials(world.state.require(EYEBLINK_RECORD)); } });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const { trials, measures, objectives } = outcome.result;
  const value = Object.fromEntries(measures.map((x) => [x.id, x.value]));

  it('records every per-trial measure for every trial, the last one included', () => {
    expect(trials).toHaveLength(9);
    expect(record).toHaveLength(9);
    trials.forEach((trial, i) => {
      const r = record[i];
      expect(trial.metrics.cr).toBe(r.cr ? 100 : 0);
      expect(trial.metrics.cs).toBe(r.complexSpikes);
      // A trial outside a measure's span (amplitude: phase "training") has no value for it.
      if (trial.phase === 'training') expect(trial.metrics.amplitude).toBeCloseTo(r.crAmplitude, 12);
      else expect(trial.metrics.amplitude).toBeNull();
      expect(trial.metrics.peak).toBe(Number.isNaN(r.peakMs) ? null : r.peakMs);
      // Only paired trials have a US, so only they have a closure at the US.
      if (trial.trialType === 'paired') expect(trial.metrics.closureAtUs).toBeCloseTo(r.closureAtUs, 12);
      else expect(trial.metrics.closureAtUs).toBeNull();
      expect(trial.metrics.crRolling).toBe(r.cr ? 100 : trial.metrics.crRolling); // rolling: its own meaning
    });
    expect(trials[8].metrics.cs).toBe(record[8].complexSpikes);
  });

  it('averages per-trial values over the trials the span keeps (phase, trial type)', () => {
    const paired = record.filter((_, i) => trials[i].trialType === 'paired').map((t) => t.complexSpikes);
    const probes = record.filter((_, i) => trials[i].trialType !== 'paired').map((t) => t.complexSpikes);
    expect(value.cs).toBeCloseTo(mean(record.map((t) => t.complexSpikes)), 12);
    expect(value.csPaired).toBeCloseTo(mean(paired), 12);
    expect(value.csProbe).toBeCloseTo(mean(probes), 12);
    expect(value.csExtinction).toBeCloseTo(mean(record.slice(7).map((t) => t.complexSpikes)), 12);
    expect(value.amplitude).toBeCloseTo(mean(record.slice(0, 6).map((t) => t.crAmplitude)), 12);
    expect(value.closureAtUs).toBeCloseTo(mean(record.filter((t) => !t.probe).map((t) => t.closureAtUs)), 12);
    expect(value.cr).toBe(100 * record.filter((t) => t.cr).length / record.length);
    // The puff drives the olive: paired trials have more complex spikes than tone-alone ones.
    expect(mean(paired)).toBeGreaterThan(mean(probes) + 5);
  });

  it('derives differences and ratios from objectives and measures by id', () => {
    expect(value.csDifference).toBeCloseTo(value.csPaired! - value.csProbe!, 12);
    const ratio = objectives.find((o) => o.id === 'fewerCsOnProbes')!;
    expect(ratio.value).toBeCloseTo(value.csPaired! / value.csProbe!, 12);
    expect(ratio.met).toBe(true);
    expect(value.ratioOfRatio).toBe(1);
    // Per trial: a paired trial has no csProbe value, so the difference is null there.
    expect(trials[0].metrics.csProbe).toBeNull();
    expect(trials[0].metrics.csDifference).toBeNull();
  });
});

describe('loader checks of filters and derived quantities', () => {
  const good = (): Record<string, unknown> => level([], [m('cr', 'trialCr', { allTrials: true })]);
  const withMeasures = (measures: unknown[], objectives: unknown[] = []): Record<string, unknown> => ({ ...good(), measures, objectives });

  it('names an unknown trial type or phase, and a trial type not in the named phase', () => {
    expect(errorLines(withMeasures([m('a', 'trialCr', { allTrials: true, trialType: 'csMinus' })])).join('\n'))
      .toMatch(/measures\[0\]\.over\.trialType: unknown trial type "csMinus" \(known: "paired", "probe", "toneAlone"\)/);
    expect(errorLines(withMeasures([m('a', 'trialCr', { allTrials: true, phase: 'training', trialType: ['paired', 'toneAlone'] })])).join('\n'))
      .toMatch(/measures\[0\]\.over\.trialType\[1\]: unknown trial type of phase "training" "toneAlone"/);
    expect(errorLines(withMeasures([], [{ id: 'o', description: '', metric: 'trialCr', args: {}, comparison: '>', threshold: 1, over: { lastTrials: 3, phase: 'acquisition' } }])).join('\n'))
      .toMatch(/objectives\[0\]\.over\.phase: unknown timeline phase "acquisition"/);
  });

  it('rejects a per-trial metric over a fixed window', () => {
    expect(errorLines(withMeasures([m('a', 'trialCrOnsetMs', { window: { startMs: 0, endMs: 1000 } })])).join('\n'))
      .toMatch(/measures\[0\]\.over\.window: trialCrOnsetMs is a per-trial metric/);
  });

  it('checks derived operands: unknown, itself, cycles, and ids shared with objectives', () => {
    const d = (id: string, of: [string, string]) => ({ id, metric: 'difference', args: { of } });
    expect(errorLines(withMeasures([m('a', 'trialCr', { allTrials: true }), d('b', ['a', 'nope'])])).join('\n'))
      .toMatch(/measures\[1\]\.args\.of\[1\]: unknown objective or measure "nope"/);
    expect(errorLines(withMeasures([d('b', ['b', 'b'])])).join('\n')).toMatch(/measures\[0\]\.args\.of\[0\]: "b" is this difference itself/);
    expect(errorLines(withMeasures([d('x', ['y', 'y']), d('y', ['x', 'x'])])).join('\n')).toMatch(/measures\[0\]\.args\.of: "x" depends on itself through "y"/);
    const objective = { id: 'a', description: '', metric: 'trialCr', args: {}, comparison: '>', threshold: 1, over: { allTrials: true } };
    expect(errorLines(withMeasures([m('a', 'trialCr', { allTrials: true })], [objective])).join('\n'))
      .toMatch(/measures\[0\]\.id: "a" is already an objective's id/);
  });

  it('a per-trial eyeblink metric cannot gate a timeline event', () => {
    const data = good() as { timeline: { sessions: Array<{ phases: Array<{ trialTypes: Array<{ events: unknown[] }> }> }> } };
    data.timeline.sessions[0].phases[1].trialTypes[0].events.push({ ...puff, at: { ms: 250 }, when: { metric: 'trialCr', args: {}, comparison: '>', threshold: 0 } });
    expect(errorLines(data).join('\n')).toMatch(/when\.metric: trialCr is measured by a circuit/);
  });
});
