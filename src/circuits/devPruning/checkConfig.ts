/**
 * Checks of a pruning config that its schema cannot say: the schedule's order, the inputs, whether
 * the task can be drawn, and whether the page can run the network.
 */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { DevPruningCircuitConfig } from './configSchema';
import { epochWorkUnits, MAX_UNITS_PER_EPOCH, MAX_UNITS_PER_MS } from './epochWork';

export function checkDevPruning(ctx: CircuitCheckContext, config: DevPruningCircuitConfig, path: readonly PathSegment[]): void {
  if (config.informativeInputs > config.inputs) ctx.report([...path, 'informativeInputs'], `${config.informativeInputs} informative inputs do not fit in ${config.inputs} inputs`);
  // Prototypes are ±1 on the informative inputs: there are only 2^informativeInputs different ones.
  const distinct = 2 ** config.informativeInputs;
  if (config.categories > distinct) ctx.report([...path, 'categories'], `${config.categories} categories need distinct prototypes, and ${config.informativeInputs} informative inputs give at most ${distinct}`);
  if (config.startFraction > config.peakFraction) ctx.report([...path, 'startFraction'], `the synapses at the start (${config.startFraction}) must not exceed the peak (peakFraction ${config.peakFraction}): there would be no peak`);
  if (config.pruneEndEpoch <= config.pruneStartEpoch) ctx.report([...path, 'pruneEndEpoch'], `pruning must end (epoch ${config.pruneEndEpoch}) after it starts (epoch ${config.pruneStartEpoch})`);
  if (config.pruneStartEpoch < config.growthEpochs) ctx.report([...path, 'pruneStartEpoch'], `pruning must start (epoch ${config.pruneStartEpoch}) after growth ends (epoch ${config.growthEpochs})`);
  const units = epochWorkUnits(config);
  if (units > MAX_UNITS_PER_EPOCH) {
    ctx.report([...path, 'testExamples'], `one epoch would pass ${units} example-synapse units ((2·testExamples + 6·examplesPerEpoch) × possible synapses), more than the ${MAX_UNITS_PER_EPOCH} a frame can hold: use fewer test or training examples, inputs or hidden units`);
  } else if (units / config.epochEveryMs > MAX_UNITS_PER_MS) {
    ctx.report([...path, 'epochEveryMs'], `an epoch every ${config.epochEveryMs} ms would cost ${Math.round(units / config.epochEveryMs)} example-synapse units per ms of level time, more than the ${MAX_UNITS_PER_MS} the page can run smoothly: make epochs at least ${Math.ceil(units / MAX_UNITS_PER_MS)} ms apart, or the network or its example sets smaller`);
  }
}
