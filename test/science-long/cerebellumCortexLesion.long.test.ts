/**
 * Cerebellar cortex lesion after training (Perrett, Ruiz & Mauk 1993; the model of Medina, Garcia,
 * Nores, Taylor & Mauk 2000): silencing every Purkinje cell after training leaves conditioned
 * responses that have lost their timing: on tone-alone probes they start and peak early (≥ 100 ms
 * before the trained ISI), while the intact circuit's CR peaks near the ISI. They are driven by the
 * mossy-fibre→nucleus synapses that potentiated during the learned Purkinje pauses: with that
 * plasticity switched off during training, the same lesion leaves no CR. The lid stays open before
 * the tone after the lesion.
 * Protocol: 120 paired trials at ISI 500 ms (a probe every 10th), then 'lesion' of the whole Purkinje
 * population at the start of 10 tone-alone probes; scored on the last 5 of them (the first few carry
 * the nucleus's abrupt release, until the motor path has adapted to its steady firing, τ 3 s).
 * Seeds 1-3; the engine's fixed-step scheme, dt = 1 ms (cerebellumNetworkSpec).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CEREBELLUM_PARAMS as p, PROJECTION, REGION, meanTrace, runEyeblinkSession, type EyeblinkSession, type EyeblinkTrial } from '../../src/circuits/cerebellum';
import { mean } from '../circuits/cerebellum/eyeblinkAnalysis';

const ISI = 500;
const TRAINING = 120;
const PROBES = 10;
const SCORED = 5;
const SEEDS = [1, 2, 3];

function trainThenLesion(seed: number, nucleusLearns = true): EyeblinkSession {
  return runEyeblinkSession([
    {
      name: 'training', kind: 'paired', trials: TRAINING, isiMs: ISI, probeEvery: 10,
      ...(nucleusLearns ? {} : { commandsAtStart: [{ type: 'setPlasticity', projection: PROJECTION.mossyNucleus, enabled: false }] }),
    },
    { name: 'lesioned', kind: 'toneAlone', trials: PROBES, isiMs: ISI, commandsAtStart: [{ type: 'lesion', population: REGION.purkinje }] },
  ], seed);
}

const intactProbes = (s: EyeblinkSession): EyeblinkTrial[] => s.trials.filter((t) => t.probe && t.trial < TRAINING).slice(-SCORED);
const lesionedProbes = (s: EyeblinkSession): EyeblinkTrial[] => s.trials.filter((t) => t.trial >= TRAINING).slice(-SCORED);
const crTrials = (trials: EyeblinkTrial[]) => trials.filter((t) => t.cr);

describe(`cortex lesion after ${TRAINING} paired trials at ISI ${ISI} ms, seeds 1-3`, () => {
  const sessions = SEEDS.map((seed) => trainThenLesion(seed));
  const summary = sessions.map((s) => {
    const intact = crTrials(intactProbes(s));
    const lesioned = lesionedProbes(s);
    return {
      intactPeakMs: mean(intact.map((t) => t.peakMs)),
      lesionedCrs: crTrials(lesioned).length,
      lesionedOnsetMs: mean(crTrials(lesioned).map((t) => t.crOnsetMs)),
      lesionedPeakMs: mean(lesioned.map((t) => t.peakMs)),
      lesionedAmplitude: mean(lesioned.map((t) => t.crAmplitude)),
      closureBeforeTone: Math.max(...meanTrace(s.handle.record, 'closure', lesioned.map((t) => t.trial)).slice(0, 1)),
    };
  });
  console.log('cortex lesion (per seed):', summary.map((r) => `intact peak ${r.intactPeakMs.toFixed(0)} ms; lesioned ${r.lesionedCrs}/${SCORED} CRs, onset ${r.lesionedOnsetMs.toFixed(0)} ms, ` +
    `peak ${r.lesionedPeakMs.toFixed(0)} ms, size ${r.lesionedAmplitude.toFixed(2)}, closure at tone onset ${r.closureBeforeTone.toFixed(2)}`).join(' | '));

  it('the intact circuit\'s CR peaks near the ISI (|peak − ISI| ≤ 0.2·ISI + 50 ms, every seed)', () => {
    for (const r of summary) expect(Math.abs(r.intactPeakMs - ISI)).toBeLessThanOrEqual(0.2 * ISI + 50);
  });
  it('after the lesion CRs remain: ≥ 4 of the last 5 probes, mean size ≥ 2× the CR criterion (every seed)', () => {
    for (const r of summary) {
      expect(r.lesionedCrs).toBeGreaterThanOrEqual(4);
      expect(r.lesionedAmplitude).toBeGreaterThanOrEqual(2 * p.crCriterion);
    }
  });
  it('they start and peak ≥ 100 ms before the trained ISI, and well before the intact CR\'s peak (every seed)', () => {
    for (const r of summary) {
      expect(r.lesionedOnsetMs).toBeLessThanOrEqual(ISI - 100);
      expect(r.lesionedPeakMs).toBeLessThanOrEqual(ISI - 100);
      expect(r.lesionedPeakMs).toBeLessThan(r.intactPeakMs - 100);
    }
  });
  it('the lid is open before the tone after the lesion (closure at tone onset < the CR criterion)', () => {
    for (const r of summary) expect(r.closureBeforeTone).toBeLessThan(p.crCriterion);
  });
  it('without mossy-fibre→nucleus learning the same lesion leaves no CR (≤ 1 of the last 5 probes, seed 1)', () => {
    const lesioned = lesionedProbes(trainThenLesion(1, false));
    console.log(`no MF→nucleus learning: ${crTrials(lesioned).length}/${SCORED} CRs after the lesion, size ${mean(lesioned.map((t) => t.crAmplitude)).toFixed(2)}`);
    expect(crTrials(lesioned).length).toBeLessThanOrEqual(1);
  });
});
