/** Populations, projections, stimuli and pools that circuits bring into a level (levels may refer to them by name). */
import { circuitDefinitionOf } from '../../../circuits/registry';
import type { ProvidedNames, ProvidedPopulation } from '../../../circuits/plugin/circuitDefinition';
import type { Level } from '../../schema/level';

function providedBy(level: Level): ProvidedNames[] {
  return level.circuits.map((config) => circuitDefinitionOf(config.kind).provides(config));
}

export function circuitPopulations(level: Level): ProvidedPopulation[] {
  return providedBy(level).flatMap((names) => names.populations);
}

export function circuitProjections(level: Level): string[] {
  return providedBy(level).flatMap((names) => names.projections);
}

export function circuitStimuli(level: Level): string[] {
  return providedBy(level).flatMap((names) => names.stimuli);
}

export function circuitModulators(level: Level): string[] {
  return providedBy(level).flatMap((names) => names.modulators);
}
