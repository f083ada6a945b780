/** What spawnLevel hands back beside the world: the specs it built and the objective recorder. */
import type { NetworkSpec } from '../../sim/build/networkSpec';
import type { TimelineSpec } from '../../sim/timeline/timelineSpec';
import type { SimWorld } from '../../sim/world/world';
import type { LevelRecorder } from '../metrics/levelRecorder';
import type { Level } from '../schema/level';

export interface LevelRun {
  readonly level: Level;
  readonly seed: number;
  readonly world: SimWorld;
  /** The engine specs the world was built from (plain data: they can be stored and diffed). */
  readonly networkSpec: NetworkSpec;
  readonly timelineSpec: TimelineSpec;
  /** Ticks the timeline lasts (every trial and intertrial gap); 0 without a timeline. */
  readonly timelineTicks: number;
  /** The default run length: the timeline's, or the level's durationMs. */
  readonly runTicks: number;
  /** Call recorder.afterTick(world) after each stepSim (before clearing events) to track objectives. */
  readonly recorder: LevelRecorder;
}
