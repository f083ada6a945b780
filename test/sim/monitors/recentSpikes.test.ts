// The one recent-spike count behind every live rate (screen summary and scene describers), at the
// ring's wrap boundary: a ring of 8 spikes, neuron 0 firing once per tick and neuron 1 every other
// tick, so the true rates are 1 and 0.5 spikes per tick. Before the ring wraps the whole window is
// counted; once it has wrapped inside the window, the count covers only the ticks the ring still
// holds whole and the rate stays true (the old counters divided 8 held spikes by the 10-tick window).
import { describe, expect, it } from 'vitest';
import { countRecentSpikes, recentSpikeRateHz, type SpikeRingView } from '../../../src/sim/monitors/recentSpikes';

function ringOf(capacity: number, spikes: ReadonlyArray<readonly [tick: number, neuron: number]>): SpikeRingView {
  const ticks = new Float64Array(capacity);
  const neurons = new Int32Array(capacity);
  spikes.forEach(([tick, neuron], k) => { ticks[k % capacity] = tick; neurons[k % capacity] = neuron; });
  return { ticks, neurons, capacity, written: spikes.length };
}

/** Neuron 0 every tick, neuron 1 on even ticks, from tick 1 to `lastTick`. */
function firing(lastTick: number): Array<[number, number]> {
  const spikes: Array<[number, number]> = [];
  for (let tick = 1; tick <= lastTick; tick++) {
    spikes.push([tick, 0]);
    if (tick % 2 === 0) spikes.push([tick, 1]);
  }
  return spikes;
}

describe('recent spikes at the ring wrap', () => {
  it('counts the whole window while the ring holds it (written = capacity: not wrapped)', () => {
    // Ticks 1..5: 5 + 2 = 7 spikes; plus tick 6 (neuron 0) = 8 = capacity.
    const ring = ringOf(8, firing(6).slice(0, 8));
    const counts = new Float64Array(1);
    expect(countRecentSpikes(ring, 6, 10, 0, 1, null, counts)).toBe(6);
    expect(counts[0]).toBe(6);
  });

  it('past the wrap, counts only the ticks held whole and says how many it covered', () => {
    const ring = ringOf(8, firing(20));
    // The last 8 spikes are ticks 16 (whose spikes it cannot know are all there) to 20: it counts
    // ticks 17..20, four ticks, where neuron 0 fired 4 times and neuron 1 twice.
    const buckets = new Float64Array(2);
    const covered = countRecentSpikes(ring, 20, 10, 0, 2, Int32Array.from([0, 1]), buckets);
    expect(covered).toBe(4);
    expect([...buckets]).toEqual([4, 2]);
    // 1 and 0.5 spikes per 1 ms tick: 1000 Hz and 500 Hz (the old count: 5 of 8 held over 10 ticks, 500 Hz for neuron 0).
    expect(recentSpikeRateHz(ring, 20, 10, 0, 1, 1)).toBeCloseTo(1000, 9);
    expect(recentSpikeRateHz(ring, 20, 10, 1, 2, 1)).toBeCloseTo(500, 9);
  });

  it('a window inside what the ring holds is counted whole, as before the wrap', () => {
    const ring = ringOf(8, firing(20));
    const counts = new Float64Array(1);
    expect(countRecentSpikes(ring, 20, 3, 0, 1, null, counts)).toBe(3);
    expect(counts[0]).toBe(3);
  });

  it('a ring filled by one tick still gives a rate over that tick', () => {
    const spikes: Array<[number, number]> = Array.from({ length: 12 }, (_, n) => [4, n] as [number, number]);
    const ring = ringOf(8, spikes);
    // 8 held spikes of 12 neurons over one 1 ms tick.
    expect(recentSpikeRateHz(ring, 4, 10, 0, 12, 1)).toBeCloseTo((8 / 12) * 1000, 9);
  });
});
