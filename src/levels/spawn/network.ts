/**
 * Level network → engine network: neuron types (model names → codes, schemes, synaptic input),
 * populations, projections (connect rules, distributions with the level's default clipping,
 * receptor signs). Level ids become engine names unchanged.
 */
import { InputMode, NeuronModel, type NeuronTypeParams } from '../../sim/params/neuronTypes';
import type { ConnectRule, Distribution, PopulationSpec, ProjectionSpec } from '../../sim/build/networkSpec';
import { MAX_MAGNITUDE } from '../schema/common';
import type { DistributedValue } from '../schema/common';
import type { NeuronType } from '../schema/neuronTypes';
import type { Population } from '../schema/populations';
import type { Projection } from '../schema/projections';
import { inhibitionIsNegative, type SpawnContext } from './spawnContext';
import { toPlasticitySpec } from './plasticity';

export type EngineNeuronType = Partial<NeuronTypeParams> & { name: string };

export function toNeuronType(type: NeuronType): EngineNeuronType {
  switch (type.model) {
    case 'izhikevich':
      return {
        name: type.id,
        model: type.scheme === 'euler' ? NeuronModel.izhikevichEuler : NeuronModel.izhikevichNetwork,
        a: type.a, b: type.b, c: type.c, d: type.d, vPeakMv: type.vPeakMv,
        ...inputParams(type.input),
      };
    case 'lif':
      return {
        name: type.id,
        model: NeuronModel.lif,
        tauMMs: type.tauMMs, vRestMv: type.vRestMv, vThreshMv: type.vThreshMv, vResetMv: type.vResetMv,
        // Level currents are pA and the engine computes R·I in mV, so MΩ·pA needs the 1/1000 here:
        // an input of x pA moves the voltage by x · resistanceMOhm / 1000 mV (docs/levels.md).
        refractoryMs: type.refractoryMs, resistanceMOhm: type.resistanceMOhm / 1000,
        ...inputParams(type.input),
      };
    case 'poisson':
      return { name: type.id, model: NeuronModel.poisson, rateHz: type.rateHz };
  }
}

function inputParams(input: Extract<NeuronType, { input: unknown }>['input']): Partial<NeuronTypeParams> {
  if (input.mode === 'current') return { inputMode: InputMode.current, tauExcMs: input.tauMs, tauInhMs: input.tauMs };
  return { inputMode: InputMode.conductance, tauExcMs: input.tauExcMs, tauInhMs: input.tauInhMs, eExcMv: input.eExcMv, eInhMv: input.eInhMv };
}

export function toPopulationSpec(population: Population): PopulationSpec {
  const spec: PopulationSpec = { name: population.id, type: population.type, count: population.count, layout: { ...population.layout } };
  if (population.initialVMv !== undefined) spec.initialVMv = population.initialVMv;
  if (population.variation) spec.variation = structuredClone(population.variation);
  if (population.tags) spec.tags = [...population.tags];
  return spec;
}

function toConnectRule(connect: Projection['connect']): ConnectRule {
  switch (connect.rule) {
    case 'pairs': return { rule: 'pairs', pairs: connect.pairs.map(([pre, post]) => [pre, post] as [number, number]) };
    case 'oneToOne': return { rule: 'oneToOne' };
    default: return { ...connect };
  }
}

/** Fills the level's clipping defaults ([lowest, highest] allowed) and applies a sign. */
export function toDistribution(value: DistributedValue, lowest: number, highest: number, sign: 1 | -1): Distribution {
  if (typeof value === 'number') return sign * value;
  if (value.dist === 'uniform') {
    return sign === 1 ? { dist: 'uniform', min: value.min, max: value.max } : { dist: 'uniform', min: -value.max, max: -value.min };
  }
  const min = value.min ?? lowest;
  const max = value.max ?? highest;
  return sign === 1
    ? { dist: 'normal', mean: value.mean, sd: value.sd, min, max }
    : { dist: 'normal', mean: -value.mean, sd: value.sd, min: -max, max: -min };
}

export function toProjectionSpec(ctx: SpawnContext, projection: Projection, index: number): ProjectionSpec {
  const negative = inhibitionIsNegative(ctx, projection.to, projection.receptor);
  const spec: ProjectionSpec = {
    name: projection.id,
    from: projection.from,
    to: projection.to,
    connect: toConnectRule(projection.connect),
    weight: toDistribution(projection.weight, 0, MAX_MAGNITUDE, negative ? -1 : 1),
    delayMs: toDistribution(projection.delayMs, 0, 10_000, 1),
    receptor: projection.receptor,
  };
  const plasticity = toPlasticitySpec(ctx, projection.plasticity, ['projections', index, 'plasticity']);
  if (plasticity) spec.plasticity = plasticity;
  if (projection.structural) {
    spec.structural = { ...projection.structural, dormantFraction: 0 };
  }
  if (projection.initialWeightOverrides) {
    spec.initialWeightOverrides = projection.initialWeightOverrides.map((o) => ({ pre: o.pre, nth: o.nth, weight: (negative ? -1 : 1) * o.weight }));
  }
  return spec;
}
