import type { SpikeRing } from './plotData';

/**
 * Walks the spikes of the last `windowTicks` ticks, newest first, without copying the ring.
 * Calls `visit` for at most `maxVisits` of them (the newest) and returns how many spikes lie in the
 * window in total (also those past `maxVisits`), so callers can report a rate even when they draw a cap.
 * Spikes that the ring has already overwritten are not counted: the ring must hold a full window.
 */
export function forEachRecentSpike(
  ring: SpikeRing,
  currentTick: number,
  windowTicks: number,
  maxVisits: number,
  visit: (tick: number, neuron: number) => void,
): number {
  const { ticks, neurons, capacity, written } = ring;
  const oldest = Math.max(0, written - capacity);
  const firstTickInWindow = currentTick - windowTicks;
  let inWindow = 0;
  for (let k = written - 1; k >= oldest; k--) {
    const slot = k % capacity;
    const tick = ticks[slot];
    if (tick <= firstTickInWindow) break;
    if (inWindow < maxVisits) visit(tick, neurons[slot]);
    inWindow++;
  }
  return inWindow;
}

/** Mean firing rate per neuron (Hz) from a spike count over a window. */
export function meanRateHz(spikeCount: number, neuronCount: number, windowMs: number): number {
  if (neuronCount <= 0 || windowMs <= 0) return 0;
  return spikeCount / neuronCount / (windowMs / 1000);
}

/**
 * Mean firing rate per neuron (Hz) over the last `windowMs` of simulated time (less at the start),
 * counted from the world's spike ring itself: right whether or not a raster draws it (a phone's
 * scene-only view draws none).
 */
export function recentRateHz(ring: SpikeRing, currentTick: number, dtMs: number, neuronCount: number, windowMs = 1000): number {
  const spanMs = Math.min(windowMs, currentTick * dtMs);
  const count = forEachRecentSpike(ring, currentTick, Math.round(spanMs / dtMs), 0, () => undefined);
  return meanRateHz(count, neuronCount, spanMs);
}
