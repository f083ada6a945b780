/**
 * Phase: traces and plasticity. Pair-based STDP, online with traces (Song, Miller & Abbott 2000;
 * Bi & Poo 1998; van Rossum et al. 2000 for multiplicative depression).
 * Reads: this tick's spikes, projection rows (outRowStart) and the incoming CSR, synapses.active,
 * modulator levels named in `modulation`, projection.plasticityEnabled.
 * Writes: synapses.weight, projection.<name>.preTrace / .postTrace.
 * Order within a tick: traces decay; each pre spike depresses its row by the post trace (which
 * does not yet hold this tick's post spikes); the pre traces jump; each post spike potentiates its
 * incoming synapses by the pre trace (which holds this tick's pre spikes, so Δt = 0 potentiates);
 * the post traces jump. This reproduces models/stdp.ts stdpTrainChange on the dt grid.
 * Inhibitory projections into current-mode cells store negative weights: the rule then works on
 * the magnitude |w| = sign·w (weightSign.ts), kept in [wMin, wMax], and the sign is kept.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { StdpSpec } from './plasticitySpec';
import { modulatorIndex } from '../components/modulators';
import { modulationFactor } from '../models/stdp';
import { bumpPostTraces, bumpPreTraces, createPairTraces, decayTraces, type PairTraces } from './pairTraces';
import { plasticWeightSign } from './weightSign';

interface StdpState {
  readonly projection: Projection;
  readonly spec: StdpSpec;
  readonly traces: PairTraces;
  readonly wMin: number;
  readonly wMax: number;
  readonly multiplicative: boolean;
  readonly modulatorPools: Int32Array;
  /** +1, or −1 when weights are stored negative (the rule works on magnitudes). */
  readonly sign: number;
}

const OWNER = ruleStateKey<StdpState>('stdp');

export function installStdp(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as StdpSpec;
  const state: StdpState = {
    projection,
    spec,
    traces: createPairTraces(world, projection, spec.tauPlusMs, spec.tauMinusMs, spec.pairing === 'nearest'),
    wMin: spec.wMin ?? 0,
    wMax: spec.wMax,
    multiplicative: spec.form === 'multiplicative',
    modulatorPools: Int32Array.from((spec.modulation ?? []).map((m) => modulatorIndex(world.modulators, m.modulator))),
    sign: plasticWeightSign(world, projection),
  };
  addRuleState(world, OWNER, state);
}

export function applyStdp(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyStdpToProjection(world, list[i]);
}

function applyStdpToProjection(world: SimWorld, state: StdpState): void {
  const { traces, projection, spec, wMin, wMax, multiplicative, sign } = state;
  decayTraces(traces);
  const learning = projection.plasticityEnabled[0] === 1;
  let aPlus = spec.aPlus;
  let aMinus = spec.aMinus;
  const modulation = spec.modulation;
  if (modulation) {
    const level = world.modulators.level;
    for (let m = 0; m < modulation.length; m++) {
      const d = level[state.modulatorPools[m]];
      aPlus *= modulationFactor(modulation[m].potentiationGain, d);
      aMinus *= modulationFactor(modulation[m].depressionGain, d);
    }
  }
  const { weight, active, post, pre, inStart, inIds } = world.synapses;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { fromFirst, fromEnd, toFirst, toEnd } = traces;
  const postTrace = traces.post;
  const preTrace = traces.pre;
  const rowStart = projection.outRowStart;
  const span = wMax - wMin;
  if (learning && aMinus !== 0) {
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < fromFirst || eid >= fromEnd) continue;
      const end = rowStart[eid - fromFirst + 1];
      for (let s = rowStart[eid - fromFirst]; s < end; s++) {
        const y = postTrace[post[s] - toFirst];
        if (y === 0 || active[s] === 0) continue;
        const w = sign * weight[s];
        const next = w + aMinus * y * (multiplicative ? (w - wMin) / span : 1);
        weight[s] = sign * (next > wMax ? wMax : next < wMin ? wMin : next);
      }
    }
  }
  bumpPreTraces(world, traces);
  if (learning && aPlus !== 0) {
    const first = projection.firstSynapse;
    const last = first + projection.count;
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < toFirst || eid >= toEnd) continue;
      const end = inStart[eid + 1];
      for (let j = inStart[eid]; j < end; j++) {
        const s = inIds[j];
        if (s < first || s >= last || active[s] === 0) continue;
        const x = preTrace[pre[s] - fromFirst];
        if (x === 0) continue;
        const next = sign * weight[s] + aPlus * x;
        weight[s] = sign * (next > wMax ? wMax : next < wMin ? wMin : next);
      }
    }
  }
  bumpPostTraces(world, traces);
}
