/**
 * The WebAssembly kernels (propagation: systems/propagationKernel.ts; Izhikevich integration:
 * systems/integrationKernel.ts; the DA-STDP period pass and trace decay: plasticity/) must give bit-identical state to the JavaScript loops they
 * replace: each network is built and run both ways from the same seed and every registered state
 * array is hashed. Scheme: the Izhikevich (2003) 1 ms network scheme; seeds as given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorld, hashWorldState, runTicks, type NetworkSpec } from '../../../src/sim';
import { setWasmKernelsEnabled } from '../../../src/sim/components/wasmBinary';
import { izhikevichNetworkSpec } from '../../../src/cli/bench/izhikevichNetworks';
import { izhikevichDistalRewardSpec } from '../../../src/cli/bench/izhikevichDistalReward';
import { QUEUE_ROWS } from '../../../src/sim/systems/propagationKernel';

function runBothWays(spec: () => NetworkSpec, ticks: number): { kernel: string; plain: string; spikes: number; usedKernels: boolean } {
  setWasmKernelsEnabled(true);
  const withKernels = buildWorld(spec());
  let spikes = 0;
  for (let t = 0; t < ticks; t++) { runTicks(withKernels, 1); spikes += withKernels.spikedCount[0]; }
  setWasmKernelsEnabled(false);
  const plain = buildWorld(spec());
  runTicks(plain, ticks);
  return { kernel: hashWorldState(withKernels), plain: hashWorldState(plain), spikes, usedKernels: withKernels.synapses.kernelMemory !== undefined && withKernels.neurons.kernelMemory !== undefined };
}

describe('WebAssembly kernels equal the JavaScript loops bit for bit', () => {
  afterEach(() => setWasmKernelsEnabled(true));

  it('dense all-to-all rows (Izhikevich 2003, 1000 neurons, 1,000,000 synapses, seed 3, 300 ms)', () => {
    const run = runBothWays(() => izhikevichNetworkSpec({ excitatory: 800, inhibitory: 200, seed: 3, excWeightMax: 0.5, inhWeightMin: -1 }), 300);
    expect(run.usedKernels).toBe(true);
    expect(run.spikes).toBeGreaterThan(1000);
    expect(run.kernel).toBe(run.plain);
  });

  it('sparse rows (2000 neurons, 50 targets each, seed 4, 300 ms)', () => {
    const run = runBothWays(() => izhikevichNetworkSpec({ excitatory: 1600, inhibitory: 400, seed: 4, outDegree: 50, excWeightMax: 5, inhWeightMin: -10 }), 300);
    expect(run.usedKernels).toBe(true);
    expect(run.spikes).toBeGreaterThan(1000);
    expect(run.kernel).toBe(run.plain);
  });

  it('more rows in one tick than the propagation queue holds (3000 cells firing together, 20 targets each, seed 6, 100 ms)', () => {
    // Identical cells under the same current, no noise: every cell fires on the same ticks, so a
    // tick queues 2 rows per spike (6000 > QUEUE_ROWS) and the queue is delivered in several calls.
    const synchronous = (): NetworkSpec => {
      const spec = izhikevichNetworkSpec({ excitatory: 2400, inhibitory: 600, seed: 6, outDegree: 20, excWeightMax: 0.5, inhWeightMin: -1 });
      return {
        ...spec,
        populations: spec.populations.map((p) => ({ ...p, variation: undefined })),
        stimuli: [{ kind: 'constantCurrent', name: 'drive', target: 'exc', amplitude: 10 }, { kind: 'constantCurrent', name: 'driveInh', target: 'inh', amplitude: 10 }],
      };
    };
    let largestTick = 0;
    setWasmKernelsEnabled(true);
    const world = buildWorld(synchronous());
    for (let t = 0; t < 100; t++) { runTicks(world, 1); largestTick = Math.max(largestTick, world.spikedCount[0]); }
    expect(largestTick * 2).toBeGreaterThan(QUEUE_ROWS);
    const run = runBothWays(synchronous, 100);
    expect(run.usedKernels).toBe(true);
    expect(run.kernel).toBe(run.plain);
  });

  it('the DA-STDP period pass (Izhikevich 2007 network, 801 excitatory cells with 79 + 20 targets: odd-sized plastic projections, seed 5, 1 s)', () => {
    const oddSized = (): NetworkSpec => {
      const spec = izhikevichDistalRewardSpec(5);
      return {
        ...spec,
        populations: spec.populations.map((p) => (p.name === 'exc' ? { ...p, count: 801 } : p)),
        projections: spec.projections.map((p) => (p.name === 'ee' ? { ...p, connect: { rule: 'fixedOutDegree' as const, k: 79 } } : p)),
      };
    };
    const world = buildWorld(oddSized());
    expect(world.projections.filter((p) => p.plasticity?.rule === 'daStdp').map((p) => p.count % 2)).toContain(1);
    const run = runBothWays(oddSized, 1000);
    expect(run.usedKernels).toBe(true);
    expect(run.kernel).toBe(run.plain);
  });
});
