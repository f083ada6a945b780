import type { StateRegistry } from '../world/stateRegistry';

/**
 * Spike counts of one population in consecutive bins of `binTicks`; rateHz(bin) converts.
 * Bin b covers ticks [b·binTicks, (b + 1)·binTicks). The ring keeps the last `capacity` bins.
 */
export class PopulationRate {
  readonly counts: Float64Array;
  private readonly binsStarted: Float64Array;

  constructor(
    readonly name: string,
    readonly populationIndex: number,
    readonly firstEid: number,
    readonly size: number,
    readonly binTicks: number,
    readonly binMs: number,
    readonly capacity: number,
    registry: StateRegistry,
  ) {
    this.counts = registry.register(`monitors.${name}.counts`, new Float64Array(capacity));
    this.binsStarted = registry.register(`monitors.${name}.bins`, new Float64Array(1));
  }

  /** Number of bins started so far (the last one may be partial). */
  get bins(): number {
    return this.binsStarted[0];
  }

  record(tick: number, spikesThisTick: number): void {
    const bin = Math.floor(tick / this.binTicks);
    while (this.binsStarted[0] <= bin) {
      this.counts[this.binsStarted[0] % this.capacity] = 0;
      this.binsStarted[0] += 1;
    }
    this.counts[bin % this.capacity] += spikesThisTick;
  }

  /** Mean rate per neuron in Hz for a bin that is still retained. */
  rateHz(bin: number): number {
    return this.counts[bin % this.capacity] / this.size / (this.binMs / 1000);
  }

  /** Completed bins' rates, oldest first. */
  series(): { binStartMs: number[]; rateHz: number[] } {
    const complete = this.binsStarted[0] - 1;
    const oldest = Math.max(0, complete - this.capacity);
    const binStartMs: number[] = [];
    const rateHz: number[] = [];
    for (let b = oldest; b < complete; b++) {
      binStartMs.push(b * this.binMs);
      rateHz.push(this.rateHz(b));
    }
    return { binStartMs, rateHz };
  }
}
