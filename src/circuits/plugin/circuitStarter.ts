/**
 * A circuit's starter: the smallest working level around it, for the editor's "new level from a
 * template" (one template per registered kind, so a new kind gets one with its definition). Plain
 * level JSON: the config fields the kind needs beyond its schema's defaults, and the level parts it
 * plays with (a timeline of its own trials; for a circuit that uses the level's own network, that
 * network). The editor adds the level's header; test/editor checks every starter loads.
 */
export interface CircuitStarter {
  /** What the template is called in the picker. */
  readonly title: string;
  /** One sentence on what the template holds. */
  readonly summary: string;
  /** Config fields besides `kind` (everything else takes the schema's defaults). */
  readonly config: Readonly<Record<string, unknown>>;
  /** Level fields (neuronTypes, populations, projections, modulators, stimuli, timeline, objectives, monitors, durationMs). */
  readonly level: Readonly<Record<string, unknown>>;
}
