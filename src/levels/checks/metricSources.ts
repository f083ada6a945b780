/**
 * Checks of the metrics that read a projection's presynaptic neurons, so that a bad level is refused
 * on load with a coded reason (worded in the player's language) instead of failing at spawn:
 * - inputDominanceIndex: `favoured` and `other` index neurons of the projection's source population,
 *   and no neuron is in both groups (the schema already refuses an empty list);
 * - tuningCorrelation: each projection's source population has at least `channels` neurons (each
 *   channel needs one);
 * - isiCv: its spike record (a slot per measured neuron per tick of the window, so that no interval
 *   of the window is lost; sim/timeline/isiRecord.ts) stays within MAX_ISI_RECORD_SLOTS.
 * Projections a circuit brings (not in level.projections) are checked by the circuit's own spawn.
 */
import { gotParams, type PathSegment } from '../errors';
import { isiRecordSlots, MAX_ISI_RECORD_SLOTS } from '../../sim/timeline/isiRecord';
import type { CheckContext } from './context';

export function checkMetricSources(ctx: CheckContext, argsPath: readonly PathSegment[], metric: string, args: Record<string, unknown>): void {
  if (metric === 'inputDominanceIndex') checkDominanceGroups(ctx, argsPath, args);
  if (metric === 'tuningCorrelation') checkChannels(ctx, argsPath, args);
  if (metric === 'isiCv') checkIsiWindow(ctx, argsPath, args);
}

function checkIsiWindow(ctx: CheckContext, argsPath: readonly PathSegment[], args: Record<string, unknown>): void {
  const population = typeof args.population === 'string' ? ctx.populations.get(args.population) : undefined;
  const windowMs = args.windowMs;
  if (population === undefined || typeof windowMs !== 'number') return;
  const neurons = Array.isArray(args.neurons) ? new Set(args.neurons).size : population.count;
  const dtMs = ctx.level.dtMs;
  if (isiRecordSlots(neurons, Math.max(1, Math.round(windowMs / dtMs))) <= MAX_ISI_RECORD_SLOTS) return;
  const limitMs = Math.floor((Math.floor(MAX_ISI_RECORD_SLOTS / neurons) - 1) * dtMs);
  ctx.report([...argsPath, 'windowMs'], `must be ≤ ${limitMs} for ${neurons} neurons at dtMs ${dtMs}: the measure keeps a slot per neuron per tick of its window (at most ${MAX_ISI_RECORD_SLOTS}), got ${windowMs}`,
    { code: 'atMost', params: { limit: limitMs, ...gotParams(windowMs) } });
}

/** The source population of a level projection (undefined when unknown: reported elsewhere). */
function sourceOf(ctx: CheckContext, projectionId: unknown): { id: string; count: number } | undefined {
  if (typeof projectionId !== 'string') return undefined;
  const projection = ctx.level.projections.find((p) => p.id === projectionId);
  return projection === undefined ? undefined : ctx.populations.get(projection.from);
}

function checkDominanceGroups(ctx: CheckContext, argsPath: readonly PathSegment[], args: Record<string, unknown>): void {
  const source = sourceOf(ctx, args.projection);
  if (source === undefined) return;
  const groupOf = new Map<number, string>();
  for (const group of ['favoured', 'other'] as const) {
    const indices = args[group];
    if (!Array.isArray(indices)) continue;
    indices.forEach((index: number, i) => {
      const at = [...argsPath, group, i];
      if (index >= source.count) {
        ctx.report(at, `neuron index ${index} is out of range: population "${source.id}" (the source of projection "${String(args.projection)}") has ${source.count} neurons`,
          { code: 'indexOutsidePopulation', params: { index, population: source.id, count: source.count } });
        return;
      }
      const first = groupOf.get(index);
      if (first !== undefined && first !== group) {
        ctx.report(at, `neuron ${index} is also in ${first}: a source neuron can count for one group only`,
          { code: 'indexInBothGroups', params: { index, group: first } });
      }
      groupOf.set(index, first ?? group);
    });
  }
}

function checkChannels(ctx: CheckContext, argsPath: readonly PathSegment[], args: Record<string, unknown>): void {
  const channels = args.channels;
  if (typeof channels !== 'number') return;
  for (const key of ['projection', 'otherProjection'] as const) {
    const source = sourceOf(ctx, args[key]);
    if (source === undefined || source.count >= channels) continue;
    ctx.report([...argsPath, 'channels'], `must be at most ${source.count}: projection "${String(args[key])}" comes from population "${source.id}" with ${source.count} neurons, fewer than ${channels} channels`,
      { code: 'fewerNeuronsThanChannels', params: { projection: String(args[key]), population: source.id, count: source.count, channels } });
  }
}
