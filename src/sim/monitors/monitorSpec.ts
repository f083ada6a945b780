/**
 * Monitors a level or a test asks for. The spike ring exists in every world.
 * A probe samples any registered state array by name ('neurons.vMv', 'neurons.u',
 * 'synapses.weight', 'modulators.level', or a rule's arrays such as 'projection.ee.eligibility')
 * at the given indices (neuron eids, synapse ids, pool indices), every `everyMs`.
 */
export type MonitorSpec =
  | { name: string; kind: 'probe'; state: string; indices: number[]; everyMs: number; capacity?: number }
  | { name: string; kind: 'rate'; population: string; binMs: number; capacity?: number };
