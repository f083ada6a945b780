import type { StateRegistry } from '../world/stateRegistry';

/**
 * The last `capacity` spikes of the whole network. Entry k (k counts every spike ever written)
 * lives at k mod capacity. Views read the arrays in place, without copying.
 */
export class SpikeRing {
  readonly ticks: Float64Array;
  /** Neuron index (eid − 1), the row a raster draws it on. */
  readonly neurons: Int32Array;
  private readonly writtenCount: Float64Array;

  constructor(readonly capacity: number, registry: StateRegistry) {
    this.ticks = registry.register('monitors.spikes.ticks', new Float64Array(capacity));
    this.neurons = registry.register('monitors.spikes.neurons', new Int32Array(capacity));
    this.writtenCount = registry.register('monitors.spikes.written', new Float64Array(1));
  }

  /** Total spikes written since the run began. */
  get written(): number {
    return this.writtenCount[0];
  }

  push(tick: number, neuronIndex: number): void {
    const k = this.writtenCount[0];
    const slot = k % this.capacity;
    this.ticks[slot] = tick;
    this.neurons[slot] = neuronIndex;
    this.writtenCount[0] = k + 1;
  }

  /** Calls visit for each retained spike with tick ≥ fromTick, oldest first. */
  forEachSince(fromTick: number, visit: (tick: number, neuronIndex: number) => void): void {
    const written = this.writtenCount[0];
    const oldest = Math.max(0, written - this.capacity);
    for (let k = oldest; k < written; k++) {
      const slot = k % this.capacity;
      if (this.ticks[slot] >= fromTick) visit(this.ticks[slot], this.neurons[slot]);
    }
  }
}
