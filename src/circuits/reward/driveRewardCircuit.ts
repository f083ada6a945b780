/**
 * Phase: stimuli (after applyStimuli). Reads: cue stimuli's enabled flags, rewards pending for the
 * dopamine pool, the filtered value rate. Writes: neurons.iExt of the time cells (the active tap of
 * each running cue) and of the dopamine neurons (δ · deltaCurrentPa); the circuit's signals.
 * TD error from the circuit's own activity: δ(t) = r(t) + γ·V(t) − V(t − Δ), V read from the value
 * population's spiking (Schultz, Dayan & Montague 1997; Δ = one tap).
 */
import type { SimWorld } from '../../sim/world/world';
import { rewardCircuitsOf, Signal, type RewardCircuit } from './rewardCircuit';

export function driveRewardCircuit(world: SimWorld): void {
  const circuits = rewardCircuitsOf(world);
  for (let i = 0; i < circuits.length; i++) drive(world, circuits[i]);
}

function drive(world: SimWorld, c: RewardCircuit): void {
  const tick = world.clock[0];
  const iExt = world.neurons.iExt;
  const { spec, signals } = c;
  // Primary reward: what the timeline (or a command) delivered to the pool this tick. It reaches the
  // dopamine neurons through δ, lasting one TD step; the pool's dopamine comes only from their spikes.
  const pending = world.modulators.pendingRelease[c.pool];
  if (pending !== 0) {
    signals[Signal.reward] += pending * spec.rewardScale;
    signals[Signal.rewardTicksLeft] = c.tapTicks;
    world.modulators.pendingRelease[c.pool] = 0;
  }
  const rawReward = signals[Signal.rewardTicksLeft] > 0 ? signals[Signal.reward] : 0;
  if (signals[Signal.rewardTicksLeft] > 0 && --signals[Signal.rewardTicksLeft] === 0) signals[Signal.reward] = 0;
  // r passes the same low-pass filter as the value readout, so a predicted reward and the fall of V
  // that predicted it reach δ at the same moment.
  const r = signals[Signal.filteredReward] + (1 - c.valueDecay) * (rawReward - signals[Signal.filteredReward]);
  signals[Signal.filteredReward] = r;

  // Cues: an onset (re)starts that cue's tapped delay line of time cells.
  const perCue = spec.taps * c.cellsPerTap;
  for (let k = 0; k < c.cueStimuli.length; k++) {
    const on = world.stimuli.enabled[c.cueStimuli[k]];
    if (on === 1 && c.cueWasOn[k] === 0) c.cueOnsetTick[k] = tick;
    c.cueWasOn[k] = on;
    const onset = c.cueOnsetTick[k];
    if (onset < 0) continue;
    const tap = Math.floor((tick - onset) / c.tapTicks);
    if (tap >= spec.taps) { c.cueOnsetTick[k] = -1; continue; }
    const first = c.timeCellFirstEid + k * perCue + tap * c.cellsPerTap;
    for (let e = first; e < first + c.cellsPerTap; e++) iExt[e] += spec.timeCellCurrentPa;
  }

  // δ from the value population's filtered rate now and one TD step ago.
  const v = spec.valuePerHz * (signals[Signal.valueRateHz] - spec.valueRestHz);
  const slot = tick % c.tapTicks;
  const vBefore = c.valueHistory[slot];
  c.valueHistory[slot] = v;
  const delta = r + spec.gamma * v - vBefore;
  signals[Signal.value] = v;
  signals[Signal.delta] = delta;
  const current = delta * spec.deltaCurrentPa;
  for (let e = c.daFirstEid; e < c.daFirstEid + c.daCount; e++) iExt[e] += current;
}
