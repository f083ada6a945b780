/**
 * Phase: propagate. Reads: world.spikedList, each projection's outgoing rows, synapse post,
 * weight, delay, receptor, active. Writes: the input ring row (tick + delay) of each target.
 * Event-driven: the cost is proportional to spikes × out-degree, never to the synapse count.
 * A projection with one delay, one receptor and no dormant synapses takes the tight loop (two
 * sequential reads and one add per synaptic event); others check each synapse.
 */
import type { SimWorld, Projection } from '../world/world';
import { createPropagationKernel, QUEUE_ROWS, QUEUE_WORDS_PER_ROW, type PropagationKernel } from './propagationKernel';

export function propagateSpikes(world: SimWorld): void {
  const count = world.spikedCount[0];
  if (count === 0) return;
  const memory = world.synapses.kernelMemory;
  if (memory?.propagationQueue) {
    propagateInKernel(world, memory.propagation ??= createPropagationKernel(memory.memory), memory.propagationQueue, count);
    return;
  }
  const spiked = world.spikedList;
  const populationId = world.neurons.populationId;
  const { projections, projectionsFrom, populations } = world;
  for (let k = 0; k < count; k++) {
    const pre = spiked[k];
    const outgoing = projectionsFrom[populationId[pre]];
    for (let j = 0; j < outgoing.length; j++) {
      const projection = projections[outgoing[j]];
      const row = pre - populations[projection.from].firstEid;
      if (projection.uniformDelayTicks > 0 && projection.allActive) {
        if (projection.denseRows) deliverDenseRow(world, projection, row);
        else deliverUniformRow(world, projection, row);
      } else {
        deliverRow(world, projection, row);
      }
    }
  }
}

/** Per projection, for this tick: the ring byte its rows add to (-1 where its rows take deliverRow). */
let ringByteOf = new Int32Array(8);

/**
 * The tight loops in WebAssembly (same adds, same order, same roundings): rows are queued in spike
 * order and delivered by one kernel call per tick (or per full queue). A row of a projection the
 * kernel cannot take (several delays, dormant synapses) flushes the queue first, so every ring
 * slot still receives its adds in the JavaScript order.
 */
function propagateInKernel(world: SimWorld, kernel: PropagationKernel, queue: Int32Array, count: number): void {
  const { projections, projectionsFrom, populations, input, synapses } = world;
  if (ringByteOf.length < projections.length) ringByteOf = new Int32Array(projections.length);
  for (let j = 0; j < projections.length; j++) {
    const projection = projections[j];
    if (projection.uniformDelayTicks > 0 && projection.allActive) {
      const ring = projection.receptor === 0 ? input.excitatory : input.inhibitory;
      const base = ((world.clock[0] + projection.uniformDelayTicks) % input.slots) * input.stride;
      ringByteOf[j] = ring.byteOffset + (base + (projection.denseRows ? populations[projection.to].firstEid : 0)) * 4;
    } else {
      ringByteOf[j] = -1;
    }
  }
  const spiked = world.spikedList;
  const populationId = world.neurons.populationId;
  const postByte = synapses.post.byteOffset;
  const weightByte = synapses.weight.byteOffset;
  const queueByte = queue.byteOffset;
  let q = 0;
  for (let k = 0; k < count; k++) {
    const pre = spiked[k];
    const outgoing = projectionsFrom[populationId[pre]];
    for (let j = 0; j < outgoing.length; j++) {
      const index = outgoing[j];
      const projection = projections[index];
      const row = pre - populations[projection.from].firstEid;
      if (ringByteOf[index] < 0) {
        if (q > 0) { kernel.rows(queueByte, q / QUEUE_WORDS_PER_ROW); q = 0; }
        deliverRow(world, projection, row);
        continue;
      }
      const first = projection.outRowStart[row];
      const synapseCount = projection.outRowStart[row + 1] - first;
      if (synapseCount === 0) continue;
      queue[q] = ringByteOf[index];
      queue[q + 1] = projection.denseRows ? -1 : postByte + first * 4;
      queue[q + 2] = weightByte + first * 8;
      queue[q + 3] = synapseCount;
      q += QUEUE_WORDS_PER_ROW;
      if (q === queue.length) { kernel.rows(queueByte, QUEUE_ROWS); q = 0; }
    }
  }
  if (q > 0) kernel.rows(queueByte, q / QUEUE_WORDS_PER_ROW);
}

function deliverUniformRow(world: SimWorld, projection: Projection, row: number): void {
  const { input, synapses } = world;
  const ring = projection.receptor === 0 ? input.excitatory : input.inhibitory;
  const base = ((world.clock[0] + projection.uniformDelayTicks) % input.slots) * input.stride;
  const post = synapses.post;
  const weight = synapses.weight;
  const end = projection.outRowStart[row + 1];
  // Unrolled by four (measured −9% CPU on izhikevich-10k); the adds keep their order.
  let s = projection.outRowStart[row];
  for (; s + 3 < end; s += 4) {
    const p0 = base + post[s], p1 = base + post[s + 1], p2 = base + post[s + 2], p3 = base + post[s + 3];
    ring[p0] += weight[s]; ring[p1] += weight[s + 1]; ring[p2] += weight[s + 2]; ring[p3] += weight[s + 3];
  }
  for (; s < end; s++) ring[base + post[s]] += weight[s];
}

/** All-to-all rows: synapse k of the row targets the k-th neuron of the target population. */
function deliverDenseRow(world: SimWorld, projection: Projection, row: number): void {
  const { input, synapses } = world;
  const ring = projection.receptor === 0 ? input.excitatory : input.inhibitory;
  const first = projection.outRowStart[row];
  const end = projection.outRowStart[row + 1];
  const base = ((world.clock[0] + projection.uniformDelayTicks) % input.slots) * input.stride
    + world.populations[projection.to].firstEid - first;
  const weight = synapses.weight;
  // Unrolled by four (measured −7% CPU on izhikevich-2003); each target still gets one add.
  let s = first;
  for (; s + 3 < end; s += 4) {
    const r = base + s;
    ring[r] += weight[s]; ring[r + 1] += weight[s + 1]; ring[r + 2] += weight[s + 2]; ring[r + 3] += weight[s + 3];
  }
  for (; s < end; s++) ring[base + s] += weight[s];
}

function deliverRow(world: SimWorld, projection: Projection, row: number): void {
  const { input, synapses } = world;
  const { post, weight, delayTicks, receptor, active } = synapses;
  const tick = world.clock[0];
  const end = projection.outRowStart[row + 1];
  for (let s = projection.outRowStart[row]; s < end; s++) {
    if (active[s] === 0) continue;
    const slot = ((tick + delayTicks[s]) % input.slots) * input.stride + post[s];
    if (receptor[s] === 0) input.excitatory[slot] += weight[s];
    else input.inhibitory[slot] += weight[s];
  }
}
