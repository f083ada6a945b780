/**
 * Song, Miller & Abbott (2000, Nat. Neurosci. 3:919) on the level levels/song-miller-abbott.json:
 * one conductance-based LIF cell (τm 20 ms, rest −70, threshold −54, reset −60; E_ex 0, E_in −70,
 * τ_ex = τ_in = 5 ms), 1000 excitatory Poisson inputs through additive all-to-all STDP (g_max 0.015,
 * A₊ = 0.005·g_max, A₋/A₊ = 1.05, τ 20 ms) and the paper's 200 inhibitory Poisson inputs at 10 Hz with
 * fixed g_in 0.05. LIF exact exponential step, dt 0.1 ms; seeds 1, 2, 3.
 * 1. Bimodality (Fig. 1): after 500 s at the level's 15 Hz the lowest and highest deciles of
 *    [0, g_max] each hold more synapses than any interior decile.
 * 2. Rate normalisation (Fig. 3A): at input rates of 15, 20, 30 and 40 Hz, with STDP the cell's rate
 *    near equilibrium (mean over 100–150 s) barely moves, while without STDP (weights fixed at the
 *    level's initial uniform [0, g_max]; rate over 10 s) it climbs steeply with the input rate.
 *    10 Hz is left out for CI time: there the cell starts near 2 Hz and STDP needs more than 300 s to
 *    lift it to its equilibrium (seed 1: 10.5 Hz over 250–300 s; seeds 2 and 3 still 3.8 Hz).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, type Level } from '../../src/levels';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { runTicks } from '../../src/sim/schedule';
import type { SimWorld } from '../../src/sim/world/world';

const TICKS_PER_SECOND = 10_000;
const G_MAX = 0.015;
const SEEDS = [1, 2, 3];
const INPUT_RATES_HZ = [15, 20, 30, 40];

function songMillerAbbottLevel(): Level {
  const loaded = loadLevel(readFileSync(new URL('../../levels/song-miller-abbott.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.level;
}

/** The level with its excitatory inputs at `rateHz`, and without STDP when `stdp` is false. */
function variant(level: Level, rateHz: number, stdp: boolean): Level {
  const copy = structuredClone(level);
  const input = copy.neuronTypes.find((t) => t.id === 'input');
  if (input?.model !== 'poisson') throw new Error('the level has no Poisson "input" type');
  input.rateHz = rateHz;
  if (!stdp) {
    const projection = copy.projections.find((p) => p.id === 'inputsToPost');
    if (!projection) throw new Error('the level has no "inputsToPost" projection');
    projection.plasticity = { rule: 'none' };
    copy.playerParameters = copy.playerParameters.filter((p) => !p.path.startsWith('projections.inputsToPost.plasticity'));
  }
  return copy;
}

function spawn(level: Level, seed: number): SimWorld {
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(spawned.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return spawned.world;
}

function decileCounts(world: SimWorld): number[] {
  const counts = new Array<number>(10).fill(0);
  const projection = world.projections.find((p) => p.name === 'inputsToPost');
  if (!projection) throw new Error('no inputsToPost projection');
  for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) {
    counts[Math.min(9, Math.floor((world.synapses.weight[s] / G_MAX) * 10))] += 1;
  }
  return counts;
}

/** Runs `seconds`, returns the cell's rate over the last `lastSeconds`. */
function outputRateHz(world: SimWorld, seconds: number, lastSeconds: number): number {
  const post = world.populations.findIndex((p) => p.name === 'post');
  runTicks(world, (seconds - lastSeconds) * TICKS_PER_SECOND);
  const before = world.monitors.spikeCountByPopulation[post];
  runTicks(world, lastSeconds * TICKS_PER_SECOND);
  return (world.monitors.spikeCountByPopulation[post] - before) / lastSeconds;
}

function cpuSeconds(since: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1e6).toFixed(1);
}

const level = songMillerAbbottLevel();

describe('Song, Miller & Abbott (2000): bimodal weights after 500 s at 15 Hz, with inhibition, seeds 1-3', () => {
  const SECONDS = 500;
  const sum = new Array<number>(10).fill(0);
  for (const seed of SEEDS) {
    it(`seed ${seed}: extreme deciles beat every interior decile`, () => {
      const started = process.cpuUsage();
      const world = spawn(level, seed);
      runTicks(world, SECONDS * TICKS_PER_SECOND);
      const counts = decileCounts(world);
      counts.forEach((c, i) => { sum[i] += c; });
      const interiorMax = Math.max(...counts.slice(1, 9));
      console.log(`SMA seed ${seed}: deciles ${counts.join(' ')}, cpu ${cpuSeconds(started)} s`);
      expect(counts[0]).toBeGreaterThan(interiorMax);
      expect(counts[9]).toBeGreaterThan(interiorMax);
    });
  }
  it('mean over the seeds is bimodal too', () => {
    const interiorMax = Math.max(...sum.slice(1, 9));
    expect(sum[0]).toBeGreaterThan(interiorMax);
    expect(sum[9]).toBeGreaterThan(interiorMax);
  });
});

describe('Song, Miller & Abbott (2000) Fig. 3A: STDP normalises the output rate across input rates 15-40 Hz, seeds 1-3', () => {
  /** Mean output rate over the seeds per input rate, with and without STDP. */
  const withStdp: number[] = [];
  const withoutStdp: number[] = [];

  it('without STDP the output rate climbs steeply with the input rate', () => {
    const started = process.cpuUsage();
    for (const rateHz of INPUT_RATES_HZ) {
      const rates = SEEDS.map((seed) => outputRateHz(spawn(variant(level, rateHz, false), seed), 10, 10));
      withoutStdp.push(mean(rates));
      console.log(`SMA no STDP, input ${rateHz} Hz: output ${rates.map((r) => r.toFixed(1)).join(' / ')} Hz`);
    }
    console.log(`SMA no STDP: cpu ${cpuSeconds(started)} s`);
    expect(withoutStdp[3]).toBeGreaterThan(4 * withoutStdp[0]);
  });

  it('with STDP the output rate at equilibrium barely moves', () => {
    const started = process.cpuUsage();
    for (const rateHz of INPUT_RATES_HZ) {
      const seconds = 150;
      const rates = SEEDS.map((seed) => outputRateHz(spawn(variant(level, rateHz, true), seed), seconds, 50));
      withStdp.push(mean(rates));
      console.log(`SMA STDP, input ${rateHz} Hz: output ${rates.map((r) => r.toFixed(1)).join(' / ')} Hz after ${seconds} s`);
    }
    console.log(`SMA STDP: cpu ${cpuSeconds(started)} s`);
    // 2.7-fold more input gives at most 1.5-fold more output (without STDP: more than 4-fold) …
    expect(withStdp[3]).toBeLessThan(1.5 * withStdp[0]);
    // … and the spread of the output rates is a small fraction of the spread without STDP.
    expect(spread(withStdp)).toBeLessThan(0.05 * spread(withoutStdp));
  });
});

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}
