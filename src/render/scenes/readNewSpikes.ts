import type { SpikeRing } from '../plotData';

/** Where a reader stopped in a spike ring: the ring's `written` count at its last read. */
export interface RingCursor {
  written: number;
}

/**
 * Visits the spikes written to the ring since the cursor's last read, oldest first, and moves the
 * cursor to the end. A scene draws once per frame while the world may advance many ticks in between;
 * reading every new ring entry (not only those of the last frame) means no spike is missed unless the
 * ring wrapped past the cursor (fast-forward, a restore), in which case only the entries still held
 * are visited. Returns how many entries were lost that way. A ring that went backwards (a restored
 * snapshot) restarts the cursor at its oldest entry.
 */
export function readNewSpikes(ring: SpikeRing, cursor: RingCursor, visit: (tick: number, neuron: number) => void): number {
  const { ticks, neurons, capacity, written } = ring;
  if (written < cursor.written) cursor.written = Math.max(0, written - capacity);
  const oldest = Math.max(0, written - capacity);
  const from = Math.max(cursor.written, oldest);
  const lost = from - cursor.written;
  for (let k = from; k < written; k++) {
    const slot = k % capacity;
    visit(ticks[slot], neurons[slot]);
  }
  cursor.written = written;
  return lost;
}
