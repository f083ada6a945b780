/** The reward circuit's installer (src/circuits/reward). */
import type { CircuitInstaller } from './index';

export const rewardCircuitInstaller: CircuitInstaller<'reward'> = {
  install(ctx, _world, _config, path) {
    ctx.report([...path, 'kind'], 'the reward circuit is not available in this build yet');
  },
};
