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

/** A whole level run through runLevel, judged by its wall time (circuits exist only in a spawned level). */
function levelBench(name: string, description: string, level: NonNullable<BenchNetwork['level']>): BenchNetwork {
  return {
    name,
    description,
    targetCpuPerSimSecond: Number.POSITIVE_INFINITY,
    brian2CpuPerSimSecond: null,
    warmupSeconds: 0,
    simulatedSeconds: 0,
    level,
    spec: () => { throw new Error('a level benchmark has no bare network'); },
  };
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
  levelBench('dopamine-conditioning', 'levels/dopamine-acquisition.json: 100 conditioning trials of the spiking reward circuit', { file: 'levels/dopamine-acquisition.json', trials: 100, targetWallSeconds: 10 }),
  levelBench('eyeblink', 'levels/eyeblink-isi-sweep.json: a 200-trial eyeblink session of the spiking cerebellar circuit', { file: 'levels/eyeblink-isi-sweep.json', trials: 200, targetWallSeconds: 10 }),
  levelBench('songbird', 'levels/songbird-tutor.json: 2000 renditions of the spiking songbird circuit, each synthesised and heard by the critic', { file: 'levels/songbird-tutor.json', trials: 2000, targetWallSeconds: 30 }),
  levelBench('inhibitory-balance', 'levels/inhibitory-balance.json: 16 trials of 5 s (80 simulated s at dt 0.5 ms) of one cell learning its inhibition by inhibitory STDP', { file: 'levels/inhibitory-balance.json', trials: 16, targetWallSeconds: 10 }),
  levelBench('predictive-coding', 'levels/predictive-coding.json: 300 oddball trials (150 simulated s) of the two-level prediction circuit with teacherDelta learning', { file: 'levels/predictive-coding.json', trials: 300, targetWallSeconds: 10 }),
  levelBench('critical-period', 'levels/critical-period.json: three ages of 20 trials (60 simulated s) of two-eye Poisson input onto a normalised-Hebbian cortex', { file: 'levels/critical-period.json', trials: 60, targetWallSeconds: 10 }),
  levelBench('consolidation-capture', 'levels/consolidation-capture.json: 68 trials of 2 s (136 simulated s at dt 1 ms, 11 model hours) of two 20-fibre pathways onto one cell with tag-trigger-consolidation', { file: 'levels/consolidation-capture.json', trials: 68, targetWallSeconds: 10 }),
  levelBench('map-reorganisation', 'levels/map-reorganisation.json: 50 trials of 2 s (100 simulated s) of the cortical-map circuit', { file: 'levels/map-reorganisation.json', trials: 50, targetWallSeconds: 10 }),
  levelBench('credit-arena-width', 'levels/credit-arena-width.json: 2000 epochs (10 trials of 2 s) of five rules training 8-32-8 rate networks on 16 patterns', { file: 'levels/credit-arena-width.json', trials: 10, targetWallSeconds: 10 }),
  levelBench('developmental-pruning', 'levels/developmental-pruning.json: the whole level, 240 epochs (20 trials (years) of 2.4 s, 48 simulated s at dt 1 ms) of a 24-8-4 rate network growing, learning and pruning, with its unpruned twin', { file: 'levels/developmental-pruning.json', trials: 20, targetWallSeconds: 2 }),
  levelBench('reversal-probabilistic', 'levels/reversal-probabilistic.json: 150 trials of 800 ms (120 simulated s at dt 1 ms) of the reversal agent\'s rate circuit at 80/20 rewards', { file: 'levels/reversal-probabilistic.json', trials: 150, targetWallSeconds: 10 }),
  levelBench('beads-task', 'levels/beads-task.json: 10 trials of 2 s (20 simulated s at dt 1 ms) of two belief learners playing 200 beads games', { file: 'levels/beads-task.json', trials: 10, targetWallSeconds: 10 }),
  levelBench('error-processing-sandbox', 'levels/error-processing-sandbox.json: 15 trials of 2 s (30 simulated s at dt 1 ms) of three belief-learner circuits (150 beads games, 1500 cue trials, 150 checking episodes)', { file: 'levels/error-processing-sandbox.json', trials: 15, targetWallSeconds: 10 }),
];
