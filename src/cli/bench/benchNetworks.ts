import type { NetworkSpec } from '../../sim';
import { izhikevichNetworkSpec } from './izhikevichNetworks';
import { songMillerAbbottSpec } from './songMillerAbbott';
import { izhikevichDistalRewardSpec } from './izhikevichDistalReward';

export interface BenchNetwork {
  name: string;
  description: string;
  /**
   * A level file (relative to the repository) to run through runLevel instead of a bare network:
   * for circuits, whose systems exist only in a spawned level. Runs `trials` trials, no warm-up.
   */
  level?: { file: string; trials: number; targetWallSeconds: number };
  /** Target CPU seconds per simulated second on the 2-core reference machine. */
  targetCpuPerSimSecond: number;
  /**
   * Brian2 2.5.1's fastest target, CPU s per simulated s, from `npm run bench -- --vs-brian2` on
   * 2026-12-06 (load average 9–13; docs/performance.md). For context only: compare with ours only
   * within one run, which --vs-brian2 does.
   */
  brian2CpuPerSimSecond: number | null;
  warmupSeconds: number;
  simulatedSeconds: number;
  spec: () => NetworkSpec;
}

export const BENCH_NETWORKS: BenchNetwork[] = [
  {
    name: 'izhikevich-10k',
    description: '10,000 Izhikevich neurons, 100 random targets each (1,000,000 synapses), 1 ms scheme',
    targetCpuPerSimSecond: 0.25,
    brian2CpuPerSimSecond: 0.38,
    warmupSeconds: 0.5,
    simulatedSeconds: 10,
    spec: () => izhikevichNetworkSpec({ excitatory: 8000, inhibitory: 2000, seed: 1, outDegree: 100, excWeightMax: 5, inhWeightMin: -10 }),
  },
  {
    name: 'izhikevich-2003',
    description: "the paper's 1000-neuron all-to-all network",
    targetCpuPerSimSecond: 0.035,
    brian2CpuPerSimSecond: 0.067,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => izhikevichNetworkSpec({ excitatory: 800, inhibitory: 200, seed: 1, excWeightMax: 0.5, inhWeightMin: -1 }),
  },
  {
    name: 'song-miller-abbott',
    description: '1000 Poisson inputs at 15 Hz onto one LIF neuron, STDP, dt 0.1 ms',
    targetCpuPerSimSecond: 0.085,
    brian2CpuPerSimSecond: 0.163,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => songMillerAbbottSpec(1),
  },
  {
    name: 'izhikevich-2007',
    description: 'the distal-reward network, 1000 neurons, 100 synapses each, DA-STDP',
    targetCpuPerSimSecond: 0.026,
    brian2CpuPerSimSecond: 0.050,
    warmupSeconds: 0.5,
    simulatedSeconds: 20,
    spec: () => izhikevichDistalRewardSpec(1),
  },
  {
    name: 'dopamine-conditioning',
    description: 'levels/dopamine-acquisition.json: 100 conditioning trials of the spiking reward circuit',
    targetCpuPerSimSecond: Number.POSITIVE_INFINITY,
    brian2CpuPerSimSecond: null,
    warmupSeconds: 0,
    simulatedSeconds: 0,
    level: { file: 'levels/dopamine-acquisition.json', trials: 100, targetWallSeconds: 10 },
    spec: () => { throw new Error('a level benchmark has no bare network'); },
  },
  {
    name: 'eyeblink',
    description: 'levels/eyeblink-isi-sweep.json: a 200-trial eyeblink session of the spiking cerebellar circuit',
    targetCpuPerSimSecond: Number.POSITIVE_INFINITY,
    brian2CpuPerSimSecond: null,
    warmupSeconds: 0,
    simulatedSeconds: 0,
    level: { file: 'levels/eyeblink-isi-sweep.json', trials: 200, targetWallSeconds: 10 },
    spec: () => { throw new Error('a level benchmark has no bare network'); },
  },
  {
    name: 'songbird',
    description: 'levels/songbird-tutor.json: 2000 renditions of the spiking songbird circuit, each synthesised and heard by the critic',
    targetCpuPerSimSecond: Number.POSITIVE_INFINITY,
    brian2CpuPerSimSecond: null,
    warmupSeconds: 0,
    simulatedSeconds: 0,
    level: { file: 'levels/songbird-tutor.json', trials: 2000, targetWallSeconds: 30 },
    spec: () => { throw new Error('a level benchmark has no bare network'); },
  },
];
