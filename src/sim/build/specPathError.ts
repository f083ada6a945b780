/**
 * An error in a NetworkSpec that can only be found while the world is built (e.g. a synapse named by
 * its rank, when the connectivity is drawn at build time). `path` points into the NetworkSpec, whose
 * lists follow the level's order, so the level loader can name the field of the level file.
 */
export class SpecPathError extends Error {
  constructor(readonly path: ReadonlyArray<string | number>, message: string) {
    super(message);
    this.name = 'SpecPathError';
  }
}
