/** Checks shared by the timeline and the goals: commands, metric uses and thresholds. */
import type { PathSegment } from '../errors';
import { lookupNumber } from '../paths';
import { liveParameter } from '../liveParameters';
import type { Command } from '../schema/commands';
import { METRIC_REFERENCE_KEYS } from '../schema/metrics';
import { checkIndices, checkRef, type CheckContext } from './context';
import { eventRefNames, knownEventRef } from '../metrics/trialEvents';
import { checkManipulation, checkSubset } from './manipulations';
import { checkMetricSources } from './metricSources';
import { gotParams } from '../errors';
import { circuitMetric, circuitMetricOwner, circuitsWithCommand, circuitsWithRegion } from '../../circuits/registry';
import type { CircuitDefinition } from '../../circuits/plugin/circuitDefinition';

const UNSETTABLE_ROOTS = new Set(['schemaVersion', 'playerParameters', 'playerCommands', 'objectives', 'monitors', 'lesson']);

/** Checks that a parameter path names an existing number field the sim may change. */
export function checkParameterPath(ctx: CheckContext, path: readonly PathSegment[], parameterPath: string): number | undefined {
  const root = parameterPath.split('.')[0];
  if (UNSETTABLE_ROOTS.has(root)) { ctx.report(path, `"${parameterPath}" cannot be changed while playing (${root} is not a simulation parameter)`); return undefined; }
  const found = lookupNumber(ctx.level, parameterPath);
  if (!found.ok) { ctx.report(path, `does not point at a number field of the level: ${found.reason}`); return undefined; }
  return found.value;
}

/** A command's setParameter runs in the running world: its path must also be one the world can change (the run rejects others). */
function checkLiveParameterPath(ctx: CheckContext, path: readonly PathSegment[], parameterPath: string): void {
  if (checkParameterPath(ctx, path, parameterPath) === undefined) return;
  if (liveParameter(ctx.level, parameterPath) === undefined) {
    ctx.report(path, `"${parameterPath}" cannot be changed while the level runs (live: stimuli.<id>.amplitudePa/sdPa/weight/amount, neuronTypes.<id>.a/b/c/d/rateHz, projections.<id>.weight and each circuit's live fields); make it a player parameter or set it in the level instead`);
  }
}

/** A live value with a range of its own (a learning rate) must be inside it: the run would refuse it ('outsideRange'). */
function checkLiveRange(ctx: CheckContext, path: readonly PathSegment[], parameterPath: string, value: number): void {
  const live = liveParameter(ctx.level, parameterPath);
  if (live?.kind === 'proteinSynthesis' && (value < 0 || value > 1)) {
    ctx.report(path, `must be within [0, 1] (the protein-synthesis capacity of "${live.population}"), got ${value}`,
      { code: 'outsideRange', params: { min: 0, max: 1, ...gotParams(value) } });
  }
  if (live?.kind !== 'learningRate' || (value >= live.min && value <= live.max)) return;
  ctx.report(path, `must be within [${live.min}, ${live.max}] (the learning rate of projection "${live.id}"), got ${value}`,
    { code: 'outsideRange', params: { min: live.min, max: live.max, ...gotParams(value) } });
}

/**
 * A circuit's command has a handler only in a world with that circuit (its install registers it):
 * reports a command type, or an inactivation region, whose circuits the level does not have.
 */
function checkCommandOwner(ctx: CheckContext, path: readonly PathSegment[], owners: readonly CircuitDefinition[], what: string): void {
  if (owners.length === 0 || owners.some((d) => ctx.level.circuits.some((c) => c.kind === d.kind))) return;
  ctx.report(path, `${what} belongs to ${owners.map((d) => d.title).join(' or ')}, which the level does not have (add it to circuits)`);
}

export function checkCommand(ctx: CheckContext, path: readonly PathSegment[], command: Command): void {
  checkCommandOwner(ctx, [...path, 'type'], circuitsWithCommand(command.type), `the command "${command.type}"`);
  if (command.type === 'inactivate') checkCommandOwner(ctx, [...path, 'region'], circuitsWithRegion(String(command.region)), `the region "${String(command.region)}"`);
  switch (command.type) {
    case 'setParameter': checkLiveParameterPath(ctx, [...path, 'path'], command.path); checkLiveRange(ctx, [...path, 'value'], command.path, command.value); return;
    case 'lesion': case 'voltageClamp': case 'rateClamp': case 'releaseClamp': checkManipulation(ctx, path, command); return;
    case 'inactivate': checkSubset(ctx, [...path, 'neurons'], command.neurons, String(command.region)); return;
    case 'setPlasticity': checkRef(ctx, [...path, 'projection'], command.projection, ctx.projections, 'projection'); return;
    case 'deliverReward':
      if (command.modulator !== undefined) checkRef(ctx, [...path, 'modulator'], command.modulator, ctx.modulators, 'modulator');
      return;
  }
}

