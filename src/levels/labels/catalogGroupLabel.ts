/**
 * The name a player reads for a level menu group. Groups are keyed by their English name (the level
 * catalog sorts by it); a circuit's group is translated under its kind, the two groups of levels without
 * a circuit under their own names.
 */
import { CIRCUIT_DEFINITIONS } from '../../circuits/registry';
import { labelWord } from './labelWords';

/** Groups of levels that have no circuit (app/levelCatalog.ts), with their keys. */
export const NON_CIRCUIT_GROUPS: Readonly<Record<string, string>> = {
  Plasticity: 'scene.catalogGroup.plasticity',
  Networks: 'scene.catalogGroup.networks',
};

export function catalogGroupLabel(group: string): string {
  const circuit = CIRCUIT_DEFINITIONS.find((d) => d.catalogGroup === group);
  if (circuit) return labelWord(`scene.circuit.${circuit.kind}.catalogGroup`, group);
  const key = NON_CIRCUIT_GROUPS[group];
  return key ? labelWord(key, group) : group;
}
