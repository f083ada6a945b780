/**
 * The last `windowTicks` of one column of a probe's ring (a neuron's voltage, an animal's signal),
 * as points relative to now, ready to draw: x = (sample tick − now) · dtMs (ms, ≤ 0), y = the value.
 * Spikes of the probed neuron may be merged in as points at `tipValue` at their own tick, between
 * the samples around them (the model resets v in the tick it spikes, so no sample ever holds the
 * peak). Reads the registered arrays in place, so a restored world (step back, fast-forward chunk)
 * draws what it holds; writes into caller-owned buffers, allocating nothing.
 */
import type { SpikeRing } from '../plotData';

/** The parts of a StateProbe the window reads. */
export interface ProbeRing {
  readonly width: number;
  readonly capacity: number;
  readonly sampleTicks: Float64Array;
  readonly values: Float64Array;
  readonly written: number;
}

export interface WindowBuffers {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Scratch for the spike ticks in the window, newest first. */
  readonly spikeTicks: Float64Array;
}

export function windowBuffers(maxPoints: number, maxSpikes: number): WindowBuffers {
  return { xs: new Float64Array(maxPoints + maxSpikes), ys: new Float64Array(maxPoints + maxSpikes), spikeTicks: new Float64Array(maxSpikes) };
}

export interface SpikeSource {
  readonly ring: SpikeRing;
  /** The probed neuron's index in the spike ring (eid − 1). */
  readonly neuronIndex: number;
  readonly tipValue: number;
}

/** Fills `out` and returns the number of points (oldest first). */
export function fillProbeWindow(
  probe: ProbeRing, column: number, nowTick: number, windowTicks: number, dtMs: number,
  spikes: SpikeSource | null, out: WindowBuffers,
): number {
  const { xs, ys, spikeTicks } = out;
  const firstTick = nowTick - windowTicks;
  // Newest sample inside the window, then walk back to the oldest one still in it.
  const oldest = Math.max(0, probe.written - probe.capacity);
  let newest = probe.written - 1;
  while (newest >= oldest && probe.sampleTicks[newest % probe.capacity] > nowTick) newest--;
  let first = newest + 1;
  const maxSamples = xs.length - spikeTicks.length;
  while (first - 1 >= oldest && probe.sampleTicks[(first - 1) % probe.capacity] > firstTick && newest - first + 2 <= maxSamples) first--;

  let spikeCount = 0;
  if (spikes) {
    const { ticks, neurons, capacity, written } = spikes.ring;
    for (let k = written - 1; k >= Math.max(0, written - capacity) && spikeCount < spikeTicks.length; k--) {
      const tick = ticks[k % capacity];
      if (tick <= firstTick) break;
      if (tick <= nowTick && neurons[k % capacity] === spikes.neuronIndex) spikeTicks[spikeCount++] = tick;
    }
  }

  // Merge samples (ascending) with spikes (spikeTicks is newest first: walk it from the end).
  let n = 0;
  let s = spikeCount - 1;
  for (let k = first; k <= newest; k++) {
    const slot = k % probe.capacity;
    const tick = probe.sampleTicks[slot];
    // A spike at this sample's tick goes before it: the sample already holds the reset value.
    while (s >= 0 && spikeTicks[s] <= tick) {
      xs[n] = (spikeTicks[s] - nowTick) * dtMs;
      ys[n++] = spikes!.tipValue;
      s--;
    }
    xs[n] = (tick - nowTick) * dtMs;
    ys[n++] = probe.values[slot * probe.width + column];
  }
  while (s >= 0) {
    xs[n] = (spikeTicks[s] - nowTick) * dtMs;
    ys[n++] = spikes!.tipValue;
    s--;
  }
  return n;
}
