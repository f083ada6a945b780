/**
 * One projection's incoming synapses grouped by target neuron, each entry with its source neuron
 * beside it: DA-STDP's potentiation (applyDaStdp.ts) walks a post spike's incoming synapses, and
 * through the world's incoming index (synapses.inIds) every synapse costs random reads of its
 * source id and active flag in arrays of all synapses, and the walk also visits the other
 * projections' synapses onto the same cell. Here the walk reads two sequential arrays and touches
 * only the eligibility and weight it changes. Built once at spawn: source and target ids never change
 * after build (structural plasticity toggles `active`), and it is only used for projections without
 * structural plasticity, whose synapses are all active. Derived data, not state: nothing to snapshot.
 */
import type { SynapseStore } from '../components/synapses';
import type { Projection } from '../world/world';

export interface ProjectionIncoming {
  /** Entries of target neuron toFirst + k are start[k] .. start[k + 1]. */
  readonly start: Int32Array;
  /** Synapse index within the projection (synapse id − firstSynapse). */
  readonly synapse: Int32Array;
  /** Source neuron index within the source population (eid − fromFirst). */
  readonly source: Int32Array;
}

/** Entries in the order of the world's incoming index, so the walk visits synapses in the same order. */
export function projectionIncoming(synapses: SynapseStore, projection: Projection, fromFirst: number, toFirst: number, toCount: number): ProjectionIncoming {
  const first = projection.firstSynapse;
  const last = first + projection.count;
  const { inStart, inIds, pre } = synapses;
  const start = new Int32Array(toCount + 1);
  const synapse = new Int32Array(projection.count);
  const source = new Int32Array(projection.count);
  let next = 0;
  for (let k = 0; k < toCount; k++) {
    start[k] = next;
    const end = inStart[toFirst + k + 1];
    for (let j = inStart[toFirst + k]; j < end; j++) {
      const s = inIds[j];
      if (s < first || s >= last) continue;
      synapse[next] = s - first;
      source[next] = pre[s] - fromFirst;
      next++;
    }
  }
  start[toCount] = next;
  if (next !== projection.count) throw new Error(`projection ${projection.name}: ${next} incoming entries for ${projection.count} synapses`);
  return { start, synapse, source };
}
