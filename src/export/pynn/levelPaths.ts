/**
 * Level paths for the parts of a spawned world: a population or projection the level file lists is
 * named by its index there; one a circuit built is named by the circuit that built it.
 */
import { formatPath, type PathSegment } from '../../levels/errors';
import type { Level } from '../../levels/schema/level';

export class LevelPaths {
  constructor(private readonly level: Level) {}

  population(name: string, ...rest: PathSegment[]): string {
    const index = this.level.populations.findIndex((p) => p.id === name);
    return index >= 0 ? formatPath(['populations', index, ...rest]) : this.circuitPath();
  }

  neuronType(populationName: string, ...rest: PathSegment[]): string {
    const population = this.level.populations.find((p) => p.id === populationName);
    const index = population ? this.level.neuronTypes.findIndex((t) => t.id === population.type) : -1;
    return index >= 0 ? formatPath(['neuronTypes', index, ...rest]) : this.circuitPath();
  }

  projection(name: string, ...rest: PathSegment[]): string {
    const index = this.level.projections.findIndex((p) => p.id === name);
    return index >= 0 ? formatPath(['projections', index, ...rest]) : this.circuitPath();
  }

  /** A part no level list names was built by one of the level's circuits. */
  private circuitPath(): string {
    return this.level.circuits.length === 1 ? 'circuits[0]' : 'circuits';
  }
}
