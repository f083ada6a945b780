/** What the cross-reference checks share: id indexes of the level and an error sink. */
import { formatPath, type LevelError, type LevelErrorCode, type PathSegment } from '../errors';
import type { Level } from '../schema/level';
import type { NeuronType } from '../schema/neuronTypes';
import { circuitModulators, circuitPopulations, circuitProjections, circuitStimuli } from './circuits/provided';

/** A population a level may refer to (its own or a circuit's): its size and its neuron model (undefined: unknown type, reported elsewhere). */
export interface KnownPopulation {
  readonly id: string;
  readonly count: number;
  readonly model: NeuronType['model'] | undefined;
}

export interface CheckContext {
  level: Level;
  neuronTypes: Map<string, NeuronType>;
  populations: Map<string, KnownPopulation>;
  projections: Set<string>;
  modulators: Set<string>;
  contingencies: Set<string>;
  stimuli: Set<string>;
  phases: Set<string>;
  errors: LevelError[];
  /** An error at path; `coded` lets the page word it in the player's language (errors.ts LEVEL_ERROR_CODES). */
  report(path: readonly PathSegment[], message: string, coded?: CodedReason): void;
}

/** A check's reason as a code and its parameters (the English message travels beside it). */
export interface CodedReason {
  readonly code: LevelErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The level's populations plus those its circuits bring (the level's own win a clash; the circuit's checker reports it). */
function knownPopulations(level: Level, neuronTypes: ReadonlyMap<string, NeuronType>): Map<string, KnownPopulation> {
  const known = new Map<string, KnownPopulation>();
  for (const p of level.populations) if (!known.has(p.id)) known.set(p.id, { id: p.id, count: p.count, model: neuronTypes.get(p.type)?.model });
  for (const p of circuitPopulations(level)) if (!known.has(p.id)) known.set(p.id, { id: p.id, count: p.count, model: p.model });
  return known;
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function createContext(level: Level): CheckContext {
  const errors: LevelError[] = [];
  const phases = new Set<string>();
  for (const session of level.timeline?.sessions ?? []) for (const phase of session.phases) phases.add(phase.id);
  const neuronTypes = firstById(level.neuronTypes);
  return {
    level,
    neuronTypes,
    populations: knownPopulations(level, neuronTypes),
    projections: new Set([...level.projections.map((p) => p.id), ...circuitProjections(level)]),
    modulators: new Set([...level.modulators.map((m) => m.id), ...circuitModulators(level)]),
    contingencies: new Set(level.rewardContingencies.map((c) => c.id)),
    stimuli: new Set([...level.stimuli.map((s) => s.id), ...circuitStimuli(level)]),
    phases,
    errors,
    report(path, message, coded) { errors.push({ path: formatPath(path), message, ...(coded ? { code: coded.code, params: coded.params } : {}) }); },
  };
}

/** Reports when `id` is not one of `known` (one definition, shared with the circuits' own checks). */
export { checkRef } from '../../circuits/plugin/contexts';

/** Reports neuron indices outside a population. */
export function checkIndices(ctx: CheckContext, path: readonly PathSegment[], indices: readonly number[] | undefined, populationId: string): void {
  const population = ctx.populations.get(populationId);
  if (indices === undefined || population === undefined) return;
  for (let i = 0; i < indices.length; i++) {
    if (indices[i] >= population.count) {
      ctx.report([...path, i], `neuron index ${indices[i]} is out of range: population "${populationId}" has ${population.count} neurons`,
        { code: 'indexOutsidePopulation', params: { index: indices[i], population: populationId, count: population.count } });
      return;
    }
  }
}

/** Reports a duplicate id inside one list. */
export function checkUnique(ctx: CheckContext, path: readonly PathSegment[], items: readonly { id?: string }[], what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) ctx.report([...path, index, 'id'], `duplicate ${what} id "${item.id}"`);
    seen.add(item.id);
  });
}
