/**
 * Shouval, Bear & Cooper (2002), both induction curves in full, and the same shape in every protocol
 * the project uses. Model: the protocol worlds of test/sim/plasticity/calciumProtocol.ts (LIF spine,
 * exact exponential step, dt 0.5 ms, seed 1) and the calcium levels as a player runs them (seed
 * 2002, dt 0.5 ms, one synapse whose own EPSP is the spine's 10 mV, so its weight feeds back on its
 * calcium). Reference: test/sim/plasticity/shouvalReference.ts (the paper's equations, forward
 * Euler, dt 0.1 ms). Nothing random.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { runLevel } from '../../src/levels/runLevel';
import { W0, clampedPairingRatio, runFrequencyProtocol } from '../sim/plasticity/calciumProtocol';
import { expectFrequencyCurveShape, expectPairingCurveShape, expectWithinTenPercent } from '../sim/plasticity/calciumCurveChecks';
import { referenceWeightRatio } from '../sim/plasticity/shouvalReference';

const FREQUENCIES_HZ = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 50];
const VOLTAGES_MV = [-80, -70, -65, -62, -60, -58, -55, -52, -50, -45, -40, -30, -20, -10];
const show = (labels: string[], model: number[], reference?: number[]) =>
  labels.map((l, i) => `${l} ${model[i].toFixed(2)}${reference ? `/${reference[i].toFixed(2)}` : ''}`).join(', ');

describe('SBC Fig. 3B in full: 100 pulses, 1-50 Hz', () => {
  it('every frequency within 10% of the reference; LTD 1-3 Hz, one crossing between 4 and 12 Hz, no fall-back', () => {
    const model = FREQUENCIES_HZ.map((f) => runFrequencyProtocol(f).synapses.weight[0] / W0);
    const reference = FREQUENCIES_HZ.map((f) => referenceWeightRatio({ frequencyHz: f, pulses: 100, epspMv: 10 }, 0.1));
    console.log(`SBC 3B (model/reference): ${show(FREQUENCIES_HZ.map((f) => `${f} Hz`), model, reference)}`);
    expectWithinTenPercent(FREQUENCIES_HZ.map((f) => `${f} Hz`), model, reference);
    expectFrequencyCurveShape(FREQUENCIES_HZ, model);
  });
});

describe('SBC Fig. 3A in full: 1 Hz pairing under voltage clamp, −80 to −10 mV', () => {
  it('every voltage within 10% of the reference; none at rest, LTD at −60 to −55 mV, LTP from −50 mV', () => {
    const model = VOLTAGES_MV.map((v) => clampedPairingRatio(v));
    const reference = VOLTAGES_MV.map((v) => referenceWeightRatio({ frequencyHz: 1, pulses: 100, clampMv: v }, 0.1));
    console.log(`SBC 3A (model/reference): ${show(VOLTAGES_MV.map((v) => `${v} mV`), model, reference)}`);
    expectWithinTenPercent(VOLTAGES_MV.map((v) => `${v} mV`), model, reference);
    expectPairingCurveShape(VOLTAGES_MV, model);
  });
});

/** Runs a calcium level's whole timeline (100 pulses + 2 s) with `edit` applied; returns w/w0. */
function levelRatio(file: string, edit: (raw: any) => void): number { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = JSON.parse(readFileSync(new URL(`../../levels/${file}`, import.meta.url), 'utf8'));
  edit(raw);
  raw.objectives = [{ id: 'ratio', description: 'w/w0', metric: 'weightChangeRatio', args: { projection: 'synapse' }, comparison: '>', threshold: 0, over: { lastTrials: 1 } }];
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const out = runLevel(loaded.level);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.objectives[0].value!;
}

describe('the levels\' protocol (calcium-frequency, as the player sets the interval)', () => {
  it('LTD at 1-3 Hz, one crossing between 4 and 12 Hz, no fall-back; clamped, the level gives the pairing curve', () => {
    const rates = FREQUENCIES_HZ; // the interval is rounded to whole ms (333, 167, 143, 83, 67, 33 ms): on the 0.5 ms tick grid
    const frequency = rates.map((f) => levelRatio('calcium-frequency.json', (raw) => { raw.timeline.sessions[0].phases[0].trialMs = Math.round(1000 / f); }));
    console.log(`calcium-frequency level: ${show(rates.map((f) => `${f} Hz`), frequency)}`);
    expectFrequencyCurveShape(rates, frequency);
    const voltages = [-70, -65, -60, -55, -50, -40, -10];
    const clamp = voltages.map((vMv) => levelRatio('calcium-ltp.json', (raw) => { raw.timeline.sessions[0].phases[0].commandsAtStart = [{ type: 'voltageClamp', population: 'post', vMv }]; }));
    console.log(`calcium-ltp level clamped: ${show(voltages.map((v) => `${v} mV`), clamp)}`);
    expectPairingCurveShape(voltages, clamp);
  });
});
