/**
 * Phase: traces and plasticity. Homeostatic synaptic scaling (Turrigiano et al. 1998).
 * Reads: this tick's spikes, synapses.receptor / active, the incoming CSR, plasticityEnabled.
 * Writes: projection.<name>.rateAverage (Hz, per target neuron), synapses.weight.
 * Every tick the slow rate average decays by exp(−dt/τ) and jumps by 1000/τ Hz per spike. Every
 * updateEveryMs each target neuron multiplies all its excitatory weights in this projection by
 * one factor exp(rate·interval·(target − average)) (models/homeostasis.ts): ratios between its
 * weights are unchanged unless wMax clips one.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { HomeostaticScalingSpec } from './plasticitySpec';
import { rateJumpHz, scalingFactor } from '../models/homeostasis';

interface ScalingState {
  readonly projection: Projection;
  readonly spec: HomeostaticScalingSpec;
  readonly rateAverage: Float64Array;
  readonly rateDecay: number;
  readonly rateJump: number;
  readonly intervalTicks: number;
  readonly intervalMs: number;
  readonly toFirst: number;
  readonly toEnd: number;
}

const OWNER = ruleStateKey<ScalingState>('homeostaticScaling');

export function installHomeostaticScaling(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as HomeostaticScalingSpec;
  const to = world.populations[projection.to];
  const intervalTicks = Math.max(1, Math.round((spec.updateEveryMs ?? 100) / world.dtMs));
  const state: ScalingState = {
    projection,
    spec,
    // Starts at the target: a fresh network is not taken to be silent.
    rateAverage: world.registry.register(`projection.${projection.name}.rateAverage`, new Float64Array(to.count).fill(spec.targetRateHz)),
    rateDecay: Math.exp(-world.dtMs / spec.tauRateMs),
    rateJump: rateJumpHz(spec.tauRateMs),
    intervalTicks,
    intervalMs: intervalTicks * world.dtMs,
    toFirst: to.firstEid,
    toEnd: to.firstEid + to.count,
  };
  addRuleState(world, OWNER, state);
}

export function applyHomeostaticScaling(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: ScalingState): void {
  const { rateAverage, rateDecay, rateJump, toFirst, toEnd, projection, spec } = state;
  for (let i = 0; i < rateAverage.length; i++) rateAverage[i] *= rateDecay;
  const spiked = world.spikedList;
  for (let n = 0; n < world.spikedCount[0]; n++) {
    const eid = spiked[n];
    if (eid >= toFirst && eid < toEnd) rateAverage[eid - toFirst] += rateJump;
  }
  if ((world.clock[0] + 1) % state.intervalTicks !== 0 || projection.plasticityEnabled[0] === 0) return;
  const { weight, active, receptor, inStart, inIds } = world.synapses;
  const first = projection.firstSynapse;
  const last = first + projection.count;
  const wMax = spec.wMax ?? Infinity;
  for (let eid = toFirst; eid < toEnd; eid++) {
    const factor = scalingFactor(spec.targetRateHz, rateAverage[eid - toFirst], spec.scalingRatePerMs, state.intervalMs);
    const end = inStart[eid + 1];
    for (let j = inStart[eid]; j < end; j++) {
      const s = inIds[j];
      if (s < first || s >= last || active[s] === 0 || receptor[s] !== 0) continue;
      const w = weight[s] * factor;
      weight[s] = w > wMax ? wMax : w;
    }
  }
}
