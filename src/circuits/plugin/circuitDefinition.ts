/**
 * The circuit plug-in contract: everything the rest of Synaptica learns about a circuit kind comes
 * from one CircuitDefinition, exported by src/circuits/<kind>/definition.ts and listed once in
 * src/circuits/registry.ts (the browser's scenes register in src/render/scenes/sceneRegistry.ts).
 * The level schema (config union, commands, metrics), the loader's reference checks, spawning, the
 * files a level needs, the level menu's groups, the player's actions and the CLI's exports all read
 * these fields, so a new kind appears in every one of them at once (Brian2 and NEST add a model in
 * one place the same way). Definitions may import only src/sim and zod.
 */
import type { z } from 'zod';
import type { NetworkSpec } from '../../sim/build/networkSpec';
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import type { SimWorld } from '../../sim/world/world';
import type { StateProbe } from '../../sim/monitors/stateProbe';
import type { CircuitCheckContext, CircuitLevelView, CircuitSpawnContext, PathSegment } from './contexts';
import type { CircuitAction } from './playerAction';
import type { ProvidedModel } from './networkParts';
import type { CircuitStarter } from './circuitStarter';
import type { RecordedTutorHook } from './recordedTutor';

/** A part of each trial timed from one of its events: a window [startMs, endMs) or a sample (endMs = null). */
export interface TrialSpan {
  from: string;
  startMs: number;
  /** null: sample at startMs (state measures). */
  endMs: number | null;
}

/**
 * How a metric's value is shown to a player: a short human label ("CRs", "Song similarity"), the
 * unit printed after the number ("%", "Hz", "ms", "×"; "" for a plain number or a count) and whether
 * the value is a whole number (a count of spikes or synapses: shown without decimals). The metric's
 * name stays an id for level files, exports and the inspector.
 */
export interface MetricDisplay {
  readonly label: string;
  readonly unit: string;
  readonly integer?: boolean;
  /**
   * Digits always shown after the point, for the value and its goal alike ("0.1 points", "0.14 (goal
   * ≥ 0.20)"), for a value whose precision the model does not have; unset: 3 significant digits.
   */
  readonly decimals?: number;
  /** A 0/1 reading shown as "no"/"yes" (its goal "yes"), not as a number. */
  readonly yesNo?: boolean;
  /** A label that depends on the metric's args (which syllable); falls back to `label`. */
  labelFor?(args: Readonly<Record<string, unknown>>): string;
  /** The values labelFor puts in its words ({ syllable: 2 }), so a translation can place them in its own order. */
  labelParams?(args: Readonly<Record<string, unknown>>): Readonly<Record<string, string | number>>;
  /**
   * Params whose value is a word to translate, not print: param name → the string-key prefix its
   * value completes ({ rule: 'scene.arena.rule.' } turns rule 'backprop' into that key's text). The
   * English in labelParams is the fallback.
   */
  readonly paramWordKeys?: Readonly<Record<string, string>>;
  /** The id behind each word param of labelParams ({ rule: 'backprop' }), completing its paramWordKeys prefix. */
  paramWordIds?(args: Readonly<Record<string, unknown>>): Readonly<Record<string, string>>;
}

/**
 * The usual CircuitMetric.measure: slot `index` of one of the circuit's registered arrays, the array
 * named from the circuit id the metric's args give (`defaultCircuit` when they leave it out).
 * `registeredSlot((id) => reversalStateName(id, 'summary'), 'agent')(SUMMARY.reversals)` reads an agent's reversals.
 */
export function registeredSlot(arrayName: (circuitId: string) => string, defaultCircuit: string) {
  return (index: number) => (args: Readonly<Record<string, unknown>>): MeasureSpec =>
    ({ metric: 'registeredValue', name: arrayName((args.circuit as string | undefined) ?? defaultCircuit), index });
}

