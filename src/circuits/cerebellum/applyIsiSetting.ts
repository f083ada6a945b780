/**
 * Phase: trial timeline (before advanceTrialTimeline). When the player or a lesson has set a CS's
 * ISI (command setIsiMs, config isiMs), the fixed-time puff events of the trial types that cue that
 * CS take it, counted from the CS's onset; the values live in the registered cerebellum.isiMs (one
 * per CS), so a restored snapshot restores the protocol too. A level with two CSs at two intervals
 * keeps both: retiming one CS's puffs leaves the other's alone.
 * Reads: cerebellum.isiMs. Writes: the `ms` of the compiled puff events (fixed-time ones only;
 * without a setting, the timeline's own).
 */
import type { SimWorld } from '../../sim';
import { ActionKind, type CompiledEvent, type CompiledTrialType } from '../../sim/timeline/trialTimeline';
import { CEREBELLUM_STATE } from './cerebellumState';
import { stateKey } from '../../sim';

export const PUFF_EVENTS = stateKey<PuffEvents>('cerebellum/isi');

/**
 * The compiled puff events the ISI settings retime: the time the timeline gave each, the CS whose
 * setting retimes it (the first CS its trial type cues) and the CS's onset on the puff's own clock.
 */
export type PuffEvents = Array<{ event: { ms: number }; timelineMs: number; cs: number; csOnsetMs: number }>;

export function applyIsiSetting(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const events = world.state.require(PUFF_EVENTS);
  for (let i = 0; i < events.length; i++) {
    const entry = events[i];
    const isi = state.isiMs[entry.cs];
    // NaN (no setting, e.g. after restoring an earlier snapshot) gives back the timeline's own times.
    entry.event.ms = Number.isNaN(isi) ? entry.timelineMs : entry.csOnsetMs + isi;
  }
}

const turnsOn = (event: CompiledEvent, stimulus: number): boolean =>
  (event.action === ActionKind.stimulusOn || event.action === ActionKind.stimulusFor) && event.target === stimulus;

/**
 * The fixed-time puff events of the trial types, each tied to the first CS its trial type cues. A
 * trial type that cues no CS (puff alone) follows the CS when there is only one, and is left alone
 * when there are several.
 */
export function collectPuffEvents(trialTypes: readonly CompiledTrialType[], csStimuli: Int32Array, puffStimulus: number): PuffEvents {
  const puffs: PuffEvents = [];
  for (const type of trialTypes) {
    const csEvent = type.events.findIndex((event) => csStimuli.some((s) => s >= 0 && turnsOn(event, s)));
    if (csEvent < 0 && csStimuli.length > 1) continue;
    const cs = csEvent < 0 ? 0 : csStimuli.findIndex((s) => turnsOn(type.events[csEvent], s));
    const onset = csEvent < 0 ? null : type.events[csEvent];
    type.events.forEach((event) => {
      if (!turnsOn(event, puffStimulus) || event.choicesMs !== null) return;
      // A puff timed after the CS event counts from its onset already; one on the same clock as the CS adds the CS's time.
      const sameClock = onset !== null && event.after === onset.after && onset.choicesMs === null;
      const csOnsetMs = event.after !== csEvent && sameClock ? onset.ms : 0;
      puffs.push({ event: event as unknown as { ms: number }, timelineMs: event.ms, cs, csOnsetMs });
    });
  }
  return puffs;
}
