/** The trial timeline runtime: spec, installer, the schedule's system and read-only status. */
export type * from './timelineSpec';
export { installTimeline } from './installTimeline';
export { advanceTrialTimeline } from './advanceTrialTimeline';
export { compilePhaseCriteria } from './phaseCriteria';
export { timelineStatus, trialTimelineOf, timelineTotalTicks, EventStatus, PhaseOutcome, type TimelineStatus, type TrialTimeline } from './trialTimeline';
export { compileMeasure, measureFromWorld, stateMeasureNow, spikeMeasureValue, measureIncludes, isSpikeMeasure, compare, percentile, type CompiledMeasure } from './measures';
