/** Per-neuron values out of the world's arrays: one number when all neurons agree, else a copy. */
import type { PerNeuron } from './pynnNetwork';

export function perNeuronValues(source: Float64Array, firstEid: number, count: number, scale = 1): PerNeuron {
  const values = new Float64Array(count);
  let uniform = true;
  for (let i = 0; i < count; i++) {
    values[i] = source[firstEid + i] * scale;
    if (values[i] !== values[0]) uniform = false;
  }
  return uniform ? values[0] : values;
}
