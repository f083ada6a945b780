/**
 * SCIENCE.md §5 rule tests, on the kernel and on the running circuit: a parallel-fibre spike 100 ms
 * before a climbing-fibre spike depresses the synapse, a parallel-fibre spike alone potentiates it,
 * a climbing-fibre spike alone leaves it unchanged. The MF→nucleus rule: potentiation in a Purkinje pause.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, installCircuitSystem, populationByName, projectionByName, runTicks, type SimWorld } from '../../../src/sim';
import {
  DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkSpec, eligibilityKernel, installCerebellum, kernelIntegralMs, mfNucleusChange,
  pfBaselineWeight, pfRuleOf, pfWeightChange,
} from '../../../src/circuits/cerebellum';

const p = DEFAULT_CEREBELLUM_PARAMS;

describe('PF→Purkinje kernel', () => {
  it('peaks at the eligibility peak and is 0 for a same-time or later PF spike', () => {
    expect(eligibilityKernel(100, 100)).toBeCloseTo(1, 12);
    expect(eligibilityKernel(0, 100)).toBe(0);
    expect(eligibilityKernel(-50, 100)).toBe(0);
    expect(eligibilityKernel(50, 100)).toBeGreaterThan(0.4);
    expect(eligibilityKernel(200, 100)).toBeGreaterThan(0.2);
    expect(eligibilityKernel(20, 100)).toBeLessThan(0.1);
    expect(eligibilityKernel(400, 100)).toBeLessThan(0.05);
  });
  it('PF 100 ms before CF → Δw < 0; PF alone → Δw > 0; CF alone → Δw = 0 (soft bounds, from w = 0.5)', () => {
    const rule = pfRuleOf(p);
    const change = (pf: number[], cf: number[]) => pfWeightChange(pf, cf, rule, 0.5);
    const afterLtp = 0.5 + p.ltpPerParallelSpike * (p.pfWeightMax - 0.5);
    expect(change([0], [100])).toBeCloseTo(afterLtp * (1 - p.ltdPerClimbingSpike) - 0.5, 12);
    expect(change([0], [100])).toBeLessThan(0);
    expect(change([0], [])).toBeCloseTo(p.ltpPerParallelSpike * (p.pfWeightMax - 0.5), 12);
    expect(change([0], [])).toBeGreaterThan(0);
    expect(change([], [100])).toBe(0);
    expect(change([100], [0])).toBeGreaterThan(0);
  });
  it('the baseline weight is the fixed point of spontaneous CF LTD and PF LTP', () => {
    const rule = pfRuleOf(p);
    // ∫k of the n = 4 gamma kernel with T = 100 ms, numerically.
    let integral = 0;
    for (let s = 0.05; s < 2000; s += 0.1) integral += eligibilityKernel(s, p.eligibilityPeakMs) * 0.1;
    expect(kernelIntegralMs(p.eligibilityPeakMs)).toBeCloseTo(integral, 3);
    const w = pfBaselineWeight(rule, p.baselineClimbingHz);
    const ltpPerPf = p.ltpPerParallelSpike * (p.pfWeightMax - w);
    const ltdPerPf = p.ltdPerClimbingSpike * w * p.baselineClimbingHz * integral / 1000;
    expect(ltpPerPf).toBeCloseTo(ltdPerPf, 9);
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(p.pfWeightMax);
    // More CF activity moves the fixed point down, less moves it up (the olive's pause lets PF LTP win).
    expect(pfBaselineWeight(rule, 2)).toBeLessThan(w);
    expect(pfBaselineWeight(rule, 0)).toBeCloseTo(p.pfWeightMax, 12);
  });
  it('MF→nucleus: potentiation during a Purkinje pause, slow depression otherwise', () => {
    expect(mfNucleusChange(5, 30, 60, 1, 0.1)).toBe(1);
    expect(mfNucleusChange(80, 30, 60, 1, 0.1)).toBe(-0.1);
    expect(mfNucleusChange(45, 30, 60, 1, 0.1)).toBe(0);
  });
});

/** A quiet circuit (every drive off) in which the test places single PF and CF spikes by hand. */
function quietCircuit(): { world: SimWorld; synapse: number; spikes: { pfTick: number; cfTick: number } } {
  const params = { ...p, granuleBackgroundHz: 0 };
  const world = buildWorld(cerebellumNetworkSpec(params, 7));
  installCerebellum(world, params);
  for (let i = 0; i < world.stimuli.gain.length; i++) world.stimuli.gain[i] = 0;
  const granule = populationByName(world, 'granule');
  const olive = populationByName(world, 'olive');
  const spikes = { pfTick: -1, cfTick: -1 };
  const forceSpikes = (w: SimWorld): void => {
    const tick = w.clock[0];
    if (tick === spikes.pfTick) w.neurons.nextSpikeMs[granule.firstEid] = tick * w.dtMs;
    if (tick === spikes.cfTick) w.neurons.vMv[olive.firstEid] = 0;
  };
  installCircuitSystem(world, 'detect spikes', forceSpikes, 'before');
  const pf = projectionByName(world, 'parallelFibres');
  return { world, synapse: pf.outRowStart[0], spikes };
}

describe('PF→Purkinje rule in the running circuit', () => {
  const run = (pfTick: number, cfTick: number): number => {
    const { world, synapse, spikes } = quietCircuit();
    world.synapses.weight[synapse] = 0.5;
    spikes.pfTick = pfTick;
    spikes.cfTick = cfTick;
    runTicks(world, 600);
    return world.synapses.weight[synapse] - 0.5;
  };
  it('PF spike 100 ms before a CF spike: Δw < 0', () => {
    expect(run(100, 200)).toBeLessThan(0);
  });
  it('PF spike alone: Δw > 0 (= the LTP step, a fraction of the headroom)', () => {
    expect(run(100, -1)).toBeCloseTo(p.ltpPerParallelSpike * (p.pfWeightMax - 0.5), 12);
  });
  it('CF spike alone: Δw = 0', () => {
    expect(run(-1, 200)).toBe(0);
  });
  it('the online kernel matches the analytic one (PF 100 ms before CF)', () => {
    const dw = run(100, 200);
    const expected = pfWeightChange([100], [200], pfRuleOf(p), 0.5);
    expect(expected).toBeCloseTo((0.5 + p.ltpPerParallelSpike * (p.pfWeightMax - 0.5)) * (1 - p.ltdPerClimbingSpike * eligibilityKernel(100, p.eligibilityPeakMs)) - 0.5, 12);
    expect(dw / expected).toBeCloseTo(1, 6);
  });
});
