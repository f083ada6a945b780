/** Populations, projections, stimuli and pools that circuits bring into a level (levels may refer to them by name). */
import { circuitDefinitionOf } from '../../../circuits/registry';
import type { ProvidedNames } from '../../../circuits/plugin/circuitDefinition';
import type { Level } from '../../schema/level';
import type { Population } from '../../schema/populations';

function providedBy(level: Level): ProvidedNames[] {
  return level.circuits.map((config) => circuitDefinitionOf(config.kind).provides(config));
}

export function circuitPopulations(level: Level): Population[] {
  return providedBy(level).flatMap((names) => names.populations
    .map((p) => ({ id: p.id, type: p.type, count: p.count, tags: [...p.tags] }) as unknown as Population));
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
