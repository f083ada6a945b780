/**
 * Phase: monitors. Installed by installTimeline only when a phase criterion measures a modulator
 * level. Reads: the timeline cursor, modulators.level. Writes: the criterion's levelSum (level after
 * each tick of the current trial, and the tick count), so phaseCriteria can take the trial's mean
 * level as the level metric does (LevelRecorder adds the level after every tick of a trial too).
 */
import type { SimWorld } from '../world/world';
import { Cursor, Stage, trialTimelineOf } from './trialTimeline';
import { compilePhaseCriteria } from './phaseCriteria';

export function accumulateCriterionLevels(world: SimWorld): void {
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.cursor[Cursor.stage] !== Stage.trial) return;
  const criterion = timeline.phases[timeline.cursor[Cursor.phase]].criterion;
  if (criterion === null || criterion.levelSum === null) return;
  if (criterion.measure === null) compilePhaseCriteria(world);
  criterion.levelSum[0] += world.modulators.level[criterion.measure!.pool];
  criterion.levelSum[1] += 1;
}
