/**
 * Phase: traces and plasticity. Inhibitory STDP (Vogels et al. 2011; models/inhibitoryStdp.ts),
 * online with one trace per side (τ for both, +1 per spike, all-to-all pairing).
 * Reads: this tick's spikes, projection rows (outRowStart) and the incoming CSR, synapses.active,
 * projection.plasticityEnabled. Writes: synapses.weight, projection.<name>.preTrace / .postTrace.
 * Order within a tick, as in applyStdp: traces decay; each pre spike changes its row by
 * η·(x_post − α) (x_post without this tick's post spikes); the pre traces jump; each post spike
 * adds η·x_pre to its incoming synapses (x_pre with this tick's pre spikes, so Δt = 0 counts once);
 * the post traces jump. Weights are magnitudes kept in [0, wMax]; into current-mode cells they are
 * stored negative (weightSign.ts).
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { InhibitoryStdpSpec } from './plasticitySpec';
import { inhibitoryDepressionOffset } from '../models/inhibitoryStdp';
import { bumpPostTraces, bumpPreTraces, createPairTraces, decayTraces, type PairTraces } from './pairTraces';
import { plasticWeightSign } from './weightSign';

interface InhibitoryStdpState {
  readonly projection: Projection;
  readonly traces: PairTraces;
  readonly learningRate: number;
  /** α = 2·ρ₀·τ: what each presynaptic spike takes away, in trace units. */
  readonly alpha: number;
  readonly wMax: number;
  readonly sign: number;
}

const OWNER = ruleStateKey<InhibitoryStdpState>('inhibitoryStdp');

export function installInhibitoryStdp(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as InhibitoryStdpSpec;
  addRuleState(world, OWNER, {
    projection,
    traces: createPairTraces(world, projection, spec.tauMs, spec.tauMs, false),
    learningRate: spec.learningRate,
    alpha: inhibitoryDepressionOffset(spec.targetRateHz, spec.tauMs),
    wMax: spec.wMax,
    sign: plasticWeightSign(world, projection),
  });
}

export function applyInhibitoryStdp(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: InhibitoryStdpState): void {
  const { traces, projection, learningRate, alpha, wMax, sign } = state;
  decayTraces(traces);
  const learning = projection.plasticityEnabled[0] === 1 && learningRate !== 0;
  const { weight, active, post, pre, inStart, inIds } = world.synapses;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { fromFirst, fromEnd, toFirst, toEnd } = traces;
  const rowStart = projection.outRowStart;
  if (learning) {
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < fromFirst || eid >= fromEnd) continue;
      const end = rowStart[eid - fromFirst + 1];
      for (let s = rowStart[eid - fromFirst]; s < end; s++) {
        if (active[s] === 0) continue;
        const next = sign * weight[s] + learningRate * (traces.post[post[s] - toFirst] - alpha);
        weight[s] = sign * (next > wMax ? wMax : next < 0 ? 0 : next);
      }
    }
  }
  bumpPreTraces(world, traces);
  if (learning) {
    const first = projection.firstSynapse;
    const last = first + projection.count;
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < toFirst || eid >= toEnd) continue;
      const end = inStart[eid + 1];
      for (let j = inStart[eid]; j < end; j++) {
        const s = inIds[j];
        if (s < first || s >= last || active[s] === 0) continue;
        const x = traces.pre[pre[s] - fromFirst];
        if (x === 0) continue;
        const next = sign * weight[s] + learningRate * x;
        weight[s] = sign * (next > wMax ? wMax : next);
      }
    }
  }
  bumpPostTraces(world, traces);
}
