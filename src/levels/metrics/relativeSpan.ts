/**
 * A metric measured in each trial relative to one of its events (args.window / args.at): the event's
 * index per compiled phase and trial type, and, per trial, the event's tick and the absolute window.
 */
import type { SimWorld } from '../../sim/world/world';
import { Cursor, EventStatus, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import { NO_EVENT, TRIAL_START, type EventIndexTable } from './trialEvents';

export interface RelativeSpan {
  readonly table: EventIndexTable;
  readonly startTicks: number;
  /** null: a sample at startTicks after the event. */
  readonly endTicks: number | null;
  // Per trial: the event (index, NO_EVENT or TRIAL_START), its tick, the absolute window [fromTick, toTick).
  event: number;
  eventTick: number;
  fromTick: number;
  toTick: number;
  valid: boolean;
  sampled: boolean;
}

/** The mutable part of a RelativeSpan (its per-trial timing). */
export type RelativeSpanState = Pick<RelativeSpan, 'event' | 'eventTick' | 'fromTick' | 'toTick' | 'valid' | 'sampled'>;

/** Times a trial-relative span from its event in the trial that starts at `tick` (event ticks are resolved at trial start). */
export function startRelative(world: SimWorld, r: RelativeSpan, tick: number): void {
  const timeline = trialTimelineOf(world);
  r.event = timeline ? (r.table[timeline.cursor[Cursor.phase]]?.[timeline.cursor[Cursor.trialType]] ?? NO_EVENT) : NO_EVENT;
  r.sampled = false;
  r.valid = r.event !== NO_EVENT && !(r.event >= 0 && timeline!.eventStatus[r.event] === EventStatus.skipped);
  r.eventTick = r.event === TRIAL_START ? tick : r.event >= 0 ? timeline!.eventTick[r.event] : -1;
  if (!r.valid || !Number.isFinite(r.eventTick)) { r.valid = false; r.fromTick = r.toTick = -1; return; }
  r.fromTick = r.eventTick + r.startTicks;
  r.toTick = r.endTicks === null ? r.fromTick + 1 : r.eventTick + r.endTicks;
}
