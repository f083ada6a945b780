/** Checks of a reversal agent's config that its schema cannot say: the trial's events must come in order within the trial. */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { ReversalCircuitConfig } from './configSchema';

export function checkReversal(ctx: CircuitCheckContext, config: ReversalCircuitConfig, path: readonly PathSegment[]): void {
  if (config.decisionMs > config.outcomeMs) {
    ctx.report([...path, 'decisionMs'], `the choice (${config.decisionMs} ms) must come before the outcome (${config.outcomeMs} ms)`);
  }
  // The error unit's input must arrive before the next trial's cue, or a trial would miss its error response.
  const errorEndMs = config.outcomeMs + config.errorDelayMs + config.errorPulseMs;
  if (errorEndMs >= config.trialMs) {
    ctx.report([...path, 'trialMs'], `the trial (${config.trialMs} ms) must outlast the outcome's signal to the error unit (${errorEndMs} ms after the cue)`);
  }
}
