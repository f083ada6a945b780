import type { NetworkSpec } from '../../sim';
import { izhikevichNetworkSpec } from './izhikevichNetworks';
import { songMillerAbbottSpec } from './songMillerAbbott';
import { izhikevichDistalRewardSpec } from './izhikevichDistalReward';

export interface BenchNetwork {
  name: string;
  description: string;
  /** Target CPU seconds per simulated second on the 2-core reference machine. */
  targetCpuPerSimSecond: number;
  /** Brian2 2.5 on the same machine, for context (shared/STACK.md, issue 2). */
  brian2CpuPerSimSecond: number;
  warmupSeconds: number;
  simulatedSeconds: number;
  spec: () => NetworkSpec;
}

export const BENCH_NETWORKS: BenchNetwork[] = [
  {
    name: 'izhikevich-10k',
    description: '10,000 Izhikevich neurons, 100 random targets each (1,000,000 synapses), 1 ms scheme',
    targetCpuPerSimSecond: 0.25,
    brian2CpuPerSimSecond: 0.49,
    warmupSeconds: 0.5,
    simulatedSeconds: 10,
    spec: () => izhikevichNetworkSpec({ excitatory: 8000, inhibitory: 2000, seed: 1, outDegree: 100, excWeightMax: 5, inhWeightMin: -10 }),
  },
  {
    name: 'izhikevich-2003',
    description: "the paper's 1000-neuron all-to-all network",
    targetCpuPerSimSecond: 0.035,
    brian2CpuPerSimSecond: 0.07,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => izhikevichNetworkSpec({ excitatory: 800, inhibitory: 200, seed: 1, excWeightMax: 0.5, inhWeightMin: -1 }),
  },
  {
    name: 'song-miller-abbott',
    description: '1000 Poisson inputs at 15 Hz onto one LIF neuron, STDP, dt 0.1 ms',
    targetCpuPerSimSecond: 0.085,
    brian2CpuPerSimSecond: 0.17,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => songMillerAbbottSpec(1),
  },
  {
    name: 'izhikevich-2007',
    description: 'the distal-reward network, 1000 neurons, 100 synapses each, DA-STDP',
    targetCpuPerSimSecond: 0.026,
    brian2CpuPerSimSecond: 0.052,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => izhikevichDistalRewardSpec(1),
  },
];
