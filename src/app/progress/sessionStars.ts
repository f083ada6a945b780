/**
 * Stars for the page's running level: the level's own star rules (src/levels/campaign awardStars)
 * applied to what the page's session has recorded so far.
 */
import { awardStars, type StarAward } from '../../levels/campaign/stars';
import type { ObjectiveOutcome } from '../../levels/objectives/evaluateObjectives';
import type { RunResult } from '../../levels/runLevel';
import type { LevelSession } from '../levelSession';

export function sessionStars(s: LevelSession, objectives: ObjectiveOutcome[]): StarAward {
  const ticks = s.world.clock[0];
  const result: RunResult = {
    levelId: s.id,
    seed: s.seed,
    dtMs: s.world.dtMs,
    ticks,
    simulatedMs: ticks * s.world.dtMs,
    stopReason: 'duration',
    trials: s.recorder.trials,
    objectives,
    monitors: {},
    commandLog: [],
    events: {},
    stateHash: '',
  };
  return awardStars(s.level, result);
}
