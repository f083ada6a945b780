/**
 * The Brian2 side of `npm run bench -- --vs-brian2`: the reference scripts (shared/brian2, one per
 * bench network) run with Debian's Python, which has python3-brian. Each script times its own run
 * with Brian2's compilation excluded (its common.py: a warm-up run compiles, the network is
 * restored, then the timed run; cpp_standalone reports its compiled main loop's std::clock() time)
 * and prints one `RESULT {json}` line, which is parsed here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BRIAN2_PYTHON = '/usr/bin/python3';
export const BRIAN2_TARGETS = ['numpy', 'cython', 'cpp_standalone'] as const;
export type Brian2Target = (typeof BRIAN2_TARGETS)[number];

/** How a bench network maps to its Brian2 script; simulated seconds per target (numpy is slow). */
export interface Brian2Reference {
  script: string;
  args: string[];
  simulatedSeconds: Record<Brian2Target, number>;
  /** Targets the script supports (all when absent). */
  targets?: Brian2Target[];
}

export const BRIAN2_REFERENCES: Record<string, Brian2Reference> = {
  'izhikevich-2003': { script: 'izh2003.py', args: [], simulatedSeconds: { numpy: 1, cython: 2, cpp_standalone: 2 } },
  // --extra: weights ×10, so the 10k network fires at ~20 Hz like ours (net.m's weights give ~5 Hz).
  'izhikevich-10k': { script: 'izh10k.py', args: ['--extra'], simulatedSeconds: { numpy: 1, cython: 2, cpp_standalone: 2 } },
  'song-miller-abbott': { script: 'stdp_sma2000.py', args: ['--warm', '0.1'], simulatedSeconds: { numpy: 5, cython: 20, cpp_standalone: 20 } },
  // The reward logic is a network_operation (Python), so the script runs on the runtime targets only.
  'izhikevich-2007': { script: 'daspnet.py', args: [], simulatedSeconds: { numpy: 5, cython: 10, cpp_standalone: 10 }, targets: ['numpy', 'cython'] },
};

export interface Brian2Result {
  target: Brian2Target;
  simulatedSeconds: number;
  cpuPerSimSecond: number;
  wallPerSimSecond: number;
  spikesPerSimSecond: number;
  loadAverage: number;
}

/** The folder with the reference scripts: SYNAPTICA_BRIAN2_DIR, else ../shared/brian2 beside the repository or its parent. */
export function brian2ScriptsDir(): string | undefined {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const candidates = [process.env.SYNAPTICA_BRIAN2_DIR, join(repo, '..', 'shared', 'brian2'), join(repo, '..', '..', 'shared', 'brian2')];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(join(dir, 'common.py')));
}

/** Why Brian2 cannot be run here, or undefined when it can. */
export function brian2Unavailable(scriptsDir: string | undefined): string | undefined {
  if (!existsSync(BRIAN2_PYTHON)) return `${BRIAN2_PYTHON} does not exist`;
  const probe = spawnSync(BRIAN2_PYTHON, ['-c', 'import brian2'], { encoding: 'utf8' });
  if (probe.status !== 0) return `${BRIAN2_PYTHON} cannot import brian2 (Debian: apt-get install python3-brian)`;
  if (!scriptsDir) return 'the Brian2 reference scripts were not found (set SYNAPTICA_BRIAN2_DIR to the folder with common.py)';
  return undefined;
}

/** Runs one Brian2 script once (one timed repetition after its own warm-up) and parses its result. */
export function runBrian2(scriptsDir: string, network: string, target: Brian2Target): Brian2Result {
  const reference = BRIAN2_REFERENCES[network];
  const seconds = reference.simulatedSeconds[target];
  const output = execFileSync(BRIAN2_PYTHON, [
    reference.script, '--target', target, '--T', String(seconds), '--repeat', '1', ...reference.args,
  ], { cwd: scriptsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const line = output.split('\n').reverse().find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${reference.script} --target ${target} printed no RESULT line`);
  const result = JSON.parse(line.slice('RESULT '.length)) as { sim_s: number; cpu_s: number; wall_s: number; spikes: number; loadavg: number };
  return {
    target,
    simulatedSeconds: result.sim_s,
    cpuPerSimSecond: result.cpu_s / result.sim_s,
    wallPerSimSecond: result.wall_s / result.sim_s,
    spikesPerSimSecond: result.spikes / result.sim_s,
    loadAverage: result.loadavg,
  };
}
