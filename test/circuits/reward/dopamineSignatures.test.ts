/**
 * The spiking reward circuit against SCIENCE.md §4, read from the dopamine neurons' spikes (not from
 * δ): burst at an unpredicted reward, transfer to the cue, a dip locked to the time of an omitted
 * reward, extinction. Runs the built-in levels (cue at 1000 ms, reward 1000 ms later, 3 s trials).
 * Network scheme (exact LIF step), dt 1 ms, the levels' seed 7.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim/schedule';
import { populationByName } from '../../../src/sim/world/world';
import { rewardCircuitsOf, Signal } from '../../../src/circuits/reward/rewardCircuit';

const TRIAL_MS = 3000;
/** Windows in ms from trial start: before the cue, after the cue, after the (expected) reward. */
const WINDOWS = { baseline: [0, 1000], cue: [1000, 1250], reward: [2000, 2250] } as const;
type Window = keyof typeof WINDOWS;

/** The delay between cue and reward (ms from trial start) over which the value readout V is averaged. */
const DELAY = [1200, 2000] as const;
type TrialRates = Record<Window, number> & { value: number };

/** Dopamine-neuron rate (Hz) per trial and window, counted from their spikes; and V averaged over the delay. */
function runDopamineRates(levelId: string): TrialRates[] {
  const loaded = loadLevel(readFileSync(new URL(`../../../levels/${levelId}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const { world, run } = spawned;
  const vta = populationByName(world, 'vta');
  const ticksPerTrial = TRIAL_MS / world.dtMs;
  const signals = rewardCircuitsOf(world)[0].signals;
  const trials: TrialRates[] = [];
  let counts: Record<Window, number> = { baseline: 0, cue: 0, reward: 0 };
  let valueSum = 0;
  for (let tick = 0; tick < run.runTicks; tick++) {
    stepSim(world);
    world.events.length = 0;
    let spikes = 0;
    for (let e = vta.firstEid; e < vta.firstEid + vta.count; e++) spikes += world.neurons.spiked[e];
    const ms = (tick % ticksPerTrial) * world.dtMs;
    for (const w of Object.keys(WINDOWS) as Window[]) if (ms >= WINDOWS[w][0] && ms < WINDOWS[w][1]) counts[w] += spikes;
    if (ms >= DELAY[0] && ms < DELAY[1]) valueSum += signals[Signal.value];
    if (tick % ticksPerTrial === ticksPerTrial - 1) {
      const rates = { value: (valueSum * world.dtMs) / (DELAY[1] - DELAY[0]) } as TrialRates;
      for (const w of Object.keys(WINDOWS) as Window[]) rates[w] = counts[w] / vta.count / ((WINDOWS[w][1] - WINDOWS[w][0]) / 1000);
      trials.push(rates);
      counts = { baseline: 0, cue: 0, reward: 0 };
      valueSum = 0;
    }
  }
  return trials;
}

const mean = (rows: TrialRates[], w: Window | 'value') => rows.reduce((s, r) => s + r[w], 0) / rows.length;

describe('dopamine reward-prediction error, from the dopamine neurons\' spikes', () => {
  // One run of the extinction level covers acquisition (trials 0-99) and extinction (100-199).
  const trials = runDopamineRates('dopamine-extinction');
  const baseline = mean(trials, 'baseline');

  it('fires tonically at ~4-5 Hz outside cues and rewards', () => {
    expect(baseline).toBeGreaterThan(3.5);
    expect(baseline).toBeLessThan(6);
  });

  it('trial 1: bursts at the unpredicted reward, not at the cue', () => {
    expect(trials[0].reward).toBeGreaterThan(3 * baseline);
    expect(Math.abs(trials[0].cue - baseline)).toBeLessThan(2);
  });

  it('after training the burst has moved to the cue and the predicted reward is near baseline', () => {
    const late = trials.slice(90, 100);
    expect(mean(late, 'cue')).toBeGreaterThan(2.5 * baseline);
    expect(mean(late, 'reward')).toBeLessThan(baseline + 0.25 * (trials[0].reward - baseline));
    expect(mean(late, 'cue')).toBeGreaterThan(mean(late, 'reward') + 5);
  });

  it('after training the fully predicted reward leaves the neurons at baseline (±1 Hz) and V matches the reward (1)', () => {
    const late = trials.slice(90, 100);
    expect(Math.abs(mean(late, 'reward') - baseline)).toBeLessThan(1);
    expect(mean(late, 'value')).toBeGreaterThan(0.85);
    expect(mean(late, 'value')).toBeLessThan(1.15);
  });

  it('transfer completes within 100 trials (cue response > 2× baseline in 10 consecutive trials)', () => {
    const transferred = trials.slice(0, 100).findIndex((_, i, all) => i + 10 <= all.length && all.slice(i, i + 10).every((t) => t.cue > 2 * baseline));
    expect(transferred).toBeGreaterThanOrEqual(0);
    expect(transferred).toBeLessThan(90);
  });

  it('extinction: cue-alone trials pause the neurons at the expected reward time, then bring the cue response back to baseline', () => {
    expect(trials[100].reward).toBeLessThan(0.3 * baseline);
    const lastExtinction = trials.slice(190, 200);
    expect(Math.abs(mean(lastExtinction, 'cue') - baseline)).toBeLessThan(2);
  });
});

describe('omission: the dip is locked to the time the reward was due', () => {
  const trials = runDopamineRates('dopamine-omission');
  const baseline = mean(trials, 'baseline');
  // Probe phase (trials 100-111, sequential): 3 rewarded, then 1 omitted.
  const omitted = [103, 107, 111].map((i) => trials[i]);
  const rewarded = [100, 101, 102, 104, 105, 106].map((i) => trials[i]);

  it('pauses at the expected reward time on omitted trials, not on rewarded ones', () => {
    expect(mean(omitted, 'reward')).toBeLessThan(0.35 * baseline);
    expect(mean(rewarded, 'reward')).toBeGreaterThan(0.6 * baseline);
  });

  it('still bursts at the cue of the omitted trials (the dip follows the expected time, not the cue)', () => {
    expect(mean(omitted, 'cue')).toBeGreaterThan(2.5 * baseline);
  });
});
