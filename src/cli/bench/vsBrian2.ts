/**
 * `npm run bench -- --vs-brian2 [--rounds N] [--only a,b] [--targets numpy,cython,cpp_standalone] [--json]`
 * Both sides in one run, alternating: for each network, each round runs ours (a fresh Node process,
 * as `npm run bench`) and then each Brian2 target once, so a drift of this shared machine's speed
 * bills both sides alike. Each side's figure is its median over the rounds of CPU seconds per
 * simulated second (Brian2's compilation excluded); the ratio is Brian2's fastest target over ours.
 * Without Brian2 (Debian's python3 cannot import brian2) it says so and exits 0.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './runBenchNetwork';
import {
  BRIAN2_REFERENCES, BRIAN2_TARGETS, brian2ScriptsDir, brian2Unavailable, runBrian2, type Brian2Result, type Brian2Target,
} from './brian2Reference';

export interface VsBrian2Row {
  network: string;
  ours: { cpuPerSimSecond: number[]; wallPerSimSecond: number[]; spikesPerSimSecond: number; calibrationNs: number[] };
  brian2: Partial<Record<Brian2Target, Brian2Result[]>>;
  loadAverage: number[];
}

const runner = fileURLToPath(new URL('./runBenchNetwork.ts', import.meta.url));

function runOurs(network: string): BenchResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', runner, network], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as BenchResult;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function runVsBrian2(options: { rounds: number; only?: string[]; targets: Brian2Target[]; log: (line: string) => void }): VsBrian2Row[] | undefined {
  const scriptsDir = brian2ScriptsDir();
  const why = brian2Unavailable(scriptsDir);
  if (why) {
    options.log(`--vs-brian2 skipped: ${why}.`);
    return undefined;
  }
  const rows: VsBrian2Row[] = [];
  for (const network of Object.keys(BRIAN2_REFERENCES)) {
    if (options.only && !options.only.includes(network)) continue;
    const row: VsBrian2Row = { network, ours: { cpuPerSimSecond: [], wallPerSimSecond: [], spikesPerSimSecond: 0, calibrationNs: [] }, brian2: {}, loadAverage: [] };
    const spikeRates: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      row.loadAverage.push(loadavg()[0]);
      const ours = runOurs(network);
      row.ours.cpuPerSimSecond.push(ours.cpuSeconds / ours.simulatedSeconds);
      row.ours.wallPerSimSecond.push(ours.wallSeconds / ours.simulatedSeconds);
      row.ours.calibrationNs.push(ours.calibrationNs);
      spikeRates.push(ours.spikes / ours.simulatedSeconds);
      options.log(`${network} round ${round + 1}: ours ${(ours.cpuSeconds / ours.simulatedSeconds).toFixed(4)} CPU s/s`);
      for (const target of options.targets) {
        if (!(BRIAN2_REFERENCES[network].targets ?? BRIAN2_TARGETS).includes(target)) continue;
        const result = runBrian2(scriptsDir!, network, target);
        (row.brian2[target] ??= []).push(result);
        options.log(`${network} round ${round + 1}: Brian2 ${target} ${result.cpuPerSimSecond.toFixed(4)} CPU s/s`);
      }
    }
    row.ours.spikesPerSimSecond = median(spikeRates);
    rows.push(row);
  }
  return rows;
}

/** Brian2's fastest target for a row: the lowest median CPU seconds per simulated second. */
export function fastestBrian2(row: VsBrian2Row): { target: Brian2Target; cpuPerSimSecond: number; spikesPerSimSecond: number } | undefined {
  let best: { target: Brian2Target; cpuPerSimSecond: number; spikesPerSimSecond: number } | undefined;
  for (const target of BRIAN2_TARGETS) {
    const results = row.brian2[target];
    if (!results || results.length === 0) continue;
    const cpu = median(results.map((r) => r.cpuPerSimSecond));
    if (!best || cpu < best.cpuPerSimSecond) best = { target, cpuPerSimSecond: cpu, spikesPerSimSecond: median(results.map((r) => r.spikesPerSimSecond)) };
  }
  return best;
}

export function vsBrian2Table(rows: VsBrian2Row[]): Record<string, string>[] {
  return rows.map((row) => {
    const ours = median(row.ours.cpuPerSimSecond);
    const best = fastestBrian2(row);
    const cell = (target: Brian2Target): string => {
      const results = row.brian2[target];
      if (!(BRIAN2_REFERENCES[row.network].targets ?? BRIAN2_TARGETS).includes(target)) return 'n/a';
      return results ? median(results.map((r) => r.cpuPerSimSecond)).toFixed(4) : '';
    };
    return {
      network: row.network,
      'ours CPU s/s': ours.toFixed(4),
      'numpy': cell('numpy'),
      'cython': cell('cython'),
      'cpp_standalone': cell('cpp_standalone'),
      'Brian2 best': best ? `${best.cpuPerSimSecond.toFixed(4)} (${best.target})` : '',
      'ratio': best ? `${(best.cpuPerSimSecond / ours).toFixed(2)}×` : '',
      'spikes/s ours': Math.round(row.ours.spikesPerSimSecond).toLocaleString('en'),
      'spikes/s Brian2': best ? Math.round(best.spikesPerSimSecond).toLocaleString('en') : '',
      'load avg': `${Math.min(...row.loadAverage).toFixed(1)}–${Math.max(...row.loadAverage).toFixed(1)}`,
    };
  });
}