/** A metric a circuit adds to the level format (objectives, contingencies, per-trial results). */
export interface CircuitMetric {
  /** Its args; the schema's description is the metric's help text in level.schema.json. */
  readonly args: z.ZodObject;
  /** Its label and unit on screen (objectives panel, result card, plots). */
  readonly display: MetricDisplay;
  /** The engine measure that computes it from parsed args (usually an entry of the circuit's registered summary). */
  measure(args: Readonly<Record<string, unknown>>): MeasureSpec;
  /** The trial-relative window or moment the args ask for, if any (null: measured over the span). */
  trialSpan?(args: Readonly<Record<string, unknown>>): TrialSpan | null;
  /**
   * True when the measure holds the value of the trial that just ended (read at each trial's end):
   * over several trials the recorder averages the trials that have one (NaN = none), and the loader
   * refuses it over a fixed window of the run.
   */
  readonly perTrial?: boolean;
  /**
   * A setting the circuit its args name must have for the metric to read anything (a belief-learner
   * metric reads only a circuit that plays its task: { field: 'task', value: 'beads' }); the loader
   * refuses the metric on a circuit whose config has another value (code 'metricNeedsCircuitSetting').
   */
  readonly needsSetting?: { readonly field: string; readonly value: string };
}

/**
 * A signal of the behaving animal a level's trace monitor may record (a lid's closure, a value, a pitch),
 * with a human label and a unit. Either a registered state array sampled every everyMs, or a probe
 * of the circuit's own that samples at its own moments (one value per song frame).
 */
export interface CircuitTraceSignal {
  readonly label: string;
  readonly unit: string;
  /** The registered array (named for the circuit's id) and the index sampled. */
  readonly state?: { readonly name: (circuitId: string) => string; readonly index: number };
  /** A probe sampling at the circuit's own moments; capacityFor(ms between samples) sizes it; null when the world lacks the circuit. */
  probe?(world: SimWorld, name: string, capacityFor: (sampleMs: number) => number): StateProbe | null;
}

/** A population a circuit brings: the level's checks read its size and its model (a Poisson source has no membrane). */
export interface ProvidedPopulation {
  readonly id: string;
  readonly type: string;
  readonly model: ProvidedModel;
  readonly count: number;
  readonly tags: readonly string[];
}

/** The names a circuit brings into a level, which the level's own parts may refer to. */
export interface ProvidedNames {
  readonly populations: readonly ProvidedPopulation[];
  readonly projections: readonly string[];
  readonly stimuli: readonly string[];
  readonly modulators: readonly string[];
}

/** A file a config refers to: its path under assets/ and the field (relative to the config) that names it. */
export interface CircuitAsset {
  readonly path: string;
  readonly field: readonly PathSegment[];
}

/** A file a finished run can be exported as (the CLI's --export-audio writes them). */
export interface ExportedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** A short note printed after the name (e.g. which rendition), or ''. */
  readonly note: string;
}

/** A sound a circuit recorded in the world, ready to play (the bird's songs). */
export interface PlayableSound {
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
  /** Which take it is (0-based), or null for a fixed sound such as a tutor song. */
  readonly rendition: number | null;
}

/** Which recorded sound to play: the model the animal copies, its latest take, or its best take. */
export type PlaybackKind = 'tutor' | 'last' | 'best';

/** Sounds the page can play from a running world (listen buttons, each take as it finishes). */
export interface CircuitPlayback {
  /** Index of the latest finished take (−1: none yet, or this circuit is not in the world). */
  latestTake(world: SimWorld): number;
  /** The sound of `kind`, or null when the world has none yet. */
  sound(world: SimWorld, kind: PlaybackKind): PlayableSound | null;
}

/** Files a circuit makes for the repository's assets/ (pure and deterministic): `npm run tutors` writes them. */
export interface GeneratedAssets {
  /** Folder under assets/, e.g. "tutors". */
  readonly folder: string;
  /** File name → bytes. */
  files(): ReadonlyMap<string, Uint8Array>;
  /** One line about a written file for the console (a check by analysis). */
  describe(name: string, bytes: Uint8Array): string;
}

/** A strict command object with a literal `type`, joined into the level's command union. */
export type CircuitCommandSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.core.$ZodLooseShape>;

export interface CircuitDefinition<
  K extends string = string,
  S extends z.ZodObject = z.ZodObject,
  M extends Readonly<Record<string, CircuitMetric>> = Readonly<Record<string, CircuitMetric>>,
  C extends readonly CircuitCommandSchema[] = readonly CircuitCommandSchema[],
