/** Checks of the manipulation commands: the population, the subset's ranges, a rate clamp's rate. */
import type { PathSegment } from '../errors';
import type { NeuronSubset } from '../schema/manipulations';
import { checkRef, type CheckContext } from './context';

type Manipulation = { type: 'lesion' | 'voltageClamp' | 'rateClamp' | 'releaseClamp'; population: string; neurons?: NeuronSubset; rateHz?: number };

export function checkManipulation(ctx: CheckContext, path: readonly PathSegment[], command: Manipulation): void {
  if (!checkRef(ctx, [...path, 'population'], command.population, ctx.populations, 'population')) return;
  checkSubset(ctx, [...path, 'neurons'], command.neurons, command.population);
  if (command.type === 'voltageClamp' || (command.type === 'rateClamp' && command.rateHz === undefined)) {
    const model = ctx.populations.get(command.population)!.model;
    if (command.type === 'voltageClamp' && model === 'poisson') {
      ctx.report([...path, 'population'], `population "${command.population}" is a Poisson spike source: it has no membrane to clamp (use rateClamp)`);
    } else if (command.type === 'rateClamp' && model !== undefined && model !== 'poisson') {
      ctx.report([...path, 'rateHz'], `population "${command.population}" has a membrane model (${model}) and no resting rate of its own: give rateHz`);
    }
  }
}

/** Reports subset ranges outside the population (or reversed); a fraction is bounded by the schema. */
export function checkSubset(ctx: CheckContext, path: readonly PathSegment[], subset: NeuronSubset | undefined, populationId: string): void {
  const population = ctx.populations.get(populationId);
  if (subset === undefined || population === undefined || !('ranges' in subset)) return;
  subset.ranges.forEach((range, r) => {
    if (range.last >= population.count) {
      ctx.report([...path, 'ranges', r, 'last'], `neuron index ${range.last} is out of range: population "${populationId}" has ${population.count} neurons (indices 0-${population.count - 1})`);
    }
    if (range.first > range.last) ctx.report([...path, 'ranges', r, 'first'], `must be ≤ last (${range.last}), got ${range.first}`);
  });
}
