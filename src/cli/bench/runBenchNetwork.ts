/**
 * Runs one benchmark network in this process and prints one JSON line. bench.ts starts a fresh
 * Node process per network so that JIT state and garbage from one never bill another.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWorld, stepSim, type SimWorld } from '../../sim';
import { loadLevel, runLevel, spawnLevel } from '../../levels';
import { readLevelAssets } from '../readLevelAssets';
import { BENCH_NETWORKS } from './benchNetworks';
import { calibrationNsPerIteration } from './calibrate';

export interface BenchResult {
  name: string;
  simulatedSeconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  spikes: number;
  synapticEvents: number;
  heapBytes: number;
  spawnSeconds: number;
  synapses: number;
  bytesPerSynapse: number;
  /** ns per iteration of the fixed reference loop in the same process (2.0 on a quiet machine). */
  calibrationNs: number;
}

function simulate(world: SimWorld, ticks: number, outDegree: Int32Array): { spikes: number; events: number } {
  let spikes = 0;
  let events = 0;
  for (let t = 0; t < ticks; t++) {
    stepSim(world);
    const count = world.spikedCount[0];
    spikes += count;
    for (let k = 0; k < count; k++) events += outDegree[world.spikedList[k]];
  }
  return { spikes, events };
}

/** Bytes of every array that exists per synapse: columns, both CSR id lists and rule state. */
function synapseBytes(world: SimWorld): number {
  const { synapses } = world;
  let bytes = synapses.pre.byteLength + synapses.post.byteLength + synapses.weight.byteLength + synapses.delayTicks.byteLength
    + synapses.receptor.byteLength + synapses.active.byteLength + synapses.ruleId.byteLength
    + synapses.outIds.byteLength + synapses.inIds.byteLength + synapses.outStart.byteLength + synapses.inStart.byteLength;
  for (const projection of world.projections) bytes += projection.outRowStart.byteLength;
  // Per-synapse rule state: a projection's registered arrays with one entry per synapse.
  for (const projection of world.projections) {
    for (const [name, array] of world.registry.entries()) {
      if (name.startsWith(`projection.${projection.name}.`) && array.length === projection.count) bytes += array.byteLength;
    }
  }
  return bytes;
}

/** A level run end to end through runLevel (spawn, timeline, circuit systems, metrics). */
function runBenchLevel(name: string, file: string, trials: number): BenchResult {
  const calibrationNs = calibrationNsPerIteration();
  const path = fileURLToPath(new URL(`../../../${file}`, import.meta.url));
  const loaded = loadLevel(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const spawnStart = performance.now();
  const read = readLevelAssets(loaded.level, path);
  if (read.errors.length > 0) throw new Error(`${file}: ${read.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const { assets } = read;
  const spawned = spawnLevel(loaded.level, { assets });
  const spawnSeconds = (performance.now() - spawnStart) / 1000;
  if (!spawned.ok) throw new Error(`${file}: does not spawn`);
  let spikes = 0;
  let events = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const outcome = runLevel(loaded.level, {
    trials,
    assets,
    onTick: (world) => {
      const count = world.spikedCount[0];
      spikes += count;
      for (let k = 0; k < count; k++) {
        const eid = world.spikedList[k];
        events += world.synapses.outStart[eid + 1] - world.synapses.outStart[eid];
      }
    },
  });
  if (!outcome.ok) throw new Error(`${file}: does not run`);
  return measured(name, spawned.world, {
    simulatedSeconds: outcome.result.simulatedMs / 1000, wallStart, cpuStart, spikes, events, spawnSeconds, calibrationNs,
  });
}

/** The result record, with wall and CPU time taken now, at the end of the measured span. */
function measured(name: string, world: SimWorld, run: {
  simulatedSeconds: number; wallStart: number; cpuStart: NodeJS.CpuUsage; spikes: number; events: number; spawnSeconds: number; calibrationNs: number;
}): BenchResult {
  const wallSeconds = (performance.now() - run.wallStart) / 1000;
  const cpu = process.cpuUsage(run.cpuStart);
  const memory = process.memoryUsage();
  return {
    name,
    simulatedSeconds: run.simulatedSeconds,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    spikes: run.spikes,
    synapticEvents: run.events,
    heapBytes: memory.heapUsed + memory.arrayBuffers,
    spawnSeconds: run.spawnSeconds,
    synapses: world.synapses.count,
    bytesPerSynapse: synapseBytes(world) / Math.max(1, world.synapses.count),
    calibrationNs: run.calibrationNs,
  };
}

export function runBenchNetwork(name: string): BenchResult {
  const network = BENCH_NETWORKS.find((n) => n.name === name);
  if (!network) throw new Error(`unknown benchmark network "${name}"`);
  if (network.level) return runBenchLevel(name, network.level.file, network.level.trials);
  const calibrationNs = calibrationNsPerIteration();
  const spawnStart = performance.now();
  const world = buildWorld(network.spec());
  const spawnSeconds = (performance.now() - spawnStart) / 1000;
  const outDegree = new Int32Array(world.neurons.count + 1);
  for (let eid = 1; eid <= world.neurons.count; eid++) outDegree[eid] = world.synapses.outStart[eid + 1] - world.synapses.outStart[eid];
  const ticksPerSecond = Math.round(1000 / world.dtMs);
  simulate(world, Math.round(network.warmupSeconds * ticksPerSecond), outDegree);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const { spikes, events } = simulate(world, Math.round(network.simulatedSeconds * ticksPerSecond), outDegree);
  return measured(name, world, { simulatedSeconds: network.simulatedSeconds, wallStart, cpuStart, spikes, events, spawnSeconds, calibrationNs });
}

const requested = process.argv[2];
if (requested && import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(runBenchNetwork(requested))}\n`);
}
