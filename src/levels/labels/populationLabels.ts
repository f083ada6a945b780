/**
 * The name a player reads for a population (raster bands, scene labels, the inspector's list): the
 * level's own `label` when it gives one, else the display name its circuit gives the populations it
 * brings (from its definition's populationLabels), else a readable form of the id ("inputCells" →
 * "Input cells"). The id itself stays in level files, exports and the inspector's secondary text.
 */
import { CIRCUIT_DEFINITIONS } from '../../circuits/registry';
import type { Level } from '../schema/level';
import { labelWord } from './labelWords';

/** The fields of a level this reads (tests pass small literals). */
export type LabelledLevel = {
  readonly populations?: ReadonlyArray<{ readonly id: string; readonly label?: string }>;
  readonly circuits?: ReadonlyArray<{ readonly kind: string }>;
};

/** The player's name for population `id` of `level` (null: no level, a circuit's names or the id's readable form). */
export function populationLabel(level: LabelledLevel | Level | null, id: string): string {
  const own = level?.populations?.find((p) => p.id === id)?.label?.trim();
  if (own) return own;
  const kinds = level?.circuits?.map((c) => c.kind);
  for (const definition of CIRCUIT_DEFINITIONS) {
    if (kinds && !kinds.includes(definition.kind)) continue;
    const name = definition.populationLabels?.[id];
    if (name) return labelWord(`scene.circuit.${definition.kind}.population.${id}`, name);
  }
  return humanizeId(id);
}

/** "inputCells" → "Input cells", "post_cells" → "Post cells", "abc" → "Abc": words split at capitals and underscores, first one capitalised. */
export function humanizeId(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 ? w : /^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
