/** Checks of a belief-learner config that its schema cannot say: the cue task's reward must be able to happen. */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { BeliefCircuitConfig } from './configSchema';

export function checkBeliefLearners(ctx: CircuitCheckContext, config: BeliefCircuitConfig, path: readonly PathSegment[]): void {
  if (config.task === 'salience' && config.rewardProbability === 0) {
    ctx.report([...path, 'rewardProbability'], 'with no reward after the light there is nothing for the learners to learn (set a reward probability above 0)');
  }
}
