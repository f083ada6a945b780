/**
 * Recent spikes read from the spike ring in place (no copy, no allocation): the one count behind every
 * live firing rate the page says in words (the screen summary's population rates, the scene
 * describers' rates). A monitor reader only: it changes no state, so no run's hash depends on it.
 *
 * The ring keeps the last `capacity` spikes of the whole network. When more spikes fell in the window
 * than it holds, counting what it holds over the whole window would undercount the rate; so the count
 * then covers only the ticks after the oldest tick the ring still holds (that tick itself may have
 * lost spikes to the wrap), and the ticks covered are returned so a rate divides by the time counted.
 */

/** The ring as read here (the sim's SpikeRing, or a test's plain arrays). */
export interface SpikeRingView {
  readonly ticks: Float64Array;
  /** Neuron index (eid − 1). */
  readonly neurons: Int32Array;
  readonly capacity: number;
  readonly written: number;
}

/**
 * Counts the spikes of neurons [firstIndex, endIndex) in the window (tick − windowTicks, tick] into
 * `counts[bucketOf[neuron]]` (a neuron whose bucket is −1 is skipped), or into counts[0] when
 * `bucketOf` is null. `counts` is added to, not cleared. Returns the ticks the count covers: the
 * window, cut to the ticks simulated and to what the ring still holds whole (at least 1 once it
 * holds anything of the window).
 */
export function countRecentSpikes(
  ring: SpikeRingView, tick: number, windowTicks: number, firstIndex: number, endIndex: number, bucketOf: Int32Array | null, counts: Float64Array,
): number {
  const { ticks, neurons, capacity, written } = ring;
  const wrapped = written > capacity;
  const oldest = wrapped ? written - capacity : 0;
  let fromTick = tick - windowTicks;
  let covered = Math.min(windowTicks, tick);
  // The ring wrapped inside the window: count only whole ticks it still holds.
  if (wrapped && ticks[oldest % capacity] > fromTick) {
    const oldestTick = ticks[oldest % capacity];
    // Every spike it holds is from the latest tick: that tick alone, whatever it lost.
    fromTick = oldestTick < tick ? oldestTick : oldestTick - 1;
    covered = Math.max(1, tick - oldestTick);
  }
  for (let k = written - 1; k >= oldest; k--) {
    const slot = k % capacity;
    if (ticks[slot] <= fromTick) break;
    const n = neurons[slot];
    if (n < firstIndex || n >= endIndex) continue;
    if (bucketOf === null) counts[0]++;
    else if (bucketOf[n] >= 0) counts[bucketOf[n]]++;
  }
  return covered;
}

const scratch = new Float64Array(1);

/** Mean rate per neuron (Hz) of neurons [firstIndex, endIndex) over the last windowTicks up to tick. */
export function recentSpikeRateHz(ring: SpikeRingView, tick: number, windowTicks: number, firstIndex: number, endIndex: number, dtMs: number): number {
  scratch[0] = 0;
  const coveredTicks = countRecentSpikes(ring, tick, windowTicks, firstIndex, endIndex, null, scratch);
  const neurons = endIndex - firstIndex;
  const seconds = (coveredTicks * dtMs) / 1000;
  return neurons > 0 && seconds > 0 ? scratch[0] / neurons / seconds : 0;
}
