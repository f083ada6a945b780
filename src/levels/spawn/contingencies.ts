/** Level reward contingencies → engine RewardContingencySpecs (same order, so spec paths match level paths). */
import type { RewardContingencySpec } from '../../sim/contingencies/contingencySpec';
import type { RewardContingency } from '../schema/contingencies';

export function toRewardContingencySpec(contingency: RewardContingency): RewardContingencySpec {
  const { synapse, reward } = contingency;
  return {
    name: contingency.id,
    kind: 'spikePair',
    synapse: { projection: synapse.projection, pre: synapse.pre, nth: synapse.nth },
    windowMs: contingency.windowMs,
    modulator: reward.modulator,
    amount: reward.amount,
    minDelayMs: reward.delayMs.min,
    maxDelayMs: reward.delayMs.max,
  };
}
