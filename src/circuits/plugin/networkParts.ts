/**
 * Adding a circuit's own network (neuron types, populations, projections, stimuli, modulator pools)
 * to the level's NetworkSpec before the world is built, reporting every name the level already uses.
 */
import type { NetworkSpec } from '../../sim/build/networkSpec';
import type { PathSegment, ReportsProblems } from './contexts';

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
