/**
 * Phase: stimuli (after applyStimuli). Reads: cue stimuli's enabled flags, this tick's rewardDelivered
 * events for the circuit's pool, the filtered value rate. Writes: neurons.iExt of the time cells (the
 * active tap of each running cue) and of the dopamine neurons (δ · deltaCurrentPa); the delivered
 * rewards out of the pool's pendingRelease; the circuit's signals.
 * TD error from the circuit's own activity: δ(t) = r(t) + γ·V(t) − V(t − Δ), V read from the value
 * population's spiking (Schultz, Dayan & Montague 1997; Δ = one tap).
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { REWARD_CIRCUIT, Signal, type RewardCircuit } from './rewardCircuit';

export function driveRewardCircuit(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, REWARD_CIRCUIT);
  for (let i = 0; i < eids.length; i++) drive(world, data[eids[i]]);
}

function drive(world: SimWorld, c: RewardCircuit): void {
  const tick = world.clock[0];
  const iExt = world.neurons.iExt;
  const { spec, signals } = c;
  // Primary reward: the rewards the timeline (or a deliverReward command) delivered to this circuit's
  // pool this tick, read from their rewardDelivered events. The juice is not dopamine: the circuit
  // takes it out of the pool's pending release, so the pool's dopamine comes from the dopamine
  // neurons' spikes (plus any modulator pulse or drug released into it, which is not reward).
  const delivered = rewardDeliveredNow(world, c.poolName, tick);
  if (delivered !== 0) world.modulators.pendingRelease[c.pool] -= delivered;
  // r reaches δ rewardDelayMs later (the latency of the value readout: a predicted reward and the
  // fall of V that predicted it must meet) and lasts one TD step.
  const slotR = tick % c.rewardDelayTicks;
  const arriving = c.rewardRing[slotR];
  c.rewardRing[slotR] = delivered * spec.rewardScale;
  if (arriving !== 0) {
    signals[Signal.reward] += arriving;
    signals[Signal.rewardTicksLeft] = c.tapTicks;
  }
  const rawReward = signals[Signal.rewardTicksLeft] > 0 ? signals[Signal.reward] : 0;
  if (signals[Signal.rewardTicksLeft] > 0 && --signals[Signal.rewardTicksLeft] === 0) signals[Signal.reward] = 0;
  // r passes the same low-pass filter as the value readout, so a predicted reward and the fall of V
  // that predicted it reach δ at the same moment.
  const r = signals[Signal.filteredReward] + (1 - c.valueDecay) * (rawReward - signals[Signal.filteredReward]);
  signals[Signal.filteredReward] = r;

  // Cues: an onset (re)starts that cue's tapped delay line of time cells.
  const perCue = spec.taps * c.cellsPerTap;
  let busy = rawReward !== 0 || delivered !== 0;
  for (let k = 0; k < c.cueStimuli.length; k++) {
    const on = world.stimuli.enabled[c.cueStimuli[k]];
    if (on === 1 && c.cueWasOn[k] === 0) c.cueOnsetTick[k] = tick;
    c.cueWasOn[k] = on;
    const onset = c.cueOnsetTick[k];
    if (onset < 0) continue;
    const tap = Math.floor((tick - onset) / c.tapTicks);
    if (tap >= spec.taps) { c.cueOnsetTick[k] = -1; continue; }
    busy = true;
    const first = c.timeCellFirstEid + k * perCue + tap * c.cellsPerTap;
    for (let e = first; e < first + c.cellsPerTap; e++) iExt[e] += spec.timeCellCurrentPa;
  }

  signals[Signal.quietTicks] = busy ? 0 : signals[Signal.quietTicks] + 1;

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

/** Sum of the amounts of this tick's rewardDelivered events addressed to `pool` (they are pushed at the end of world.events). */
function rewardDeliveredNow(world: SimWorld, pool: string, tick: number): number {
  const events = world.events;
  let sum = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.tick !== tick) break;
    if (event.type === 'rewardDelivered' && event.modulator === pool) sum += event.amount;
  }
  return sum;
}
