/**
 * The last N samples of every modulator pool's level, filled once per frame by the plot panel
 * (the sim keeps no history of its pools). Samples are keyed by simulated time, so a paused or
 * restored world does not add duplicates: a sample earlier than the newest stored time drops the
 * stored samples after it (stepping back in time rewinds the trace); one at the same time is ignored.
 */
export class ModulatorTraceRing {
  readonly times: Float64Array;
  /** levels[k * pools + p]: pool p at sample slot k. */
  readonly levels: Float64Array;
  private written = 0;
  /** Valid samples (less than min(written, capacity) after a rewind). */
  private count = 0;

  constructor(readonly names: readonly string[], readonly capacity: number) {
    this.times = new Float64Array(capacity);
    this.levels = new Float64Array(capacity * names.length);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a sample at `timeMs` (ignored when equal to the newest; rewinds when earlier). */
  push(timeMs: number, levels: ArrayLike<number>): void {
    while (this.size > 0 && this.times[(this.written - 1) % this.capacity] >= timeMs) {
      if (this.times[(this.written - 1) % this.capacity] === timeMs) return;
      this.written--;
      this.count--;
    }
    const slot = this.written % this.capacity;
    this.times[slot] = timeMs;
    const pools = this.names.length;
    for (let p = 0; p < pools; p++) this.levels[slot * pools + p] = levels[p];
    this.written++;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Visits the stored samples oldest first. */
  forEach(visit: (timeMs: number, levels: Float64Array) => void): void {
    const pools = this.names.length;
    for (let k = this.written - this.size; k < this.written; k++) {
      const slot = k % this.capacity;
      visit(this.times[slot], this.levels.subarray(slot * pools, slot * pools + pools));
    }
  }

  clear(): void {
    this.written = 0;
    this.count = 0;
  }
}
