/**
 * The pairings of dopamine-gated STDP (applyDaStdp.ts): a pre spike depresses the eligibility of
 * its outgoing synapses by the post trace, a post spike potentiates that of its incoming synapses
 * by the pre trace. Eligibilities are referred to the start of the weight-update period, so each
 * change dc also takes back dc·K_so_far from the weight, the part of the period before it happened
 * (`undo` = sign·K_so_far).
 */
import type { SimWorld, Projection } from '../world/world';
import type { PairTraces } from './pairTraces';
import type { ProjectionIncoming } from './projectionIncoming';

/** The part of a projection's DA-STDP state the pairings read and write. */
export interface DaStdpPairingState {
  readonly projection: Projection;
  readonly traces: PairTraces;
  readonly eligibility: Float64Array;
  /** The projection's own incoming index when all its synapses are active (no structural plasticity). */
  readonly incoming: ProjectionIncoming | undefined;
}

/** Pre spikes of this tick: the eligibility of their outgoing synapses falls by |aMinus|·post trace. */
export function depress(world: SimWorld, state: DaStdpPairingState, aMinus: number, undo: number): void {
  const { traces, eligibility } = state;
  const { weight, active, post } = world.synapses;
  const first = state.projection.firstSynapse;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { fromFirst, fromEnd, toFirst } = traces;
  const postTrace = traces.post;
  const rowStart = state.projection.outRowStart;
  for (let n = 0; n < count; n++) {
    const eid = spiked[n];
    if (eid < fromFirst || eid >= fromEnd) continue;
    const end = rowStart[eid - fromFirst + 1];
    for (let s = rowStart[eid - fromFirst]; s < end; s++) {
      const y = postTrace[post[s] - toFirst];
      if (y === 0 || active[s] === 0) continue;
      const dc = aMinus * y;
      eligibility[s - first] += dc;
      weight[s] -= dc * undo;
    }
  }
}

/** Post spikes of this tick: the eligibility of their incoming synapses rises by aPlus·pre trace. */
export function potentiate(world: SimWorld, state: DaStdpPairingState, aPlus: number, undo: number): void {
  if (state.incoming) {
    potentiateAllActive(world, state, state.incoming, aPlus, undo);
    return;
  }
  const { traces, eligibility } = state;
  const { weight, active, pre, inStart, inIds } = world.synapses;
  const first = state.projection.firstSynapse;
  const last = first + state.projection.count;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { fromFirst, toFirst, toEnd } = traces;
  const preTrace = traces.pre;
  for (let n = 0; n < count; n++) {
    const eid = spiked[n];
    if (eid < toFirst || eid >= toEnd) continue;
    const end = inStart[eid + 1];
    for (let j = inStart[eid]; j < end; j++) {
      const s = inIds[j];
      if (s < first || s >= last || active[s] === 0) continue;
      const x = preTrace[pre[s] - fromFirst];
      if (x === 0) continue;
      const dc = aPlus * x;
      eligibility[s - first] += dc;
      weight[s] -= dc * undo;
    }
  }
}

/** potentiate through the projection's own incoming index: same synapses, same order, same arithmetic. */
function potentiateAllActive(world: SimWorld, state: DaStdpPairingState, incoming: ProjectionIncoming, aPlus: number, undo: number): void {
  const { traces, eligibility } = state;
  const weight = world.synapses.weight;
  const first = state.projection.firstSynapse;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { toFirst, toEnd } = traces;
  const preTrace = traces.pre;
  const { start, synapse, source } = incoming;
  for (let n = 0; n < count; n++) {
    const eid = spiked[n];
    if (eid < toFirst || eid >= toEnd) continue;
    const end = start[eid - toFirst + 1];
    for (let j = start[eid - toFirst]; j < end; j++) {
      const x = preTrace[source[j]];
      if (x === 0) continue;
      const i = synapse[j];
      const dc = aPlus * x;
      eligibility[i] += dc;
      weight[first + i] -= dc * undo;
    }
  }
}
