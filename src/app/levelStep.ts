import type { LevelRecorder } from '../levels/metrics/levelRecorder';
import { stepSim } from '../sim/schedule';
import { timelineStatus } from '../sim/timeline/trialTimeline';
import type { SimWorld } from '../sim/world/world';

/**
 * One tick of a level, the same on the main thread and in the fast-forward worker: the engine's
 * schedule, then the objective recorder, which must see the tick's events before anyone clears them.
 */
export function stepLevel(world: SimWorld, recorder: LevelRecorder): void {
  stepSim(world);
  recorder.afterTick(world);
}

/** True once the level's timeline has run its last trial (levels without a timeline never finish). */
export function timelineDone(world: SimWorld): boolean {
  return timelineStatus(world)?.stage === 'done';
}
