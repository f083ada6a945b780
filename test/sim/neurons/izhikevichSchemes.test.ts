/**
 * The two published integration schemes of Izhikevich (2003) as run by the engine's schedule
 * (applyStimuli → integrateNeurons → detectSpikes → resetSpikedNeurons). No randomness.
 */
import { describe, expect, it } from 'vitest';
import { izhikevichNetworkVoltageStep, izhikevichRecoveryStep } from '../../../src/sim/models/izhikevich';
import { integrateNeurons } from '../../../src/sim/systems/integrateNeurons';
import { IZHIKEVICH_TYPES, burstSizes, singleCellWorld, spikeTimesMs, standardProtocolSpikes, steadyIsiMs, type IzhikevichTypeName } from './singleCell';

/**
 * Transcription of the published single-cell figure code (Izhikevich 2004, figure1.m):
 *   V = V + tau*(0.04*V^2+5*V+140-u+I); u = u + tau*a*(b*V-u); if V ≥ 30: V = c; u = u + d.
 * The polynomial is written (0.04V + 5)V as in the kernel so that rounding agrees bit for bit.
 */
function figureCodeSpikes(type: IzhikevichTypeName): number[] {
  const { a, b, c, d } = IZHIKEVICH_TYPES[type];
  const tau = 0.25;
  let v = -70;
  let u = b * v;
  const spikes: number[] = [];
  for (let k = 0; k < 600 / tau; k++) {
    const t = k * tau;
    const current = t >= 50 && t < 550 ? 10 : 0;
    v = v + tau * ((0.04 * v + 5) * v + 140 - u + current);
    u = u + tau * a * (b * v - u);
    if (v >= 30) { spikes.push(t); v = c; u = u + d; }
  }
  return spikes.filter((t) => t >= 50);
}

describe('Euler 0.25 ms scheme reproduces the published figure code', () => {
  it.each(['RS', 'IB', 'CH', 'FS', 'LTS', 'TC', 'RZ'] as const)('%s: identical spike times (u uses the new v; detect v ≥ 30, then v = c, u += d)', (type) => {
    expect(standardProtocolSpikes(type, 'izhikevichEuler', 0.25)).toEqual(figureCodeSpikes(type));
  });

  it('Euler with dtMs 1 and eulerStepMs 0.25 (4 sub-steps per tick, stop at the peak) keeps RS close to dtMs 0.25', () => {
    // The reset waits for the end of the tick (up to 0.75 ms late), so spike times drift by a few ms.
    const fine = standardProtocolSpikes('RS', 'izhikevichEuler', 0.25);
    const coarse = standardProtocolSpikes('RS', 'izhikevichEuler', 1);
    expect(coarse.length).toBe(fine.length); // 12 and 12
    expect(Math.abs(steadyIsiMs(coarse) / steadyIsiMs(fine) - 1)).toBeLessThan(0.02); // 21.65 vs 21.76 Hz
  });
});

describe('network scheme (dt 1 ms: two 0.5 ms half-steps of v, then u with the new v)', () => {
  it('integrateNeurons equals izhikevichNetworkVoltageStep + izhikevichRecoveryStep bit for bit', () => {
    const world = singleCellWorld('RS', { scheme: 'izhikevichNetwork', dtMs: 1, initialVMv: -70 });
    const cases = [[-70, -14, 10], [-64.3, -12.1, 3.7], [-55, -9, 0], [10, 2, 25], [-80, -20, -5]];
    for (const [v, u, current] of cases) {
      world.neurons.vMv[1] = v;
      world.neurons.u[1] = u;
      world.neurons.iExt[1] = current;
      integrateNeurons(world);
      const vNew = izhikevichNetworkVoltageStep(v, u, current, 1);
      expect(world.neurons.vMv[1]).toBe(vNew);
      expect(world.neurons.u[1]).toBe(izhikevichRecoveryStep(u, vNew, 0.02, 0.2, 1));
    }
  });

  it('RS at I = 10: a different but sane tonic rate (measured 10 spikes, steady ~19 Hz vs Euler 12 and ~22 Hz)', () => {
    const network = standardProtocolSpikes('RS', 'izhikevichNetwork', 1);
    const euler = standardProtocolSpikes('RS', 'izhikevichEuler', 0.25);
    expect(burstSizes(network).every((size) => size === 1)).toBe(true);
    const rateHz = 1000 / steadyIsiMs(network);
    expect(rateHz).toBeGreaterThan(12);
    expect(rateHz).toBeLessThan(30);
    expect(rateHz / (1000 / steadyIsiMs(euler))).toBeGreaterThan(0.5); // within the "up to 2x" of SCIENCE.md
    expect(network.length).not.toBe(euler.length);
  });

  it('RS at rest (−70 mV, u = −14) without input stays at rest and never spikes', () => {
    const world = singleCellWorld('RS', { scheme: 'izhikevichNetwork', dtMs: 1 });
    expect(spikeTimesMs(world, 1000)).toEqual([]);
    expect(world.neurons.vMv[1]).toBeCloseTo(-70, 9);
  });
});
