import type { StateArray, StateRegistry } from '../world/stateRegistry';

/**
 * Samples a registered state array at fixed indices every `everyTicks`, into a ring of `capacity`
 * samples. values[(sample mod capacity) · width + j] is index j of that sample.
 */
export class StateProbe {
  readonly width: number;
  readonly sampleTicks: Float64Array;
  readonly values: Float64Array;
  /** Samples written so far (a subclass that samples at its own moments writes through writeSample). */
  protected readonly writtenCount: Float64Array;

  constructor(
    readonly name: string,
    readonly stateName: string,
    protected readonly source: StateArray,
    readonly indices: Int32Array,
    readonly everyTicks: number,
    readonly capacity: number,
    registry: StateRegistry,
  ) {
    this.width = indices.length;
    this.sampleTicks = registry.register(`monitors.${name}.ticks`, new Float64Array(capacity));
    this.values = registry.register(`monitors.${name}.values`, new Float64Array(capacity * this.width));
    this.writtenCount = registry.register(`monitors.${name}.written`, new Float64Array(1));
  }

  get written(): number {
    return this.writtenCount[0];
  }

  sample(tick: number): void {
    if (tick % this.everyTicks !== 0) return;
    this.writeSample(tick);
  }

  /** Records the source at the probe's indices as the sample of `tick`. */
  protected writeSample(tick: number): void {
    const k = this.writtenCount[0];
    const slot = k % this.capacity;
    this.sampleTicks[slot] = tick;
    const base = slot * this.width;
    for (let j = 0; j < this.width; j++) this.values[base + j] = this.source[this.indices[j]];
    this.writtenCount[0] = k + 1;
  }

  /** Retained samples in time order, as plain arrays (for results files, not for per-frame drawing). */
  series(): { ticks: number[]; values: number[][] } {
    const written = this.writtenCount[0];
    const oldest = Math.max(0, written - this.capacity);
    const ticks: number[] = [];
    const values: number[][] = [];
    for (let k = oldest; k < written; k++) {
      const slot = k % this.capacity;
      ticks.push(this.sampleTicks[slot]);
      values.push(Array.from(this.values.subarray(slot * this.width, (slot + 1) * this.width)));
    }
    return { ticks, values };
  }
}
