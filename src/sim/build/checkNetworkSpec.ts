import type { NetworkSpec } from './networkSpec';

/**
 * Consistency checks the engine needs even for specs that did not come from a level file
 * (tests, benchmarks): every reference resolves and every size is finite.
 */
export function checkNetworkSpec(spec: NetworkSpec): void {
  const fail = (message: string): never => { throw new Error(`network spec: ${message}`); };
  if (!(spec.dtMs > 0 && Number.isFinite(spec.dtMs))) fail(`dtMs must be a positive number, got ${spec.dtMs}`);
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 0xffffffff) fail(`seed must be a uint32, got ${spec.seed}`);
  const typeNames = new Set(spec.neuronTypes.map((t) => t.name));
  const populationNames = new Set<string>();
  for (const population of spec.populations) {
    if (!typeNames.has(population.type)) fail(`population ${population.name}: unknown neuron type "${population.type}"`);
    if (!Number.isInteger(population.count) || population.count < 0) fail(`population ${population.name}: count must be a whole number ≥ 0`);
    if (populationNames.has(population.name)) fail(`population ${population.name} is declared twice`);
    populationNames.add(population.name);
  }
  const modulatorNames = new Set((spec.modulators ?? []).map((m) => m.name));
  for (const projection of spec.projections) {
    if (!populationNames.has(projection.from)) fail(`projection ${projection.name}: unknown population "${projection.from}"`);
    if (!populationNames.has(projection.to)) fail(`projection ${projection.name}: unknown population "${projection.to}"`);
    const plasticity = projection.plasticity;
    if (plasticity && 'modulator' in plasticity && !modulatorNames.has(plasticity.modulator)) {
      fail(`projection ${projection.name}: unknown modulator "${plasticity.modulator}"`);
    }
  }
  for (const modulator of spec.modulators ?? []) {
    for (const source of modulator.sources ?? []) {
      if (!populationNames.has(source)) fail(`modulator ${modulator.name}: unknown source population "${source}"`);
    }
  }
}
