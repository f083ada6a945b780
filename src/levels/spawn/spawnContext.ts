/** What the spawn translators share: the level, an error sink with paths, and level-wide lookups. */
import { formatPath, type LevelError, type PathSegment } from '../errors';
import type { Level } from '../schema/level';
import type { NeuronType } from '../schema/neuronTypes';

export interface SpawnContext {
  readonly level: Level;
  readonly errors: LevelError[];
  report(path: readonly PathSegment[], message: string): void;
  /** The neuron type of a population (by population id). */
  typeOfPopulation(populationId: string): NeuronType | undefined;
  /** Id of the level's first dopamine pool (the default target of rewards). */
  readonly dopamine: string | undefined;
  /** Files the level refers to (a WAV tutor), keyed by the path the level writes (see levelAssetPaths). */
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

export function createSpawnContext(level: Level, assets: ReadonlyMap<string, Uint8Array> = new Map()): SpawnContext {
  const errors: LevelError[] = [];
  const types = new Map(level.neuronTypes.map((t) => [t.id, t]));
  const populationTypes = new Map(level.populations.map((p) => [p.id, types.get(p.type)]));
  return {
    level,
    errors,
    report(path, message) { errors.push({ path: formatPath(path), message }); },
    typeOfPopulation: (id) => populationTypes.get(id),
    dopamine: level.modulators.find((m) => m.kind === 'dopamine')?.id,
    assets,
  };
}

/**
 * Whether input of this receptor arrives as a negative current in the engine: current-mode
 * targets add gExc + gInh straight to I, so inhibition must be stored with a minus sign
 * (conductance-mode targets keep positive conductances; Poisson sources have no input).
 */
export function inhibitionIsNegative(ctx: SpawnContext, populationId: string, receptor: 'excitatory' | 'inhibitory'): boolean {
  if (receptor !== 'inhibitory') return false;
  const type = ctx.typeOfPopulation(populationId);
  return type !== undefined && type.model !== 'poisson' && type.input.mode === 'current';
}
