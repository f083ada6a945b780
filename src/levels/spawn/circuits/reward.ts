/** The reward circuit's installer: level config → RewardCircuitSpec → src/circuits/reward on the built world. */
import { installRewardCircuit } from '../../../circuits/reward/rewardCircuit';
import type { RewardCircuitSpec } from '../../../circuits/reward/rewardCircuitSpec';
import type { RewardCircuitConfig } from '../../schema/circuits';
import type { CircuitInstaller } from './index';

export function toRewardCircuitSpec(config: RewardCircuitConfig): RewardCircuitSpec {
  const { kind: _kind, id, cues, ...rest } = config;
  return { name: id, cues: [...cues], ...rest };
}

export const rewardCircuitInstaller: CircuitInstaller<'reward'> = {
  install(ctx, world, config, path) {
    try {
      installRewardCircuit(world, toRewardCircuitSpec(config));
    } catch (error) {
      ctx.report(path, `the reward circuit could not be installed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
