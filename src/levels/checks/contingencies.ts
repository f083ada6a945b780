/**
 * Checks of the reward contingencies: ids, references, the pre neuron's index, delays and window.
 * Whether the nth synapse exists depends on the drawn connectivity, so spawnLevel checks that.
 */
import type { PathSegment } from '../errors';
import { checkRef, checkUnique, type CheckContext } from './context';

export function checkRewardContingencies(ctx: CheckContext): void {
  const { level } = ctx;
  checkUnique(ctx, ['rewardContingencies'], level.rewardContingencies, 'reward contingency');
  level.rewardContingencies.forEach((contingency, i) => {
    const path: PathSegment[] = ['rewardContingencies', i];
    const { synapse, reward } = contingency;
    if (checkRef(ctx, [...path, 'synapse', 'projection'], synapse.projection, ctx.projections, 'projection')) {
      // A circuit's projection (not in level.projections) has no level-side population to check against.
      const projection = level.projections.find((p) => p.id === synapse.projection);
      const from = projection === undefined ? undefined : ctx.populations.get(projection.from);
      if (from !== undefined && synapse.pre >= from.count) {
        ctx.report([...path, 'synapse', 'pre'], `neuron index ${synapse.pre} is out of range: population "${from.id}" has ${from.count} neurons`);
      }
    }
    checkRef(ctx, [...path, 'reward', 'modulator'], reward.modulator, ctx.modulators, 'modulator');
    if (reward.delayMs.min > reward.delayMs.max) {
      ctx.report([...path, 'reward', 'delayMs', 'min'], `must be ≤ max (${reward.delayMs.max}), got ${reward.delayMs.min}`);
    }
    if (Math.round(contingency.windowMs / level.dtMs) < 2) {
      ctx.report([...path, 'windowMs'], `must be at least two time steps (${2 * level.dtMs} ms): a post spike counts from one step after the pre spike, got ${contingency.windowMs}`);
    }
  });
}
