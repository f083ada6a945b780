/** Populations and stimuli that circuits bring into a level (levels may refer to them by name). */
import { DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkParts } from '../../../circuits/cerebellum';
import type { Level } from '../../schema/level';
import type { Population } from '../../schema/populations';

export function circuitPopulations(level: Level): Population[] {
  if (!level.circuits.some((c) => c.kind === 'cerebellum')) return [];
  return cerebellumNetworkParts(DEFAULT_CEREBELLUM_PARAMS).populations
    .map((p) => ({ id: p.name, type: p.type, count: p.count, tags: p.tags ?? [] }) as unknown as Population);
}

export function circuitStimuli(level: Level): string[] {
  return level.circuits.some((c) => c.kind === 'cerebellum') ? ['tone', 'puff'] : [];
}
