/**
 * Phase: traces and plasticity. Calcium-controlled LTP/LTD, the equations of Shouval, Bear & Cooper
 * 2002 (src/sim/models/calcium.ts; docs/model.md cites each parameter).
 * Reads: this tick's spikes, the postsynaptic membrane neurons.vMv (before the reset phase; a
 * voltage clamp has already set it), synapses.active, projection.plasticityEnabled. Writes:
 * projection.<name>.nmdaFast, .nmdaSlow, .calcium (per synapse), .bpapFast, .bpapSlow (per target
 * neuron), synapses.weight.
 * Per tick and synapse: the two NMDA components decay (exact factors); a presynaptic spike opens P0
 * of the closed receptors in both (SBC: channels already open are not affected); the open fraction
 * is O = I_f·fast + I_s·slow; V = membrane + BPAP; Ca relaxes with τCa and takes the influx
 * G·O·B(V)·(E_Ca − V) (exact step for input held over the tick); then, forward Euler,
 * w += dt·η(Ca)·(wMax·Ω(Ca) − w) (SBC's dW/dt = η(Ω − λW) with λ = 1 and W = w/wMax), kept in
 * [wMin, wMax]. Postsynaptic spikes start a BPAP (fast and slow exponentials; SBC: 100 mV, 3 / 25 ms,
 * 25 % slow). Cost is one pass over the projection's synapses per tick: meant for protocol-sized
 * projections. Inhibitory projections into current-mode cells store negative weights: the rule then
 * works on the magnitude |w| = sign·w (weightSign.ts), and the sign is kept.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { CalciumSpec } from './plasticitySpec';
import { SBC_2002_DEFAULTS as SBC, calciumLearningRate, calciumOmega, magnesiumBlock, nmdaOpened } from '../models/calcium';
import { plasticWeightSign } from './weightSign';

interface CalciumState {
  readonly projection: Projection;
  readonly spec: CalciumSpec;
  readonly nmdaFast: Float64Array;
  readonly nmdaSlow: Float64Array;
  readonly calcium: Float64Array;
  readonly bpapFast: Float64Array;
  readonly bpapSlow: Float64Array;
  readonly fastDecay: number;
  readonly slowDecay: number;
  readonly slowFraction: number;
  readonly openFraction: number;
  readonly caDecay: number;
  /** τCa·(1 − e^(−dt/τCa)): exact calcium gained per unit influx rate held over one tick. */
  readonly caGainPerTick: number;
  readonly bpapFastDecay: number;
  readonly bpapSlowDecay: number;
  readonly bpapFastJump: number;
  readonly bpapSlowJump: number;
  readonly reversalMv: number;
  readonly steepness: number;
  readonly p1Ms: number;
  readonly p2: number;
  readonly p3: number;
  /** P4 = 1/learningRatePerMs: the shortest learning time constant. */
  readonly p4Ms: number;
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
  const bpap = spec.bpapAmplitudeMv ?? SBC.bpapAmplitudeMv;
  const bpapSlowFraction = spec.bpapSlowFraction ?? SBC.bpapSlowFraction;
  const state: CalciumState = {
    projection,
    spec,
    nmdaFast: perSynapse('nmdaFast'),
    nmdaSlow: perSynapse('nmdaSlow'),
    calcium: perSynapse('calcium'),
    bpapFast: perTarget('bpapFast'),
    bpapSlow: perTarget('bpapSlow'),
    fastDecay: Math.exp(-dt / spec.nmdaDecayMs),
    slowDecay: Math.exp(-dt / (spec.nmdaSlowDecayMs ?? SBC.nmdaSlowDecayMs)),
    slowFraction: spec.nmdaSlowFraction ?? SBC.nmdaSlowFraction,
    openFraction: spec.nmdaOpenFraction ?? SBC.nmdaOpenFraction,
    caDecay: Math.exp(-dt / spec.tauCaMs),
    caGainPerTick: spec.tauCaMs * (1 - Math.exp(-dt / spec.tauCaMs)),
    bpapFastDecay: Math.exp(-dt / (spec.bpapFastMs ?? SBC.bpapFastMs)),
    bpapSlowDecay: Math.exp(-dt / (spec.bpapSlowMs ?? SBC.bpapSlowMs)),
    bpapFastJump: bpap * (1 - bpapSlowFraction),
    bpapSlowJump: bpap * bpapSlowFraction,
    reversalMv: spec.calciumReversalMv ?? SBC.calciumReversalMv,
    steepness: spec.omegaSteepness ?? SBC.omegaSteepness,
    p1Ms: spec.learningP1Ms ?? SBC.learningP1Ms,
    p2: spec.learningP2 ?? SBC.learningP2,
    p3: spec.learningP3 ?? SBC.learningP3,
    p4Ms: 1 / spec.learningRatePerMs,
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

function startBpaps(world: SimWorld, state: CalciumState): void {
  const { bpapFast, bpapSlow, toFirst, toEnd } = state;
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
}

function applyToProjection(world: SimWorld, state: CalciumState): void {
  const { projection, spec, nmdaFast, nmdaSlow, calcium, bpapFast, bpapSlow, toFirst } = state;
  startBpaps(world, state);
  const { neurons } = world;
  const { weight, active, pre, post } = world.synapses;
  const learning = projection.plasticityEnabled[0] === 1;
  const first = projection.firstSynapse;
  const dt = world.dtMs;
  const preSpiked = neurons.spiked;
  const { fastDecay, slowDecay, slowFraction, openFraction, caDecay, caGainPerTick, reversalMv, steepness, p1Ms, p2, p3, p4Ms, wMin, sign } = state;
  const { nmdaCalciumGain, magnesiumMm, thetaDepression, thetaPotentiation, wMax } = spec;
  const fastFraction = 1 - slowFraction;
  for (let i = 0; i < calcium.length; i++) {
    const s = first + i;
    if (active[s] === 0) continue;
    let fast = nmdaFast[i] * fastDecay;
    let slow = nmdaSlow[i] * slowDecay;
    if (preSpiked[pre[s]] === 1) {
      const opened = nmdaOpened(fastFraction * fast + slowFraction * slow, openFraction);
      fast += opened;
      slow += opened;
    }
    nmdaFast[i] = fast;
    nmdaSlow[i] = slow;
    const open = fastFraction * fast + slowFraction * slow;
    const target = post[s] - toFirst;
    const v = neurons.vMv[post[s]] + bpapFast[target] + bpapSlow[target];
    // Inward only: a point neuron's membrane on its spike tick can overshoot E_Ca, and calcium never
    // leaves through NMDA receptors ([Ca]o ≫ [Ca]i); SBC's V (rest + EPSP + BPAP) stays below it.
    const influx = open > 0 && v < reversalMv ? nmdaCalciumGain * open * magnesiumBlock(v, magnesiumMm) * (reversalMv - v) : 0;
    const ca = calcium[i] * caDecay + influx * caGainPerTick;
    calcium[i] = ca;
    if (!learning) continue;
    const w = sign * weight[s];
    const rate = calciumLearningRate(ca > 0 ? ca : 0, p1Ms, p2, p3, p4Ms);
    const next = w + dt * rate * (wMax * calciumOmega(ca, thetaDepression, thetaPotentiation, steepness) - w);
    weight[s] = sign * (next > wMax ? wMax : next < wMin ? wMin : next);
  }
}
