/** The reward circuit's spawn: level config → RewardCircuitSpec → installRewardCircuit on the built world. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installRewardCircuit } from './rewardCircuit';
import type { RewardCircuitSpec } from './rewardCircuitSpec';
import type { RewardCircuitConfig } from './configSchema';

export function toRewardCircuitSpec(config: RewardCircuitConfig): RewardCircuitSpec {
  const { kind: _kind, id, cues, ...rest } = config;
  return { name: id, cues: [...cues], ...rest };
}

export function spawnRewardCircuit(ctx: CircuitSpawnContext, world: SimWorld, config: RewardCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installRewardCircuit(world, toRewardCircuitSpec(config));
  } catch (error) {
    ctx.report(path, `the reward circuit could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