> {
  /** The `kind` a level's circuits[] entry names. */
  readonly kind: K;
  /** How messages name it ("the reward circuit"). */
  readonly title: string;
  /** The config schema (a strict object with `kind: z.literal(kind)` and a defaulted `id`): units, ranges, defaults, help. */
  readonly schema: S;
  /** Command types the circuit adds (applied by the engine commands it registers at install). */
  readonly commands: C;
  /** Regions the shared `inactivate` command may name (an enum with a description), if any. */
  readonly inactivationRegions?: z.ZodEnum;
  /** Metrics the circuit adds, by name. */
  readonly metrics: M;
  /** Signals a level's trace monitors may record, by name (unique over all circuits). */
  readonly traceSignals?: Readonly<Record<string, CircuitTraceSignal>>;
  /** Display names of the populations it brings, by population id ("mossyFibres" → "Mossy fibres"): what a player reads on plots and scenes; the id stays in the inspector and exports. */
  readonly populationLabels?: Readonly<Record<string, string>>;
  /**
   * What one trial of this circuit is called on the plots' axes and the status line ("rendition": "Songs
   * sung"); "trial" when absent. Each noun needs its scene.noun.<noun>.* strings (definedWords.test.ts).
   */
  readonly trialNoun?: string;
  /** The level menu's group for levels with this circuit. */
  readonly catalogGroup: string;
  /** Populations, projections, stimuli and modulator pools it brings (as the config sets them). */
  provides(config: z.output<S>): ProvidedNames;
  /**
   * Synapses its own network makes as the config sizes it (0 without one): the level's synapse limit
   * counts them with the level's own projections (src/circuits/plugin/networkParts.ts estimates parts).
   */
  synapseEstimate(config: z.output<S>): number;
  /** Reference checks after parsing; problems go to ctx.report under `path` (circuits[i]). */
  check(ctx: CircuitCheckContext, config: z.output<S>, path: readonly PathSegment[]): void;
  /** Adds its hidden network to the NetworkSpec before the world is built. */
  prepare?(ctx: CircuitSpawnContext, spec: NetworkSpec, config: z.output<S>, path: readonly PathSegment[]): void;
  /** Installs its state and systems on the built world. */
  install(ctx: CircuitSpawnContext, world: SimWorld, config: z.output<S>, path: readonly PathSegment[]): void;
  /** Files the config refers to (loaded by the caller and passed to spawning as assets). */
  assets?(config: z.output<S>): CircuitAsset[];
  /**
   * Config fields a running world can change (a setParameter command, a player parameter on
   * `circuits.<id>.<field>`), each with the type of the circuit's command that changes it
   * (`{ type, value }`); every other field applies when the level is spawned again.
   */
  readonly liveParameters?: Readonly<Record<string, string>>;
  /** Controls the player gets for this circuit (besides the level's playerParameters), given the level it is in. */
  playerActions?(config: z.output<S>, level: CircuitLevelView): CircuitAction[];
  /** Audio files of a finished run (the CLI's --export-audio). */
  exportAudio?(world: SimWorld): ExportedFile[];
  /** Sounds the page can play from the running world. */
  readonly playback?: CircuitPlayback;
  /** Its reward-prediction error δ in the world now (the page sounds dopamine bursts and dips), or null when the world has none. */
  predictionError?(world: SimWorld): number | null;
  /** Files it makes for assets/ (built-in sounds and their templates). */
  readonly generatedAssets?: GeneratedAssets;
  /** Present when its tutor can be recorded by the player (the page's "Record a tutor"; ./recordedTutor.ts). */
  readonly recordedTutor?: RecordedTutorHook<z.output<S>>;
  /** The smallest working level around it: the level editor's template for this kind. */
  readonly starter: CircuitStarter;
}

/** Identity with inference: `defineCircuit({ kind: 'x', schema, ... })` keeps each field's precise type. */
export function defineCircuit<
  const K extends string,
  S extends z.ZodObject,
  const M extends Readonly<Record<string, CircuitMetric>>,
  const C extends readonly CircuitCommandSchema[],
>(definition: CircuitDefinition<K, S, M, C>): CircuitDefinition<K, S, M, C> {
  return definition;
}
