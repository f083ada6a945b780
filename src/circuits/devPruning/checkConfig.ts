/**
 * Checks of a pruning config that its schema cannot say: the schedule's order, the inputs, whether
 * the task can be drawn, and whether the page can run the network. Each carries a code (levels/errors.ts)
 * so a page in another language words it; the English message says why as well.
 */
import { gotNumber, type CircuitCheckContext, type PathSegment } from '../plugin/contexts';
import type { DevPruningCircuitConfig } from './configSchema';
import { epochWorkUnits, MAX_UNITS_PER_EPOCH, MAX_UNITS_PER_MS } from './epochWork';

export function checkDevPruning(ctx: CircuitCheckContext, config: DevPruningCircuitConfig, path: readonly PathSegment[]): void {
  if (config.informativeInputs > config.inputs) {
    ctx.report([...path, 'informativeInputs'], `must be at most ${config.inputs}, the number of inputs, got ${config.informativeInputs}: informative inputs are some of the inputs`,
      { code: 'atMost', params: { limit: config.inputs, limitField: 'inputs', ...gotNumber(config.informativeInputs) } });
  }
  // Prototypes are ±1 on the informative inputs: there are only 2^informativeInputs different ones.
  const distinct = 2 ** config.informativeInputs;
  if (config.categories > distinct) {
    ctx.report([...path, 'categories'], `must be at most ${distinct}, got ${config.categories}: each category needs a prototype of its own, and ${config.informativeInputs} informative ${config.informativeInputs === 1 ? 'input gives' : 'inputs give'} only ${distinct}`,
      { code: 'atMost', params: { limit: distinct, ...gotNumber(config.categories) } });
  }
  if (config.startFraction > config.peakFraction) {
    ctx.report([...path, 'startFraction'], `must be at most ${config.peakFraction}, the peak (peakFraction), got ${config.startFraction}: otherwise there is no peak`,
      { code: 'atMost', params: { limit: config.peakFraction, limitField: 'peakFraction', ...gotNumber(config.startFraction) } });
  }
  if (config.pruneEndEpoch <= config.pruneStartEpoch) {
    ctx.report([...path, 'pruneEndEpoch'], `must be more than ${config.pruneStartEpoch}, the epoch pruning starts (pruneStartEpoch), got ${config.pruneEndEpoch}`,
      { code: 'moreThan', params: { limit: config.pruneStartEpoch, limitField: 'pruneStartEpoch', ...gotNumber(config.pruneEndEpoch) } });
  }
  if (config.pruneStartEpoch < config.growthEpochs) {
    ctx.report([...path, 'pruneStartEpoch'], `must be at least ${config.growthEpochs}, the epoch growth ends (growthEpochs), got ${config.pruneStartEpoch}`,
      { code: 'atLeast', params: { limit: config.growthEpochs, limitField: 'growthEpochs', ...gotNumber(config.pruneStartEpoch) } });
  }
  const units = epochWorkUnits(config);
  if (units > MAX_UNITS_PER_EPOCH) {
    ctx.report([...path, 'testExamples'], `one epoch would pass ${units} example-synapse units ((2·testExamples + 6·examplesPerEpoch) × possible synapses), more than the ${MAX_UNITS_PER_EPOCH} a frame can hold: use fewer test or training examples, inputs or hidden units`,
      { code: 'networkWorkPerEpoch', params: { units, limit: MAX_UNITS_PER_EPOCH } });
  } else if (units / config.epochEveryMs > MAX_UNITS_PER_MS) {
    const unitsPerMs = Math.round(units / config.epochEveryMs);
    const minMs = Math.ceil(units / MAX_UNITS_PER_MS);
    ctx.report([...path, 'epochEveryMs'], `an epoch every ${config.epochEveryMs} ms would cost ${unitsPerMs} example-synapse units per ms of level time, more than the ${MAX_UNITS_PER_MS} the page can run smoothly: make epochs at least ${minMs} ms apart, or the network or its example sets smaller`,
      { code: 'networkWorkPerMs', params: { everyMs: config.epochEveryMs, units: unitsPerMs, limit: MAX_UNITS_PER_MS, minMs } });
  }
}
