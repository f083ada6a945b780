/**
 * Phase: traces and plasticity. Calcium-controlled LTP/LTD (Shouval, Bear & Cooper 2002).
 * Reads: this tick's spikes, the postsynaptic membrane neurons.vMv (before the reset phase),
 * synapses.active, projection.plasticityEnabled. Writes: projection.<name>.nmdaRise, .nmdaDecay,
 * .calcium (per synapse), .bpapFast, .bpapSlow (per target neuron), synapses.weight.
 * Per tick and synapse: a presynaptic spike opens NMDA receptors (dual exponential, peak 1);
 * V = membrane + BPAP; Ca relaxes with τCa and takes the influx gain·g·B(V)·(E_Ca − V) (exact
 * step for input held over the tick); w += dt·η(Ca)·Ω(Ca), clipped to [wMin, wMax].
 * Postsynaptic spikes start a BPAP (fast and slow exponentials; SBC 2002: 100 mV, 3 / 25 ms, 0.25).
 * Cost is one pass over the projection's synapses per tick: meant for protocol-sized projections.
 * Inhibitory projections into current-mode cells store negative weights: the rule then works on
 * the magnitude |w| = sign·w (weightSign.ts), kept in [wMin, wMax], and the sign is kept.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { CalciumSpec } from './plasticitySpec';
import { calciumLearningRate, calciumOmega, dualExponentialPeak, magnesiumBlock } from '../models/calcium';
import { plasticWeightSign } from './weightSign';

interface CalciumState {
  readonly projection: Projection;
  readonly spec: CalciumSpec;
  readonly nmdaRise: Float64Array;
  readonly nmdaDecay: Float64Array;
  readonly calcium: Float64Array;
  readonly bpapFast: Float64Array;
  readonly bpapSlow: Float64Array;
  readonly riseDecay: number;
  readonly decayDecay: number;
  readonly caDecay: number;
  /** τCa·(1 − e^(−dt/τCa)): exact calcium gained per unit influx rate held over one tick. */
  readonly caGainPerTick: number;
  readonly bpapFastDecay: number;
  readonly bpapSlowDecay: number;
  readonly bpapFastJump: number;
  readonly bpapSlowJump: number;
  /** 1 / peak of the dual exponential, so one spike gives g peak 1. */
  readonly nmdaJump: number;
  readonly reversalMv: number;
  readonly steepness: number;
  readonly wMin: number;
  /** +1, or −1 when weights are stored negative (the rule works on magnitudes). */
  readonly sign: number;
  readonly toFirst: number;
  readonly toEnd: number;
}

const OWNER = ruleStateKey<CalciumState>('calcium');

export function installCalcium(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as CalciumSpec;
  const to = world.populations[projection.to];
  const dt = world.dtMs;
  const name = `projection.${projection.name}`;
  const perSynapse = (field: string) => world.registry.register(`${name}.${field}`, new Float64Array(projection.count));
  const perTarget = (field: string) => world.registry.register(`${name}.${field}`, new Float64Array(to.count));
  const bpap = spec.bpapAmplitudeMv ?? 100;
  const slowFraction = spec.bpapSlowFraction ?? 0.25;
  const state: CalciumState = {
    projection,
    spec,
    nmdaRise: perSynapse('nmdaRise'),
    nmdaDecay: perSynapse('nmdaDecay'),
    calcium: perSynapse('calcium'),
    bpapFast: perTarget('bpapFast'),
    bpapSlow: perTarget('bpapSlow'),
    riseDecay: Math.exp(-dt / spec.nmdaRiseMs),
    decayDecay: Math.exp(-dt / spec.nmdaDecayMs),
    caDecay: Math.exp(-dt / spec.tauCaMs),
    caGainPerTick: spec.tauCaMs * (1 - Math.exp(-dt / spec.tauCaMs)),
    bpapFastDecay: Math.exp(-dt / (spec.bpapFastMs ?? 3)),
    bpapSlowDecay: Math.exp(-dt / (spec.bpapSlowMs ?? 25)),
    bpapFastJump: bpap * (1 - slowFraction),
    bpapSlowJump: bpap * slowFraction,
    nmdaJump: 1 / dualExponentialPeak(spec.nmdaRiseMs, spec.nmdaDecayMs),
    reversalMv: spec.calciumReversalMv ?? 130,
    steepness: spec.omegaSteepness ?? 80,
    wMin: spec.wMin ?? 0,
    sign: plasticWeightSign(world, projection),
    toFirst: to.firstEid,
    toEnd: to.firstEid + to.count,
  };
  addRuleState(world, OWNER, state);
}

export function applyCalcium(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: CalciumState): void {
  const { projection, spec, nmdaRise, nmdaDecay, calcium, bpapFast, bpapSlow, toFirst, toEnd } = state;
  const { neurons } = world;
  // BPAPs: decay, then start one for each target spike of this tick.
  for (let i = 0; i < bpapFast.length; i++) {
    bpapFast[i] *= state.bpapFastDecay;
    bpapSlow[i] *= state.bpapSlowDecay;
  }
  const spiked = world.spikedList;
  for (let n = 0; n < world.spikedCount[0]; n++) {
    const eid = spiked[n];
    if (eid < toFirst || eid >= toEnd) continue;
    bpapFast[eid - toFirst] += state.bpapFastJump;
    bpapSlow[eid - toFirst] += state.bpapSlowJump;
  }
  const { weight, active, pre, post } = world.synapses;
  const learning = projection.plasticityEnabled[0] === 1;
  const first = projection.firstSynapse;
  const dt = world.dtMs;
  const preSpiked = neurons.spiked;
  const { riseDecay, decayDecay, caDecay, caGainPerTick, nmdaJump, reversalMv, steepness, wMin, sign } = state;
  const { nmdaCalciumGain, magnesiumMm, thetaDepression, thetaPotentiation, learningRatePerMs, wMax } = spec;
  for (let i = 0; i < calcium.length; i++) {
    const s = first + i;
    if (active[s] === 0) continue;
    let rise = nmdaRise[i] * riseDecay;
    let decay = nmdaDecay[i] * decayDecay;
    if (preSpiked[pre[s]] === 1) { rise += nmdaJump; decay += nmdaJump; }
    nmdaRise[i] = rise;
    nmdaDecay[i] = decay;
    const g = decay - rise;
    const target = post[s] - toFirst;
    const v = neurons.vMv[post[s]] + bpapFast[target] + bpapSlow[target];
    const influx = g > 0 ? nmdaCalciumGain * g * magnesiumBlock(v, magnesiumMm) * (reversalMv - v) : 0;
    const ca = calcium[i] * caDecay + influx * caGainPerTick;
    calcium[i] = ca;
    if (!learning || ca < 1e-6) continue;
    const next = sign * weight[s] + dt * calciumLearningRate(ca, learningRatePerMs, thetaPotentiation) * calciumOmega(ca, thetaDepression, thetaPotentiation, steepness);
    weight[s] = sign * (next > wMax ? wMax : next < wMin ? wMin : next);
  }
}
