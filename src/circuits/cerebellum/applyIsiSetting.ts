/**
 * Phase: trial timeline (before advanceTrialTimeline). When the player or a lesson has set the ISI
 * (command setIsiMs), the timeline's fixed-time puff events take it; the value lives in the
 * registered cerebellum.isiMs, so a restored snapshot restores the protocol too.
 * Reads: cerebellum.isiMs. Writes: the `ms` of the compiled puff events (fixed-time ones only;
 * without a setting, the timeline's own).
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';
import { stateKey } from '../../sim';

export const PUFF_EVENTS = stateKey<PuffEvents>('cerebellum/isi');

/** The compiled puff events the ISI setting retimes, with the time the timeline gave each. */
export type PuffEvents = Array<{ event: { ms: number }; timelineMs: number }>;

export function applyIsiSetting(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const isi = state.isiMs[0];
  const events = world.state.require(PUFF_EVENTS);
  // NaN (no setting, e.g. after restoring an earlier snapshot) gives back the timeline's own times.
  for (let i = 0; i < events.length; i++) events[i].event.ms = Number.isNaN(isi) ? events[i].timelineMs : isi;
}
