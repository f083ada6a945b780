/**
 * Phase: monitors. The spike times the isiCv measure reads (cortexMeasures.ts), kept per measured
 * neuron: each neuron has a ring of windowTicks + 1 slots for its spike ticks. A neuron fires at most
 * once a tick, so a spike inside the measured window is never overwritten, however long the run and
 * whatever the rest of the network fires: the reading never mixes old and new intervals and never
 * under-counts. (It used to read the network's shared spike ring, 131,072 spikes, which a large or
 * fast network wraps inside a long window, silently dropping the window's oldest intervals.)
 * Reads: this tick's spikes. Writes: measures.isiCv.<k>.spikeTicks, .written (registered, so
 * snapshots and step-back restore them).
 */
import { stateKey } from '../world/worldState';
import type { SimWorld } from '../world/world';

/** Ring slots (measured neurons × (window ticks + 1)) one isiCv measure may keep: 4 Mi (16 MB). */
export const MAX_ISI_RECORD_SLOTS = 1 << 22;

export interface IsiRecord {
  readonly windowTicks: number;
  readonly slots: number;
  readonly firstEid: number;
  /** Row of each neuron of the population (index eid − firstEid) in the ring, −1 when not measured. */
  readonly rowOf: Int32Array;
  readonly rows: number;
  /** rows × slots spike ticks; a row's spike j (counting from 0) is at slot j mod slots. */
  readonly spikeTicks: Int32Array;
  /** Spikes written per row since the run began. */
  readonly written: Float64Array;
}

const RECORDS = stateKey<IsiRecord[]>('isiRecords');

/** Ring slots a record of `neurons` neurons over windowTicks needs (checked against MAX_ISI_RECORD_SLOTS). */
export function isiRecordSlots(neurons: number, windowTicks: number): number {
  return neurons * (windowTicks + 1);
}

/** Starts recording the spikes of the population's neurons that `includes` accepts (before the first tick). */
export function createIsiRecord(world: SimWorld, firstEid: number, span: number, windowTicks: number, includes: (eid: number) => boolean): IsiRecord {
  const rowOf = new Int32Array(span).fill(-1);
  let rows = 0;
  for (let i = 0; i < span; i++) if (includes(firstEid + i)) rowOf[i] = rows++;
  const slots = windowTicks + 1;
  if (isiRecordSlots(rows, windowTicks) > MAX_ISI_RECORD_SLOTS) {
    throw new Error(`measure: isiCv over ${rows} neurons and ${windowTicks} ticks needs ${isiRecordSlots(rows, windowTicks)} spike slots, more than ${MAX_ISI_RECORD_SLOTS}`);
  }
  let list = world.state.get(RECORDS);
  if (!list) { list = []; world.state.set(RECORDS, list); }
  const name = `measures.isiCv.${list.length}`;
  const record: IsiRecord = {
    windowTicks, slots, firstEid, rowOf, rows,
    spikeTicks: world.registry.register(`${name}.spikeTicks`, new Int32Array(rows * slots)),
    written: world.registry.register(`${name}.written`, new Float64Array(rows)),
  };
  list.push(record);
  return record;
}

/** The system: appends this tick's spikes of measured neurons to their rows. */
export function recordIsiSpikes(world: SimWorld): void {
  const list = world.state.get(RECORDS);
  if (!list) return;
  const tick = world.clock[0];
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  for (const record of list) {
    const { rowOf, firstEid, slots, spikeTicks, written } = record;
    for (let k = 0; k < count; k++) {
      const i = spiked[k] - firstEid;
      if (i < 0 || i >= rowOf.length || rowOf[i] < 0) continue;
      const row = rowOf[i];
      spikeTicks[row * slots + (written[row] % slots)] = tick;
      written[row] += 1;
    }
  }
}
