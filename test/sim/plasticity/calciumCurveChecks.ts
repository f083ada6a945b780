/**
 * What SBC 2002's two induction curves must show, checked on any sampled curve (the quick suite's
 * subsets, the long suite's full sweeps, the levels' protocol): shared so every protocol the project
 * uses is held to the same shape.
 */
import { expect } from 'vitest';

/** |model − reference| / reference at each point must stay under 10%. */
export function expectWithinTenPercent(labels: string[], model: number[], reference: number[]): void {
  model.forEach((m, i) => expect(Math.abs(m - reference[i]) / reference[i], `${labels[i]}: model ${m.toFixed(3)}, reference ${reference[i].toFixed(3)}`).toBeLessThan(0.1));
}

/**
 * Frequency curve (w/w0 per frequency, frequencies ascending): LTD (< 0.9) at every frequency from 1
 * to 3 Hz, exactly one sign change between 4 and 12 Hz, then a rise to the plateau with no fall-back
 * (non-decreasing up to the peak; past it never below 90% of the peak: with a fixed number of pulses a
 * faster train is a shorter one and η is at most 1/P4, so the paper's own equations lose ~8% by 50 Hz).
 */
export function expectFrequencyCurveShape(frequenciesHz: number[], ratio: number[]): void {
  frequenciesHz.forEach((f, i) => { if (f <= 3) expect(ratio[i], `${f} Hz`).toBeLessThan(0.9); });
  const signs = ratio.map((r) => Math.sign(r - 1));
  const changes = signs.flatMap((s, i) => (i > 0 && s !== signs[i - 1] ? [i] : []));
  expect(changes, ratio.map((r, i) => `${frequenciesHz[i]} Hz ${r.toFixed(2)}`).join(', ')).toHaveLength(1);
  const at = changes[0];
  expect(signs[at]).toBe(1);
  expect(frequenciesHz[at - 1]).toBeGreaterThanOrEqual(4);
  expect(frequenciesHz[at]).toBeLessThanOrEqual(12);
  const peak = Math.max(...ratio);
  const peakAt = ratio.indexOf(peak);
  for (let i = at + 1; i <= peakAt; i++) expect(ratio[i], `${frequenciesHz[i]} Hz`).toBeGreaterThanOrEqual(ratio[i - 1] - 1e-3);
  for (let i = peakAt; i < ratio.length; i++) expect(ratio[i], `${frequenciesHz[i]} Hz`).toBeGreaterThan(0.9 * peak);
}

/** Pairing curve under clamp (w/w0 per holding voltage): none at rest and below, LTD −60 to −55 mV, LTP from −50 mV. */
export function expectPairingCurveShape(voltagesMv: number[], ratio: number[]): void {
  voltagesMv.forEach((v, i) => {
    const label = `${v} mV: ${ratio[i].toFixed(3)}`;
    if (v <= -65) expect(Math.abs(ratio[i] - 1), label).toBeLessThan(0.02);
    else if (v >= -60 && v <= -55) expect(ratio[i], label).toBeLessThan(0.9);
    else if (v >= -50) expect(ratio[i], label).toBeGreaterThan(1.2);
  });
}
