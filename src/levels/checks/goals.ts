/** Checks of what the player sees and does: monitors and player parameters (objectives: recorded.ts). */
import type { PathSegment } from '../errors';
import { MODULATOR_FIELDS, NEURON_FIELDS, SYNAPSE_FIELDS } from '../schema/monitors';
import { checkIndices, checkRef, checkUnique, type CheckContext } from './context';
import type { PlayerParameter } from '../schema/playerParameters';
import { fieldSchema, parameterRange } from '../../circuits/plugin/param';
import { checkCommand, checkParameterPath, checkPreIndices } from './shared';
import { circuitDefinitionOf, circuitTraceSignal } from '../../circuits/registry';

const FIELDS_BY_TARGET: Record<string, readonly string[]> = { neuron: NEURON_FIELDS, synapse: SYNAPSE_FIELDS, modulator: MODULATOR_FIELDS };

export function checkMonitors(ctx: CheckContext): void {
  checkUnique(ctx, ['monitors'], ctx.level.monitors, 'monitor');
  ctx.level.monitors.forEach((monitor, i) => {
    const path: PathSegment[] = ['monitors', i];
    if (monitor.kind === 'spikes') {
      if (monitor.population !== undefined) checkRef(ctx, [...path, 'population'], monitor.population, ctx.populations, 'population');
      return;
    }
    if (monitor.kind === 'rate') { checkRef(ctx, [...path, 'population'], monitor.population, ctx.populations, 'population'); return; }
    if (monitor.kind === 'trace') { traceCircuitOf(ctx, path, monitor); return; }
    const needed = monitor.target === 'neuron' ? 'population' : monitor.target === 'synapse' ? 'projection' : 'modulator';
    for (const key of ['population', 'projection', 'modulator'] as const) {
      if (key !== needed && monitor[key] !== undefined) ctx.report([...path, key], `is not used by a ${monitor.target} probe (set ${needed} instead)`);
    }
    const ref = monitor[needed];
    if (ref === undefined) ctx.report([...path, needed], `is required for a ${monitor.target} probe`);
    else checkRef(ctx, [...path, needed], ref, needed === 'population' ? ctx.populations : needed === 'projection' ? ctx.projections : ctx.modulators, needed);
    if (!FIELDS_BY_TARGET[monitor.target].includes(monitor.field)) {
      ctx.report([...path, 'field'], `a ${monitor.target} probe records one of ${FIELDS_BY_TARGET[monitor.target].map((f) => `"${f}"`).join(', ')}, got "${monitor.field}"`);
    }
    if (monitor.target === 'neuron' && monitor.population !== undefined) checkIndices(ctx, [...path, 'indices'], monitor.indices, monitor.population);
    if (monitor.target === 'modulator' && monitor.indices !== undefined) ctx.report([...path, 'indices'], 'a modulator probe has no indices');
    if (monitor.synapses !== undefined) {
      if (monitor.target !== 'synapse') ctx.report([...path, 'synapses'], `is only for synapse probes, not ${monitor.target} probes`);
      else if (monitor.indices !== undefined) ctx.report([...path, 'synapses'], 'give either indices or synapses, not both');
      else if (monitor.projection !== undefined) checkPreIndices(ctx, [...path, 'synapses'], monitor.projection, monitor.synapses);
    }
  });
}

export function checkPlayerCommands(ctx: CheckContext): void {
  checkUnique(ctx, ['playerCommands'], ctx.level.playerCommands, 'player command');
  ctx.level.playerCommands.forEach((control, i) => {
    checkCommand(ctx, ['playerCommands', i, 'command'], control.command);
    if (control.undo !== undefined) checkCommand(ctx, ['playerCommands', i, 'undo'], control.undo);
  });
}

/** The id of the circuit a trace monitor records from, reporting why there is none (undefined then). */
export function traceCircuitOf(ctx: CheckContext, path: readonly PathSegment[], monitor: { signal: string; circuit?: string }): string | undefined {
  const signal = circuitTraceSignal(monitor.signal);
  if (!signal) { ctx.report([...path, 'signal'], `no circuit records "${monitor.signal}"`); return undefined; }
  const kind = signal.circuitKind;
  const circuits = ctx.level.circuits.filter((c) => c.kind === kind);
  if (monitor.circuit !== undefined) {
    return checkRef(ctx, [...path, 'circuit'], monitor.circuit, new Set(circuits.map((c) => c.id)), `${kind} circuit`) ? monitor.circuit : undefined;
  }
  if (circuits.length === 1) return circuits[0].id;
  ctx.report([...path, 'signal'], circuits.length === 0
    ? `"${monitor.signal}" is a signal of ${signal.circuitTitle}, and the level has none`
    : `the level has ${circuits.length} ${kind} circuits: name one in circuit`);
  return undefined;
}

export function checkPlayerParameters(ctx: CheckContext): void {
  const seen = new Set<string>();
  ctx.level.playerParameters.forEach((parameter, i) => {
    const path: PathSegment[] = ['playerParameters', i];
    if (seen.has(parameter.path)) ctx.report([...path, 'path'], `duplicate player parameter "${parameter.path}"`);
    seen.add(parameter.path);
    if (parameter.min > parameter.max) ctx.report([...path, 'min'], `must be ≤ max (${parameter.max}), got ${parameter.min}`);
    if (parameter.step !== undefined && parameter.min <= parameter.max && parameter.step > parameter.max - parameter.min && parameter.max > parameter.min) {
      ctx.report([...path, 'step'], `must be ≤ max − min (${parameter.max - parameter.min}), got ${parameter.step}`);
    }
    const value = checkParameterPath(ctx, [...path, 'path'], parameter.path);
    if (value !== undefined && (value < parameter.min || value > parameter.max)) {
      ctx.report([...path, 'path'], `the level's current value ${value} is outside [${parameter.min}, ${parameter.max}]`);
    }
    if (value !== undefined) checkSliderFitsField(ctx, path, parameter);
  });
}

/** The bounds a circuit field's schema gives (units, range, integer), or undefined for other paths. */
function circuitFieldRange(ctx: CheckContext, parameterPath: string) {
  const [root, id, ...field] = parameterPath.split('.');
  const config = root === 'circuits' ? ctx.level.circuits.find((c) => c.id === id) : undefined;
  const schema = config === undefined ? undefined : fieldSchema(circuitDefinitionOf(config.kind).schema, field);
  return schema === undefined ? undefined : parameterRange(schema);
}

/** Every value the slider can reach must be one the field accepts: within its bounds, and whole for a count. */
function checkSliderFitsField(ctx: CheckContext, path: readonly PathSegment[], parameter: PlayerParameter): void {
  const range = circuitFieldRange(ctx, parameter.path);
  if (range === undefined) return;
  const field = `${parameter.path} accepts`;
  const bounds = `${range.minExclusive ? '>' : '≥'} ${range.min} and ≤ ${range.max}`;
  if (parameter.min < range.min || (range.minExclusive && parameter.min === range.min)) ctx.report([...path, 'min'], `${field} values ${bounds}, so the slider's min ${parameter.min} is out of range`);
  if (parameter.max > range.max) ctx.report([...path, 'max'], `${field} values ${bounds}, so the slider's max ${parameter.max} is out of range`);
  if (!range.integer) return;
  if (!Number.isInteger(parameter.min)) ctx.report([...path, 'min'], `${field} whole numbers only, got ${parameter.min}`);
  if (parameter.step === undefined || !Number.isInteger(parameter.step)) {
    ctx.report([...path, 'step'], `${field} whole numbers only: give a whole-number step, got ${parameter.step ?? 'none'}`);
  }
}