/** A circuit metric that reads only circuits with one setting (its needsSetting) names a circuit that has it. */
function checkCircuitSetting(ctx: CheckContext, path: readonly PathSegment[], metric: string, circuit: string, config: Readonly<Record<string, unknown>>): void {
  const needs = circuitMetric(metric)?.needsSetting;
  if (needs === undefined || config[needs.field] === needs.value) return;
  const got = String(config[needs.field]);
  ctx.report(path, `circuit "${circuit}" has ${needs.field} "${got}", but ${metric} reads only a circuit with ${needs.field} "${needs.value}" (choose a metric of its ${needs.field} or a circuit that has it)`,
    { code: 'metricNeedsCircuitSetting', params: { circuit, field: needs.field, value: needs.value, got } });
}

/**
 * Checks the references inside a metric's args. notPerTrial: why a trial-relative window (args.window,
 * args.at) cannot be used here, or undefined where it can (objectives over lastTrials / allTrials).
 */
export function checkMetricArgs(ctx: CheckContext, path: readonly PathSegment[], metric: string, args: Record<string, unknown>, notPerTrial?: string): void {
  const owner = circuitMetricOwner(metric);
  if (typeof args.circuit === 'string' && owner !== undefined) {
    // A circuit's metric reads a circuit of its own kind: `circuit` names one of those.
    const circuits = new Map(ctx.level.circuits.filter((c) => c.kind === owner.kind).map((c) => [c.id, c] as const));
    if (checkRef(ctx, [...path, 'args', 'circuit'], args.circuit, circuits, owner.title.replace(/^the /, ''))) {
      checkCircuitSetting(ctx, [...path, 'args', 'circuit'], metric, args.circuit, circuits.get(args.circuit) as Readonly<Record<string, unknown>>);
    }
  }
  for (const key of ['window', 'at'] as const) {
    const span = args[key] as { from: string; startMs?: number; endMs?: number } | undefined;
    if (span === undefined) continue;
    const spanPath = [...path, 'args', key];
    if (notPerTrial !== undefined) { ctx.report(spanPath, `a trial-relative ${key} cannot be used here: ${notPerTrial}`); continue; }
    if (ctx.level.timeline === undefined) { ctx.report(spanPath, 'needs a timeline (the level has none)'); continue; }
    if (!knownEventRef(ctx.level.timeline, span.from)) {
      ctx.report([...spanPath, 'from'], `unknown event "${span.from}" (known: ${eventRefNames(ctx.level.timeline).join(', ')})`);
    }
    if (span.startMs !== undefined && span.endMs !== undefined && span.endMs <= span.startMs) {
      ctx.report([...spanPath, 'endMs'], `must be > startMs (${span.startMs}), got ${span.endMs}`);
    }
  }
  for (const key of METRIC_REFERENCE_KEYS) {
    const value = args[key];
    if (typeof value !== 'string') continue;
    const known = key === 'population' ? ctx.populations : key === 'projection' || key === 'otherProjection' ? ctx.projections : key === 'modulator' ? ctx.modulators : ctx.contingencies;
    checkRef(ctx, [...path, 'args', key], value, known, key === 'contingency' ? 'reward contingency' : key === 'otherProjection' ? 'projection' : key);
  }
  if (typeof args.population === 'string' && Array.isArray(args.neurons)) {
    checkIndices(ctx, [...path, 'args', 'neurons'], args.neurons as number[], args.population);
  }
  checkMetricSources(ctx, [...path, 'args'], metric, args);
  if (metric === 'meanSynapseState' && typeof args.projection === 'string') {
    // Its fields are the tag-trigger-consolidation rule's per-synapse state (h, l, z).
    const rule = ctx.level.projections.find((p) => p.id === args.projection)?.plasticity.rule;
    if (rule !== undefined && rule !== 'tagTrigger') ctx.report([...path, 'args', 'projection'], `projection "${args.projection}" has rule "${rule}"; ${String(args.field)} needs the tagTrigger rule`);
  }
}

/** Reports a pre index (items[i].pre) outside the source population of a projection. */
export function checkPreIndices(ctx: CheckContext, path: readonly PathSegment[], projectionId: string, items: readonly { pre: number }[]): void {
  const projection = ctx.level.projections.find((p) => p.id === projectionId);
  const from = projection === undefined ? undefined : ctx.populations.get(projection.from);
  if (from === undefined) return;
  const bad = items.findIndex((item) => item.pre >= from.count);
  if (bad >= 0) ctx.report([...path, bad, 'pre'], `neuron index ${items[bad].pre} is out of range: population "${from.id}" has ${from.count} neurons`);
}

/** Checks that a threshold fits its comparison ("between" needs [lo, hi] with lo ≤ hi). */
export function checkThreshold(ctx: CheckContext, path: readonly PathSegment[], comparison: string, threshold: unknown): void {
  const isRange = Array.isArray(threshold);
  if (comparison === 'between' && !isRange) ctx.report([...path, 'threshold'], 'must be [lo, hi] when comparison is "between"');
  if (comparison !== 'between' && isRange) ctx.report([...path, 'threshold'], `must be a single value when comparison is "${comparison}" (use "between" for a range)`);
  if (isRange && (threshold as number[])[0] > (threshold as number[])[1]) {
    ctx.report([...path, 'threshold'], `lo must be ≤ hi, got [${(threshold as number[]).join(', ')}]`);
  }
}
