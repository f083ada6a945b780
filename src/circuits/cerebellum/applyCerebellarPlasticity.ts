/**
 * Phase: traces and plasticity (after the engine's rules). The two cerebellar learning rules.
 * PF→Purkinje (Marr 1969; Albus 1971; Ito 2001): each PF carries the eligibility kernel of
 * eligibilityKernel.ts (a chain of traces); a climbing-fibre spike from olive cell j scales every PF synapse
 * onto Purkinje cell j by 1 − ltd·k (PF 50-200 ms earlier); every PF spike adds ltp·(wMax − w) to
 * its synapses. With these soft bounds the weights rest where LTD from the olive's spontaneous,
 * uncorrelated spikes balances PF LTP (pfBaselineWeight); an olive held below that rate by the
 * nucleus (a CR in extinction) lets LTP win, CFs locked to a PF's activity let LTD win.
 * MF→nucleus (Medina & Mauk 2000): each mossy-fibre spike moves its nucleus synapses up by ltp when
 * the Purkinje rate trace is below nucleusLtpBelowHz (a pause), down by ltd when it is above
 * nucleusLtdAboveHz (strong Purkinje inhibition), and not at all in between.
 * Reads: this tick's spikes, projection.plasticityEnabled. Writes: synapses.weight (the two
 * projections), cerebellum.pfEligibility(Fast), cerebellum.activity[2] (Purkinje rate trace).
 * Order within a tick: traces advance (they hold spikes of earlier ticks), CF LTD reads them, PF
 * LTP, then this tick's PF spikes enter the traces, so a same-tick PF/CF pair gives k(0) = 0.
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';

import { chainPeak } from './eligibilityKernel';

const TRACE_FLOOR = 1e-30;

export function applyCerebellarPlasticity(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { pfChain, granule, purkinje, olive, mossy, pfRows, mfNucleusRows, params, activity } = state;
  const weight = world.synapses.weight;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  // Exact one-tick update of the chain dx_j/dt = (x_{j−1} − x_j)/τ: x_j ← e^(−dt/τ)·Σ_{i≤j} x_i·(dt/τ)^(j−i)/(j−i)!
  // (stages updated from the last down, so the lower ones still hold the previous tick's values).
  const decay = state.eligibilityDecay;
  const coef = state.eligibilityCoefficients;
  const n = granule.count;
  const order = state.eligibilityOrder;
  for (let j = order; j >= 0; j--) {
    const base = j * n;
    for (let g = 0; g < n; g++) {
      let x = pfChain[base + g];
      for (let i = j - 1, m = 1; i >= 0; i--, m++) x += coef[m] * pfChain[i * n + g];
      x *= decay;
      pfChain[base + g] = x > TRACE_FLOOR ? x : 0;
    }
  }
  const kernelBase = order * n;
  let purkinjeSpikes = 0;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= purkinje.first && eid < purkinje.end) purkinjeSpikes++;
  }
  const pcRate = activity[2] * state.purkinjeDecay + (purkinjeSpikes * 1000) / (params.purkinjeTraceTauMs * Math.max(1, purkinje.count));
  activity[2] = pcRate;

  const wMax = params.pfWeightMax;
  if (state.pfEnabled[0] === 1) {
    // Soft bounds: LTD removes a fraction of the weight, LTP a fraction of the headroom.
    const ltd = params.ltdPerClimbingSpike / chainPeak(order);
    const nPc = purkinje.count;
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < olive.first || eid >= olive.end) continue;
      const pc = (eid - olive.first) % nPc;
      for (let g = 0; g < n; g++) {
        const e = pfChain[kernelBase + g];
        if (e === 0) continue;
        const s = pfRows[g] + pc;
        const f = ltd * e;
        weight[s] = f >= 1 ? 0 : weight[s] * (1 - f);
      }
    }
    const ltp = params.ltpPerParallelSpike;
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < granule.first || eid >= granule.end) continue;
      const g = eid - granule.first;
      const end = pfRows[g + 1];
      for (let s = pfRows[g]; s < end; s++) {
        const w = weight[s];
        weight[s] = w >= wMax ? wMax : w + ltp * (wMax - w);
      }
    }
  }
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= granule.first && eid < granule.end) pfChain[eid - granule.first] += 1;
  }

  if (state.mfNucleusEnabled[0] === 1) {
    const dw = pcRate < params.nucleusLtpBelowHz ? params.nucleusLtpPerSpike : pcRate > params.nucleusLtdAboveHz ? -params.nucleusLtdPerSpike : 0;
    const lo = params.mfNucleusWeightMin;
    const hi = params.mfNucleusWeightMax;
    for (let k = 0; k < count; k++) {
      const eid = spiked[k];
      if (eid < mossy.first || eid >= mossy.end) continue;
      const m = eid - mossy.first;
      const end = mfNucleusRows[m + 1];
      for (let s = mfNucleusRows[m]; s < end; s++) {
        const w = weight[s] + dw;
        weight[s] = w > hi ? hi : w < lo ? lo : w;
      }
    }
  }
}
