/**
 * LIF firing through the schedule (integrateLif exact step → detectSpikes v ≥ vThresh → reset to vReset
 * and hold for refractoryMs): constant-current ISI against the closed form. dt 0.1 ms, no randomness.
 * From vReset the membrane follows v(t) = v∞ + (vReset − v∞)e^(−t/τ), v∞ = vRest + R·I, so it reaches
 * θ after T = τ ln((v∞ − vReset)/(v∞ − θ)); on the tick grid the ISI is refractoryTicks + ⌈T/dt⌉.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, runTicks } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';

describe('LIF constant-current firing, exact step, dt 0.1 ms', () => {
  it.each([[20, 2], [30, 0], [16.5, 5]])('R·I = %s mV, refractory %s ms: ISI = refractory + ⌈τ ln((v∞ − vReset)/(v∞ − θ))/dt⌉ ticks', (drivenMv, refractoryMs) => {
    const dtMs = 0.1;
    const world = buildWorld({
      seed: 1, dtMs,
      neuronTypes: [{ name: 'lif', model: NeuronModel.lif, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs, resistanceMOhm: 1 }],
      populations: [{ name: 'cell', type: 'lif', count: 1 }],
      projections: [],
      stimuli: [{ name: 'I', kind: 'constantCurrent', target: 'cell', amplitude: drivenMv }],
    });
    runTicks(world, 6000);
    const ticks: number[] = [];
    world.monitors.spikes.forEachSince(0, (tick) => ticks.push(tick));
    const vInf = -70 + drivenMv;
    const crossingMs = 20 * Math.log((vInf + 60) / (vInf + 54)); // 18.33 ms for R·I = 20
    const expectedIsiTicks = Math.round(refractoryMs / dtMs) + Math.ceil(crossingMs / dtMs - 1e-9);
    const isis = ticks.slice(1).map((t, i) => t - ticks[i]);
    expect(isis.length).toBeGreaterThan(5);
    expect(new Set(isis)).toEqual(new Set([expectedIsiTicks]));
  });

  it('below rheobase (R·I = 16 mV, v∞ = −54 mV = θ never crossed) it never fires', () => {
    const world = buildWorld({
      seed: 1, dtMs: 0.1,
      neuronTypes: [{ name: 'lif', model: NeuronModel.lif, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60 }],
      populations: [{ name: 'cell', type: 'lif', count: 1 }],
      projections: [],
      stimuli: [{ name: 'I', kind: 'constantCurrent', target: 'cell', amplitude: 15.99 }],
    });
    runTicks(world, 10_000);
    expect(world.monitors.spikes.written).toBe(0);
  });
});
