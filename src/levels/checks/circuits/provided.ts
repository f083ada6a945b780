/** Populations, projections, stimuli and pools that circuits bring into a level (levels may refer to them by name). */
import { DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkParts } from '../../../circuits/cerebellum';
import { DEFAULT_SONGBIRD_PARAMS, songbirdNetworkParts } from '../../../circuits/songbird';
import type { Level } from '../../schema/level';
import type { Population } from '../../schema/populations';

type Parts = { populations: Array<{ name: string; type: string; count: number; tags?: string[] }>; projections: Array<{ name: string }> };

function partsOf(level: Level): Parts[] {
  const parts: Parts[] = [];
  if (level.circuits.some((c) => c.kind === 'cerebellum')) parts.push(cerebellumNetworkParts(DEFAULT_CEREBELLUM_PARAMS));
  if (level.circuits.some((c) => c.kind === 'songbird')) parts.push(songbirdNetworkParts(DEFAULT_SONGBIRD_PARAMS));
  return parts;
}

export function circuitPopulations(level: Level): Population[] {
  return partsOf(level).flatMap((parts) => parts.populations
    .map((p) => ({ id: p.name, type: p.type, count: p.count, tags: p.tags ?? [] }) as unknown as Population));
}

export function circuitProjections(level: Level): string[] {
  return partsOf(level).flatMap((parts) => parts.projections.map((p) => p.name));
}

export function circuitStimuli(level: Level): string[] {
  return level.circuits.some((c) => c.kind === 'cerebellum') ? ['tone', 'puff'] : [];
}

export function circuitModulators(level: Level): string[] {
  return level.circuits.some((c) => c.kind === 'songbird') ? ['songDopamine'] : [];
}
