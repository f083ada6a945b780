import type { SpikeRing } from '../plotData';

/**
 * Spikes of neurons [firstIndex, endIndex) (neuron indexes, eid − 1) in the last `windowTicks` ticks
 * up to `tick`, read newest first from the ring in place (no copy, no allocation). Spikes the ring has
 * already overwritten are not counted. Scene describers (sceneDescription.ts) turn it into a rate.
 */
export function recentSpikeCount(ring: SpikeRing, tick: number, windowTicks: number, firstIndex: number, endIndex: number): number {
  const { ticks, neurons, capacity, written } = ring;
  const oldest = Math.max(0, written - capacity);
  const fromTick = tick - windowTicks;
  let count = 0;
  for (let k = written - 1; k >= oldest; k--) {
    const slot = k % capacity;
    if (ticks[slot] <= fromTick) break;
    const n = neurons[slot];
    if (n >= firstIndex && n < endIndex) count++;
  }
  return count;
}

/** Mean rate per neuron (Hz) of `count` spikes of `neurons` cells over `windowMs`. */
export function ratePerNeuronHz(count: number, neurons: number, windowMs: number): number {
  return neurons > 0 && windowMs > 0 ? count / neurons / (windowMs / 1000) : 0;
}
