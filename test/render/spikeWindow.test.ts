import { describe, expect, it } from 'vitest';
import { forEachRecentSpike, meanRateHz, recentRateHz } from '../../src/render/spikeWindow';

function ringOf(capacity: number, spikes: [tick: number, neuron: number][]) {
  const ring = { ticks: new Float64Array(capacity), neurons: new Int32Array(capacity), capacity, written: 0 };
  for (const [tick, neuron] of spikes) {
    ring.ticks[ring.written % capacity] = tick;
    ring.neurons[ring.written % capacity] = neuron;
    ring.written++;
  }
  return ring;
}

describe('forEachRecentSpike', () => {
  it('visits the spikes of the window newest first and stops at its start', () => {
    const ring = ringOf(8, [[1, 0], [5, 1], [9, 2], [10, 3]]);
    const seen: [number, number][] = [];
    const count = forEachRecentSpike(ring, 10, 6, 100, (t, n) => seen.push([t, n]));
    expect(seen).toEqual([[10, 3], [9, 2], [5, 1]]);
    expect(count).toBe(3);
  });

  it('reads across the ring wrap-around and ignores overwritten entries', () => {
    const spikes: [number, number][] = Array.from({ length: 11 }, (_, i) => [i, i]);
    const ring = ringOf(4, spikes); // keeps ticks 7, 8, 9, 10
    const seen: number[] = [];
    const count = forEachRecentSpike(ring, 10, 100, 100, (t) => seen.push(t));
    expect(seen).toEqual([10, 9, 8, 7]);
    expect(count).toBe(4);
  });

  it('visits at most maxVisits but still counts the whole window', () => {
    const ring = ringOf(16, [[1, 0], [2, 0], [3, 0], [4, 0], [5, 0]]);
    const seen: number[] = [];
    expect(forEachRecentSpike(ring, 5, 10, 2, (t) => seen.push(t))).toBe(5);
    expect(seen).toEqual([5, 4]);
  });

  it('handles an empty ring', () => {
    expect(forEachRecentSpike(ringOf(4, []), 100, 10, 10, () => undefined)).toBe(0);
  });
});

describe('meanRateHz', () => {
  it('is spikes per neuron per second', () => {
    expect(meanRateHz(200, 10, 1000)).toBe(20);
    expect(meanRateHz(50, 10, 500)).toBe(10);
  });
  it('is 0 with no neurons or an empty window', () => {
    expect(meanRateHz(5, 0, 1000)).toBe(0);
    expect(meanRateHz(5, 10, 0)).toBe(0);
  });
});

describe('recentRateHz', () => {
  it('counts the last second of spikes from the ring itself, over less time at the start', () => {
    // dt 0.5 ms: 2000 ticks a second. 4 neurons, 40 spikes in the last 2000 ticks (10 Hz each) and some older.
    const spikes: [number, number][] = [];
    for (let k = 0; k < 10; k++) spikes.push([100 + k, 0]);
    for (let k = 0; k < 40; k++) spikes.push([3001 + k * 50, k % 4]);
    const ring = ringOf(128, spikes);
    expect(recentRateHz(ring, 5000, 0.5, 4)).toBeCloseTo(10, 10);
    // 200 ms in: the window is the 200 ms so far (10 spikes over 4 neurons: 12.5 Hz).
    expect(recentRateHz(ringOf(16, spikes.slice(0, 10)), 400, 0.5, 4)).toBeCloseTo(12.5, 10);
    expect(recentRateHz(ringOf(4, []), 0, 1, 4)).toBe(0);
  });
});
