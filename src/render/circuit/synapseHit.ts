/**
 * Finds the drawn synapse line under a pointer: the shortest distance from the point to each
 * candidate's segment (pre neuron to post neuron, in layout units). Only lines the view draws are
 * candidates (the sample, or a selected neuron's highlighted synapses), so a click picks what the
 * player sees; a few thousand segments per click, never per frame.
 */

/** Squared distance from (px, py) to the segment (x0, y0)–(x1, y1). */
export function distanceToSegmentSq(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq > 0 ? Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / lengthSq)) : 0;
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

export interface SegmentEnds {
  /** Pre and post neuron eid per synapse id. */
  readonly pre: ArrayLike<number>;
  readonly post: ArrayLike<number>;
  /** Layout position per neuron index (eid − 1). */
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** 0 for a synapse that is not drawn (pruned or not grown). */
  readonly active: ArrayLike<number>;
}

/**
 * The active candidate synapse nearest (px, py) within `reach` (layout units), or −1. A synapse
 * from a neuron to itself has no line and is never picked; ties go to the earlier candidate.
 */
export function nearestSynapse(candidates: ArrayLike<number>, ends: SegmentEnds, px: number, py: number, reach: number): number {
  let best = -1;
  let bestSq = reach * reach;
  for (let k = 0; k < candidates.length; k++) {
    const s = candidates[k];
    if (!ends.active[s]) continue;
    const from = ends.pre[s] - 1;
    const to = ends.post[s] - 1;
    if (from === to) continue;
    const d = distanceToSegmentSq(px, py, ends.x[from], ends.y[from], ends.x[to], ends.y[to]);
    if (d < bestSq || (d === bestSq && best < 0)) {
      best = s;
      bestSq = d;
    }
  }
  return best;
}
