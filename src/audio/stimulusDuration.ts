/**
 * How long a stimulus that just switched on will stay on, read from the trial timeline (the event of
 * the current trial that targets it and is on), so the tone can be synthesised at its real length.
 */
import type { SimWorld } from '../sim';
import { Cursor, EventStatus, trialTimelineOf } from '../sim/timeline/trialTimeline';

/** Sim milliseconds from `tick` until the stimulus switches off, or null when no timeline event holds it on. */
export function stimulusDurationMs(world: SimWorld, stimulus: string, tick: number): number | null {
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.phases.length === 0) return null;
  const index = world.stimuli.list.findIndex((s) => s.spec.name === stimulus);
  if (index < 0) return null;
  const phase = timeline.phases[timeline.cursor[Cursor.phase]];
  const type = phase?.trialTypes[timeline.cursor[Cursor.trialType]];
  if (!type) return null;
  for (let e = 0; e < type.events.length; e++) {
    if (type.events[e].target !== index || timeline.eventStatus[e] !== EventStatus.on) continue;
    const ticks = timeline.eventOffTick[e] - tick;
    if (ticks > 0) return ticks * world.dtMs;
  }
  return null;
}
