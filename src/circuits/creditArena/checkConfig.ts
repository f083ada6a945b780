/** Checks of an arena's config that its schema cannot say: the pattern set must fit its input bits. */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { ArenaCircuitConfig } from './configSchema';

export function checkCreditArena(ctx: CircuitCheckContext, config: ArenaCircuitConfig, path: readonly PathSegment[]): void {
  if (config.task === 'patterns' && config.patterns > 2 ** config.patternInputs) {
    ctx.report([...path, 'patterns'], `${config.patterns} distinct patterns do not fit in ${config.patternInputs} input bits (at most ${2 ** config.patternInputs})`);
  }
}
