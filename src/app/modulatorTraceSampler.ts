/**
 * Modulator levels sampled in the fast-forward worker for the page's trace plot. The page's own
 * plot samples its world once per frame, but while fast-forwarding a frame jumps seconds of
 * simulated time, so the trace would be a few dots; the worker samples every `everyMs` instead and
 * each chunk carries the samples of its last `keepMs` (the plot shows the last 10 s).
 */
import type { SimWorld } from '../sim/world/world';

export interface ModulatorTraceSamples {
  readonly timesMs: Float64Array;
  /** levels[k * pools + p]: pool p at sample k. */
  readonly levels: Float64Array;
  readonly pools: number;
}

export class ModulatorTraceSampler {
  private readonly everyTicks: number;
  private timesMs: number[] = [];
  private levels: number[] = [];

  constructor(private readonly world: SimWorld, everyMs = 20, private readonly keepMs = 10_000) {
    this.everyTicks = Math.max(1, Math.round(everyMs / world.dtMs));
  }

  /** Call after each tick: takes a sample every everyTicks ticks (none without modulator pools). */
  afterTick(): void {
    const { world } = this;
    const pools = world.modulators.count;
    if (pools === 0 || world.clock[0] % this.everyTicks !== 0) return;
    this.timesMs.push(world.clock[0] * world.dtMs);
    for (let p = 0; p < pools; p++) this.levels.push(world.modulators.level[p]);
  }

  /** The samples since the last take (at most the last keepMs of them), or null when there are none. */
  take(): ModulatorTraceSamples | null {
    const pools = this.world.modulators.count;
    if (this.timesMs.length === 0 || pools === 0) return null;
    const newest = this.timesMs[this.timesMs.length - 1];
    let first = 0;
    while (first < this.timesMs.length && this.timesMs[first] < newest - this.keepMs) first++;
    const samples = {
      timesMs: Float64Array.from(this.timesMs.slice(first)),
      levels: Float64Array.from(this.levels.slice(first * pools)),
      pools,
    };
    this.timesMs = [];
    this.levels = [];
    return samples;
  }
}
