/** Checks of a pruning config that its schema cannot say: the schedule's order and the inputs. */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { DevPruningCircuitConfig } from './configSchema';

export function checkDevPruning(ctx: CircuitCheckContext, config: DevPruningCircuitConfig, path: readonly PathSegment[]): void {
  if (config.informativeInputs > config.inputs) ctx.report([...path, 'informativeInputs'], `${config.informativeInputs} informative inputs do not fit in ${config.inputs} inputs`);
  if (config.pruneEndEpoch <= config.pruneStartEpoch) ctx.report([...path, 'pruneEndEpoch'], `pruning must end (epoch ${config.pruneEndEpoch}) after it starts (epoch ${config.pruneStartEpoch})`);
  if (config.pruneStartEpoch < config.growthEpochs) ctx.report([...path, 'pruneStartEpoch'], `pruning must start (epoch ${config.pruneStartEpoch}) after growth ends (epoch ${config.growthEpochs})`);
}
