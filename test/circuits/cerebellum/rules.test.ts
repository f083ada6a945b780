/**
 * SCIENCE.md §5 rule tests, on the kernel and on the running circuit: a parallel-fibre spike 100 ms
 * before a climbing-fibre spike depresses the synapse, a parallel-fibre spike alone potentiates it,
 * a climbing-fibre spike alone leaves it unchanged. The MF→nucleus rule: potentiation in a Purkinje pause.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, installCircuitSystem, populationByName, projectionByName, runTicks, type SimWorld } from '../../../src/sim';
import {
  DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkSpec, eligibilityKernel, installCerebellum, mfNucleusChange, pfWeightChange,
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
  it('PF 100 ms before CF → Δw < 0; PF alone → Δw > 0; CF alone → Δw = 0', () => {
    const change = (pf: number[], cf: number[]) => pfWeightChange(pf, cf, p.eligibilityPeakMs, p.ltdPerClimbingSpike, p.ltpPerParallelSpike);
    expect(change([0], [100])).toBeCloseTo(p.ltpPerParallelSpike - p.ltdPerClimbingSpike, 12);
    expect(change([0], [100])).toBeLessThan(0);
    expect(change([0], [])).toBeGreaterThan(0);
    expect(change([], [100])).toBe(0);
    expect(change([100], [0])).toBeGreaterThan(0);
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
  it('PF spike alone: Δw > 0 (= the LTP step)', () => {
    expect(run(100, -1)).toBeCloseTo(p.ltpPerParallelSpike, 12);
  });
  it('CF spike alone: Δw = 0', () => {
    expect(run(-1, 200)).toBe(0);
  });
  it('the online kernel matches the analytic one (PF 100 ms before CF)', () => {
    const dw = run(100, 200);
    const expected = p.ltpPerParallelSpike - p.ltdPerClimbingSpike * eligibilityKernel(100, p.eligibilityPeakMs);
    expect(dw).toBeCloseTo(expected, 3);
  });
});
