/**
 * Adding a circuit's own network (neuron types, populations, projections, stimuli, modulator pools)
 * to the level's NetworkSpec before the world is built, reporting every name the level already uses.
 */
import type { ConnectRule, NetworkSpec } from '../../sim/build/networkSpec';
import { NeuronModel, type NeuronModelCode } from '../../sim/params/neuronTypes';
import type { PathSegment, ReportsProblems } from './contexts';
import type { ProvidedPopulation } from './circuitDefinition';

/** A neuron model as the level format names it. */
export type ProvidedModel = 'izhikevich' | 'lif' | 'poisson';

function modelName(code: NeuronModelCode | undefined): ProvidedModel {
  if (code === NeuronModel.lif) return 'lif';
  if (code === NeuronModel.poisson) return 'poisson';
  return 'izhikevich'; // both Izhikevich schemes, and the engine's default model
}

/** The populations of a circuit's parts as the level's checks see them (ProvidedNames.populations), each with its type's model. */
export function providedPopulations(parts: Pick<NetworkParts, 'neuronTypes' | 'populations'>): ProvidedPopulation[] {
  const models = new Map(parts.neuronTypes.map((t) => [t.name, modelName(t.model)] as const));
  return parts.populations.map((p) => ({ id: p.name, type: p.type, model: models.get(p.type) ?? 'izhikevich', count: p.count, tags: p.tags ?? [] }));
}

/** The parts of a NetworkSpec a circuit brings. */
export type NetworkParts = Pick<NetworkSpec, 'neuronTypes' | 'populations' | 'projections'> & Pick<Required<NetworkSpec>, 'stimuli'> & Partial<Pick<NetworkSpec, 'modulators'>>;

/** Reports clashes with the spec's own names (`title`: how messages name the circuit), before the parts are appended. */
export function reportNameClashes(ctx: ReportsProblems, spec: NetworkSpec, parts: NetworkParts, title: string, path: readonly PathSegment[]): void {
  const clash = (names: string[], taken: string[], what: string): void => {
    for (const name of names) if (taken.includes(name)) ctx.report(path, `${title} brings its own ${what} "${name}"; rename the level's`);
  };
  clash(parts.populations.map((p) => p.name), spec.populations.map((p) => p.name), 'population');
  clash(parts.projections.map((p) => p.name), spec.projections.map((p) => p.name), 'projection');
  clash(parts.stimuli.map((s) => s.name), (spec.stimuli ?? []).map((s) => s.name), 'stimulus');
  if (parts.modulators) clash(parts.modulators.map((m) => m.name), (spec.modulators ?? []).map((m) => m.name), 'modulator');
  clash(parts.neuronTypes.map((t) => t.name), spec.neuronTypes.map((t) => t.name), 'neuron type');
}

/** Appends the parts to the spec (after reportNameClashes' checks). */
export function appendNetworkParts(spec: NetworkSpec, parts: NetworkParts): void {
  spec.neuronTypes.push(...parts.neuronTypes);
  spec.populations.push(...parts.populations);
  spec.projections.push(...parts.projections);
  spec.stimuli = [...(spec.stimuli ?? []), ...parts.stimuli];
  if (parts.modulators) spec.modulators = [...(spec.modulators ?? []), ...parts.modulators];
}

/** Synapses one connect rule makes between populations of these sizes (exact except for fixedProbability, its expectation rounded up). */
function connectSynapses(connect: ConnectRule, pre: number, post: number, sameSelf: boolean): number {
  const self = sameSelf && 'allowSelf' in connect && connect.allowSelf !== true;
  switch (connect.rule) {
    case 'allToAll': return pre * post - (self ? pre : 0);
    case 'fixedProbability': return Math.ceil(connect.p * pre * post);
    case 'fixedOutDegree': return connect.k * pre;
    case 'fixedInDegree': return connect.k * post;
    case 'oneToOne': return Math.min(pre, post);
    case 'pairs': return connect.pairs.length;
  }
}

/** Synapses a circuit's parts make (what CircuitDefinition.synapseEstimate reports), from their populations' sizes. */
export function estimatePartsSynapses(parts: Pick<NetworkParts, 'populations' | 'projections'>): number {
  const count = new Map(parts.populations.map((p) => [p.name, p.count] as const));
  return parts.projections.reduce((sum, p) => sum + connectSynapses(p.connect, count.get(p.from) ?? 0, count.get(p.to) ?? 0, p.from === p.to), 0);
}
