/**
 * Which neurons of a population a manipulation (lesion, clamp) acts on: all of them, a seeded random
 * fraction, or index ranges. Commands arrive as raw data (from the player, the CLI or the timeline),
 * so the subset is checked here and a bad one comes back as a rejection, never a throw.
 *
 * A fraction takes the first round(fraction × count) neurons of a seeded shuffle of the population.
 * The shuffle's stream is derived from the level seed and the names of the population and the draw
 * (spawnStream: not world state, so it shifts no other stream), and is the same every time: the
 * same { fraction, draw } picks the same neurons (so a later restore undoes exactly that lesion),
 * and a smaller fraction of the same draw is a subset of a larger one.
 */
import { spawnStream } from '../build/spawnRandom';
import { reject, type CommandRejection } from '../commands/commandRejection';
import type { Population, SimWorld } from '../world/world';

/** A subset as commands carry it. `ranges` are inclusive neuron indices within the population. */
export type NeuronSubsetSpec =
  | { fraction: number; draw?: string }
  | { ranges: ReadonlyArray<{ first: number; last: number }> };

const DEFAULT_DRAW = 'default';

const isIndex = (value: unknown, count: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;

/**
 * The eids of `population` that `raw` selects (all of them when raw is undefined), in increasing
 * order, or a reason why raw is not a subset of this population.
 */
export function resolveNeuronSubset(world: SimWorld, population: Population, raw: unknown): Int32Array | CommandRejection {
  const { firstEid, count } = population;
  if (raw === undefined) return Int32Array.from({ length: count }, (_, i) => firstEid + i);
  if (typeof raw !== 'object' || raw === null) return reject('subsetShape');
  const subset = raw as Record<string, unknown>;
  if ('fraction' in subset) {
    const fraction = subset.fraction;
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) return reject('subsetFractionOutOfRange', { got: String(fraction) });
    const draw = subset.draw ?? DEFAULT_DRAW;
    if (typeof draw !== 'string') return reject('subsetDrawNotName');
    return seededFraction(world.seed, population, fraction, draw);
  }
  if ('ranges' in subset) {
    const ranges = subset.ranges;
    if (!Array.isArray(ranges) || ranges.length === 0) return reject('subsetRangesEmpty');
    const chosen = new Uint8Array(count);
    for (let r = 0; r < ranges.length; r++) {
      const range = ranges[r] as { first?: unknown; last?: unknown } | null;
      if (!isIndex(range?.first, count) || !isIndex(range?.last, count) || range.first > range.last) {
        return reject('subsetRangeOutOfBounds', { index: r, count, population: population.name });
      }
      for (let i = range.first; i <= range.last; i++) chosen[i] = 1;
    }
    const eids: number[] = [];
    for (let i = 0; i < count; i++) if (chosen[i] === 1) eids.push(firstEid + i);
    return Int32Array.from(eids);
  }
  return reject('subsetShape');
}

function seededFraction(levelSeed: number, population: Population, fraction: number, draw: string): Int32Array {
  const { firstEid, count } = population;
  const take = Math.round(fraction * count);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const stream = spawnStream(levelSeed, `subset/${population.name}/${draw}`);
  // Fisher–Yates from the front: the first `take` places are a uniform random subset, and they do
  // not depend on how many are taken, so fractions of one draw nest.
  for (let i = 0; i < take; i++) {
    const j = i + stream.int(count - i);
    const t = order[i]; order[i] = order[j]; order[j] = t;
  }
  const picked = order.subarray(0, take).sort();
  for (let k = 0; k < picked.length; k++) picked[k] += firstEid;
  return picked;
}
