/**
 * npm run bench [-- --json] [-- --only name,name] [-- --repeat N]
 * Runs each benchmark network in a fresh Node process, single thread, and prints a table (or, with
 * --json, a JSON array of { name, simulatedSeconds, wallSeconds, cpuSeconds, spikes,
 * synapticEvents, heapBytes } plus spawn and memory figures). Each network runs --repeat times
 * (default 3) and the run with the median CPU time is reported: this shared machine's speed varies
 * by ±15% from run to run. Use `npm run -s bench -- --json` so npm's banner does not precede the JSON.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCH_NETWORKS } from './bench/benchNetworks';
import type { BenchResult } from './bench/runBenchNetwork';
import { runVsBrian2, vsBrian2Table } from './bench/vsBrian2';
import { BRIAN2_TARGETS, type Brian2Target } from './bench/brian2Reference';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',') : undefined;
const repeatIndex = args.indexOf('--repeat');
const repeat = repeatIndex >= 0 ? Math.max(1, Math.floor(Number(args[repeatIndex + 1]) || 1)) : 3;
const runner = fileURLToPath(new URL('./bench/runBenchNetwork.ts', import.meta.url));

function optionValue(name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (args.includes('--vs-brian2')) {
  const rounds = Math.max(1, Math.floor(Number(optionValue('--rounds') ?? 3) || 3));
  const targets = (optionValue('--targets') ?? BRIAN2_TARGETS.join(',')).split(',');
  const unknown = targets.filter((t) => !(BRIAN2_TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0) {
    console.error(`--targets: unknown Brian2 target ${unknown.join(', ')} (choose from ${BRIAN2_TARGETS.join(', ')})`);
    process.exit(2);
  }
  const started = new Date().toISOString();
  const rows = runVsBrian2({ rounds, only, targets: targets as Brian2Target[], log: (line) => process.stderr.write(`${line}\n`) });
  if (!rows) process.exit(0);
  if (json) process.stdout.write(`${JSON.stringify({ started, finished: new Date().toISOString(), rounds, rows }, null, 2)}\n`);
  else {
    console.table(vsBrian2Table(rows));
    console.log(`${started}: CPU seconds per simulated second, median of ${rounds} alternating rounds per side; ratio = Brian2's fastest target / ours.`);
  }
  process.exit(0);
}

const results: BenchResult[] = [];
for (const network of BENCH_NETWORKS) {
  if (only && !only.includes(network.name)) continue;
  const runs: BenchResult[] = [];
  for (let r = 0; r < repeat; r++) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', runner, network.name], { encoding: 'utf8' });
    runs.push(JSON.parse(output.trim().split('\n').pop()!) as BenchResult);
  }
  runs.sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  results.push(runs[Math.floor(runs.length / 2)]);
  if (!json) process.stderr.write(`ran ${network.name}\n`);
}

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const rows = results.map((r) => {
    const network = BENCH_NETWORKS.find((n) => n.name === r.name)!;
    const cpuPerSim = r.cpuSeconds / r.simulatedSeconds;
    const met = network.level ? r.wallSeconds <= network.level.targetWallSeconds : cpuPerSim <= network.targetCpuPerSimSecond;
    return {
      network: r.name,
      'CPU s / sim s': cpuPerSim.toFixed(3),
      target: network.level ? `≤ ${network.level.targetWallSeconds} s wall` : network.targetCpuPerSimSecond.toFixed(3),
      'Brian2': network.brian2CpuPerSimSecond?.toFixed(3) ?? '',
      met: met ? 'yes' : 'NO',
      'wall s': r.wallSeconds.toFixed(2),
      'sim s': r.simulatedSeconds.toFixed(0),
      'spikes': r.spikes,
      'syn. events/s': Math.round(r.synapticEvents / r.simulatedSeconds).toLocaleString('en'),
      'spawn s': r.spawnSeconds.toFixed(2),
      'B/synapse': r.bytesPerSynapse.toFixed(1),
      'heap MB': (r.heapBytes / 1e6).toFixed(0),
      'calib. ns': r.calibrationNs.toFixed(2),
    };
  });
  console.table(rows);
  console.log('calib. ns: the fixed reference loop (src/cli/bench/calibrate.ts) in the same process; 2.0 ns on this machine when quiet.');
}
