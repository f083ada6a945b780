/**
 * The clamped neurons as a compact list of eids, so the clamp systems (holdClampedNeurons,
 * fireRateClampedNeurons) visit only them instead of scanning every neuron every tick.
 *
 * Derived state, not registered: the list is a pure function of neurons.clampMode, which is
 * registered (snapshotted and hashed), so the state hash and every saved snapshot stay as they were.
 * It is kept in increasing eid order, the order in which fireRateClampedNeurons draws the 'clamp'
 * stream, so replays and restores draw the same numbers. The clamp commands and restoreSnapshot mark
 * it stale (the only writers of clampMode); the next clamp system rebuilds it with one scan, so the
 * full scan happens once per change, not once per tick.
 */
export class ClampedNeuronList {
  /** eids[0 .. length) are the clamped neurons, increasing. */
  readonly eids: Int32Array;
  length = 0;
  private stale = false;

  constructor(neuronCount: number) {
    this.eids = new Int32Array(neuronCount);
  }

  /** clampMode changed (a clamp command ran, or a snapshot was restored). */
  markStale(): void {
    this.stale = true;
  }

  /** Rebuilds the list from clampMode if it is stale; cheap (one branch) when it is not. */
  refresh(clampMode: Uint8Array): void {
    if (!this.stale) return;
    let n = 0;
    for (let eid = 1; eid < clampMode.length; eid++) if (clampMode[eid] !== 0 /* ClampMode.none */) this.eids[n++] = eid;
    this.length = n;
    this.stale = false;
  }
}
