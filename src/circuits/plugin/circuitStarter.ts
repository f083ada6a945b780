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

/**
 * The level parts of a starter whose circuit brings its own rate model (the credit arena, pruning,
 * reversal, belief learners): no neurons of the level's own, and one phase of equal trials; the
 * level lasts exactly those trials.
 */
export function rateModelLevelParts(phase: { id: string; label: string; trials: number; trialMs: number; trialType: string }): Readonly<Record<string, unknown>> {
  return {
    durationMs: phase.trials * phase.trialMs,
    neuronTypes: [],
    populations: [],
    projections: [],
    stimuli: [],
    timeline: {
      sessions: [{
        id: 'main',
        phases: [{ id: phase.id, label: phase.label, trials: phase.trials, trialMs: phase.trialMs, trialTypes: [{ id: phase.trialType, events: [] }] }],
      }],
    },
  };
}
