/**
 * The circuit kinds, one line each. Everything outside a circuit's own folder learns about circuits
 * from this list: the level schema (config union, commands, metrics), reference checks, spawning,
 * assets, the level menu, player actions and exports. To add a kind, write src/circuits/<kind>/
 * with a definition.ts (see src/circuits/plugin/circuitDefinition.ts), add it below and its scene
 * to src/render/scenes/sceneRegistry.ts; test/circuits/registry.test.ts checks that nothing is missing.
 */
import type { CircuitCommandSchema, CircuitDefinition, CircuitMetric, CircuitTraceSignal } from './plugin/circuitDefinition';
import { rewardCircuit } from './reward/definition';
import { cerebellumCircuit } from './cerebellum/definition';
import { songbirdCircuit } from './songbird/definition';
import { corticalMapCircuit } from './corticalMap/definition';
import { creditArenaCircuit } from './creditArena/definition';
import { devPruningCircuit } from './devPruning/definition';
import { beliefLearnerCircuit } from './beliefLearner/definition';
import { reversalCircuit } from './reversal/definition';

export const CIRCUITS = [
  rewardCircuit,
  cerebellumCircuit,
  songbirdCircuit,
  corticalMapCircuit,
  creditArenaCircuit,
  devPruningCircuit,
  beliefLearnerCircuit,
  reversalCircuit,
] as const;

/** The same list, each as the general contract (for code that reads only optional hooks). */
export const CIRCUIT_DEFINITIONS: readonly CircuitDefinition[] = CIRCUITS;

type Definitions = (typeof CIRCUITS)[number];
/** The kinds a level's circuits[] may name. */
type CircuitKindName = Definitions['kind'];

/** The config schemas in registry order, as a tuple (for the level schema's discriminated union). */
type SchemasOf<T extends readonly CircuitDefinition[]> = { -readonly [I in keyof T]: T[I] extends { schema: infer S } ? S : never };
type CircuitConfigSchemas = SchemasOf<typeof CIRCUITS>;
export const circuitConfigSchemas = CIRCUITS.map((d) => d.schema) as unknown as CircuitConfigSchemas;

/** Every circuit's command schemas (each with a literal `type`). */
type CircuitCommandSchemaOf = Definitions['commands'][number];
export const circuitOwnCommandSchemas: readonly CircuitCommandSchemaOf[] = CIRCUITS.flatMap((d): readonly CircuitCommandSchemaOf[] => d.commands);

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllMetrics = UnionToIntersection<Definitions['metrics']>;
/** The metrics every circuit adds, by name: their args schemas. */
type CircuitMetricArgs = { readonly [M in keyof AllMetrics]: AllMetrics[M] extends { args: infer A } ? A : never };
export const circuitMetricArgs = Object.fromEntries(
  CIRCUIT_DEFINITIONS.flatMap((d) => Object.entries(d.metrics).map(([name, metric]) => [name, metric.args])),
) as unknown as CircuitMetricArgs;

const BY_KIND: ReadonlyMap<string, CircuitDefinition> = new Map(CIRCUIT_DEFINITIONS.map((d) => [d.kind, d]));
const METRICS: ReadonlyMap<string, CircuitMetric> = new Map(CIRCUIT_DEFINITIONS.flatMap((d) => Object.entries(d.metrics)));

/** The definition of a validated config's kind. */
export function circuitDefinitionOf(kind: CircuitKindName): CircuitDefinition {
  return BY_KIND.get(kind)!;
}

const METRIC_OWNERS: ReadonlyMap<string, CircuitDefinition> = new Map(CIRCUIT_DEFINITIONS.flatMap((d) => Object.keys(d.metrics).map((name) => [name, d] as const)));

/** The definition that adds the metric of this name, or undefined for an engine metric. */
export function circuitMetricOwner(name: string): CircuitDefinition | undefined {
  return METRIC_OWNERS.get(name);
}

/** The circuit metric of this name, or undefined when no circuit adds it. */
export function circuitMetric(name: string): CircuitMetric | undefined {
  return METRICS.get(name);
}

/** A trace signal with the kind of circuit that has it. */
export interface KindTraceSignal extends CircuitTraceSignal {
  readonly circuitKind: string;
  readonly circuitTitle: string;
}

const TRACE_SIGNALS: ReadonlyMap<string, KindTraceSignal> = new Map(CIRCUIT_DEFINITIONS.flatMap((d) =>
  Object.entries(d.traceSignals ?? {}).map(([name, signal]) => [name, { ...signal, circuitKind: d.kind, circuitTitle: d.title }] as const)));

/** Every trace signal name (for the level schema's enum), in registry order. */
export const traceSignalNames: readonly string[] = [...TRACE_SIGNALS.keys()];

/** The trace signal of this name, or undefined when no circuit has it. */
export function circuitTraceSignal(name: string): KindTraceSignal | undefined {
  return TRACE_SIGNALS.get(name);
}

const commandTypeOf = (schema: CircuitCommandSchema): string => schema.shape.type.value;

/** The definitions that add a command of this type (none: an engine command, or unknown). */
export function circuitsWithCommand(type: string): readonly CircuitDefinition[] {
  return CIRCUIT_DEFINITIONS.filter((d) => d.commands.some((schema) => commandTypeOf(schema) === type));
}

/** The definitions whose inactivationRegions include this region (the shared `inactivate` command). */
export function circuitsWithRegion(region: string): readonly CircuitDefinition[] {
  return CIRCUIT_DEFINITIONS.filter((d) => d.inactivationRegions?.options.includes(region) === true);
}
