/**
 * Schema parts for measuring inside each trial, shared by the level's own metrics and circuits'
 * metrics: a window or a moment timed from an event of the trial (its actual tick, jitter included).
 */
import { z } from 'zod';
import { id, num } from './schemaParts';

const TRIAL_OFFSET_MS = 600_000;
const from = id('What the window is timed from, in each trial: "trialStart", the id of an event of the trial type, or an event kind ("cue", "us", "reward", ...) for the first event of that kind. A trial without that event (or where it was skipped, blocked or timed after the trial) gives null.');

/** A window timed from an event of each trial (its actual tick, jitter included). */
export const trialWindow = z.strictObject({
  from,
  startMs: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'Start of the window in ms after the event (negative: before it).'),
  endMs: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'End of the window in ms after the event (> startMs).'),
}).describe('Measure in each trial only over [event + startMs, event + endMs), clipped to the trial; objectives over lastTrials / allTrials then average the trials that have the event.').meta({ id: 'TrialWindow' });

/** A moment timed from an event of each trial. */
export const trialMoment = z.strictObject({
  from,
  ms: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'Time of the sample in ms after the event (negative: before it).'),
}).describe('Sample in each trial at event + ms (inside the trial); objectives over lastTrials / allTrials average the trials that have the event.').meta({ id: 'TrialMoment' });
