/**
 * Phase: trial timeline (right after commands). Walks sessions → phases → trials; at trial start
 * draws the trial type (stream 'timeline': by weight, a shuffled deck of exact proportions, or a
 * fixed cycle) and resolves every event's tick (offsets from trial start or from another event,
 * choices, jitter, probability). At each event's tick it switches stimuli (cue, US, pulse for their
 * duration; stimulusOn/Off), releases rewards and modulator pulses into pendingRelease, or sends a
 * command through world.commands (applied and logged at the start of the next tick). Contingencies
 * are evaluated at the event's tick from live state. Also opens and closes the start/end windows of
 * stimuli whose kind has none of its own.
 * A phase with a criterion (phaseCriteria.ts) ends when it holds, checked when the next trial would start.
 * Reads: clock, spike ring, weights, modulator levels. Writes: stimuli.enabled, modulators.pendingRelease,
 * timeline state. Emits: phaseStarted, trialStarted, trialEnded, stimulusChanged, rewardDelivered,
 * modulatorReleased.
 */
import type { SimWorld } from '../world/world';
import { compare, measureFromWorld, percentile } from './measures';
import { phaseCriterionMet } from './phaseCriteria';
import {
  ActionKind, Cursor, EventStatus, Stage, Times, trialTimelineOf,
  type CompiledCondition, type CompiledEvent, type CompiledPhase, type TrialTimeline,
} from './trialTimeline';

export function advanceTrialTimeline(world: SimWorld): void {
  const timeline = trialTimelineOf(world);
  if (!timeline) return;
  const tick = world.clock[0];
  if (timeline.windows.length > 0) applyWindows(world, timeline, tick);
  if (timeline.phases.length === 0) return;
  const { cursor, times } = timeline;
  if (cursor[Cursor.stage] === Stage.notStarted) {
    startPhase(world, timeline, 0, tick);
    startTrial(world, timeline, tick);
  }
  // Each pass either returns or moves to a later stage; trials last at least one tick.
  for (let pass = 0; pass < 4; pass++) {
    if (cursor[Cursor.stage] === Stage.intertrial) {
      if (tick < times[Times.intertrialEnd]) return;
      nextTrial(world, timeline, tick);
    }
    if (cursor[Cursor.stage] !== Stage.trial) return;
    fireDueEvents(world, timeline, tick);
    sampleReferences(world, timeline, tick);
    if (tick < times[Times.trialEnd]) return;
    endTrial(world, timeline, tick);
  }
}

function applyWindows(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  for (const span of timeline.windows) {
    if (tick === span.startTick && span.switchOnAtStart) world.stimuli.enabled[span.stimulus] = 1;
    if (tick === span.endTick) world.stimuli.enabled[span.stimulus] = 0;
  }
}

function startPhase(world: SimWorld, timeline: TrialTimeline, phaseIndex: number, tick: number): void {
  const phase = timeline.phases[phaseIndex];
  timeline.cursor[Cursor.phase] = phaseIndex;
  timeline.cursor[Cursor.trialInPhase] = -1;
  timeline.times[Times.phaseStart] = tick;
  timeline.remaining.fill(0);
  timeline.remaining.set(phase.shuffledCounts);
  world.events.push({ type: 'phaseStarted', tick, phase: phase.name });
  for (const command of phase.commandsAtStart) world.commands.send(command);
}

function nextTrial(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  const { cursor } = timeline;
  const phase = timeline.phases[cursor[Cursor.phase]];
  const criterionMet = phase.criterion !== null && phaseCriterionMet(world, timeline);
  if (!criterionMet && cursor[Cursor.trialInPhase] + 1 < phase.trials) { startTrial(world, timeline, tick); return; }
  for (const command of phase.commandsAtEnd) world.commands.send(command);
  if (cursor[Cursor.phase] + 1 < timeline.phases.length) {
    startPhase(world, timeline, cursor[Cursor.phase] + 1, tick);
    startTrial(world, timeline, tick);
  } else {
    cursor[Cursor.stage] = Stage.done;
  }
}

function startTrial(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  const { cursor, times } = timeline;
  const phase = timeline.phases[cursor[Cursor.phase]];
  const trialInPhase = cursor[Cursor.trialInPhase] + 1;
  const type = pickTrialType(world, timeline, phase, trialInPhase);
  cursor[Cursor.stage] = Stage.trial;
  cursor[Cursor.trialInPhase] = trialInPhase;
  cursor[Cursor.trialType] = type;
  cursor[Cursor.trialsStarted] += 1;
  times[Times.trialStart] = tick;
  times[Times.trialEnd] = tick + phase.trialTicks;
  resolveEventTicks(world, timeline, phase.trialTypes[type].events, tick);
  world.events.push({ type: 'trialStarted', tick, phase: phase.name, trial: cursor[Cursor.trialsStarted] - 1, trialType: phase.trialTypes[type].name });
}

function pickTrialType(world: SimWorld, timeline: TrialTimeline, phase: CompiledPhase, trialInPhase: number): number {
  const types = phase.trialTypes;
  if (types.length === 1) return 0;
  if (phase.order === 'sequential') return phase.sequence[trialInPhase % phase.sequence.length];
  const stream = world.rng.stream('timeline');
  if (phase.order === 'shuffled') {
    // Drawing without replacement from the deck of remaining counts gives a uniformly random order.
    let left = 0;
    for (let t = 0; t < types.length; t++) left += timeline.remaining[t];
    if (left > 0) {
      let r = stream.int(left);
      for (let t = 0; t < types.length; t++) {
        if (r < timeline.remaining[t]) { timeline.remaining[t] -= 1; return t; }
        r -= timeline.remaining[t];
      }
    }
  }
  let total = 0;
  for (const type of types) total += type.weight;
  let r = stream.uniform() * total;
  for (let t = 0; t < types.length; t++) {
    if (r < types[t].weight) return t;
    r -= types[t].weight;
  }
  return types.length - 1;
}

/**
 * Draws happen in listed event order (probability, then choice, then jitter, each only when the
 * event has one), so a level's draw sequence depends on its data alone. Times then follow the
 * `after` chains; an event timed after a skipped event keeps the time the skipped one would have had.
 */
function resolveEventTicks(world: SimWorld, timeline: TrialTimeline, events: readonly CompiledEvent[], trialStart: number): void {
  const stream = world.rng.stream('timeline');
  const { eventTick, eventOffTick, eventStatus, scratchOffsetMs } = timeline;
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    let happens = true;
    if (event.probability < 1) happens = stream.uniform() < event.probability;
    let offsetMs = event.choicesMs ? event.choicesMs[stream.int(event.choicesMs.length)] : event.ms;
    if (event.jitterMs > 0) offsetMs += (2 * stream.uniform() - 1) * event.jitterMs;
    scratchOffsetMs[e] = offsetMs;
    eventStatus[e] = happens ? EventStatus.pending : EventStatus.skipped;
    eventTick[e] = Number.NaN;
    eventOffTick[e] = -1;
  }
  for (let e = 0; e < events.length; e++) resolveTick(world, timeline, events, e, trialStart, 0);
}

function resolveTick(world: SimWorld, timeline: TrialTimeline, events: readonly CompiledEvent[], e: number, trialStart: number, depth: number): number {
  const { eventTick } = timeline;
  if (!Number.isNaN(eventTick[e])) return eventTick[e];
  const after = events[e].after;
  const base = after >= 0 && depth < events.length ? resolveTick(world, timeline, events, after, trialStart, depth + 1) : trialStart;
  eventTick[e] = Math.max(trialStart, base + Math.round(timeline.scratchOffsetMs[e] / world.dtMs));
  return eventTick[e];
}

function fireDueEvents(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  const { cursor, eventTick, eventOffTick, eventStatus } = timeline;
  const phase = timeline.phases[cursor[Cursor.phase]];
  const events = phase.trialTypes[cursor[Cursor.trialType]].events;
  for (let e = 0; e < events.length; e++) {
    if (eventStatus[e] === EventStatus.on && tick >= eventOffTick[e]) {
      switchStimulus(world, events[e].target, false, tick);
      eventStatus[e] = EventStatus.done;
    }
  }
  for (let e = 0; e < events.length; e++) {
    if (eventStatus[e] !== EventStatus.pending || eventTick[e] > tick) continue;
    const event = events[e];
    if (event.condition && !conditionMet(world, timeline, event.condition, tick)) { eventStatus[e] = EventStatus.blocked; continue; }
    eventStatus[e] = fire(world, event, tick);
    if (eventStatus[e] === EventStatus.on) eventOffTick[e] = tick + event.durationTicks;
  }
}

function fire(world: SimWorld, event: CompiledEvent, tick: number): number {
  switch (event.action) {
    case ActionKind.stimulusOn: switchStimulus(world, event.target, true, tick); return EventStatus.done;
    case ActionKind.stimulusOff: switchStimulus(world, event.target, false, tick); return EventStatus.done;
    case ActionKind.stimulusFor: switchStimulus(world, event.target, true, tick); return EventStatus.on;
    case ActionKind.reward:
      if (event.amount === 0) {
        // An omitted reward still marks the moment it was due: the dopamine dip is locked to it.
        world.events.push({ type: 'rewardOmitted', tick });
        return EventStatus.omitted;
      }
      world.modulators.pendingRelease[event.target] += event.amount;
      world.events.push({ type: 'rewardDelivered', tick, amount: event.amount, modulator: world.modulators.names[event.target] });
      return EventStatus.done;
    case ActionKind.modulatorPulse:
      world.modulators.pendingRelease[event.target] += event.amount;
      world.events.push({ type: 'modulatorReleased', tick, modulator: world.modulators.names[event.target], amount: event.amount });
      return EventStatus.done;
    default:
      if (event.command) world.commands.send(event.command);
      return EventStatus.done;
  }
}

function switchStimulus(world: SimWorld, index: number, on: boolean, tick: number): void {
  world.stimuli.enabled[index] = on ? 1 : 0;
  world.events.push({ type: 'stimulusChanged', tick, stimulus: world.stimuli.list[index].spec.name, on });
}

function conditionMet(world: SimWorld, timeline: TrialTimeline, condition: CompiledCondition, tick: number): boolean {
  const from = condition.windowTicks < 0 ? timeline.times[Times.trialStart] : tick - condition.windowTicks;
  const value = measureFromWorld(world, condition.measure, from, tick);
  const threshold = condition.reference ? percentile(condition.reference, condition.percentile) : condition.threshold!;
  return compare(value, condition.comparison, threshold);
}

function sampleReferences(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  const phase = timeline.phases[timeline.cursor[Cursor.phase]];
  if (phase.samplers.length === 0) return;
  const start = timeline.times[Times.trialStart];
  for (const sampler of phase.samplers) {
    if (tick !== start + Math.min(sampler.offsetTicks, phase.trialTicks - 1)) continue;
    const from = sampler.windowTicks < 0 ? start : tick - sampler.windowTicks;
    sampler.reference[timeline.cursor[Cursor.trialInPhase]] = measureFromWorld(world, sampler.measure, from, tick);
  }
}

function endTrial(world: SimWorld, timeline: TrialTimeline, tick: number): void {
  const { cursor, times, eventStatus } = timeline;
  const phase = timeline.phases[cursor[Cursor.phase]];
  const events = phase.trialTypes[cursor[Cursor.trialType]].events;
  for (let e = 0; e < events.length; e++) {
    if (eventStatus[e] === EventStatus.on) { switchStimulus(world, events[e].target, false, tick); eventStatus[e] = EventStatus.done; }
    if (eventStatus[e] === EventStatus.pending) eventStatus[e] = EventStatus.dropped;
  }
  world.events.push({ type: 'trialEnded', tick, phase: phase.name, trial: cursor[Cursor.trialsStarted] - 1 });
  cursor[Cursor.stage] = Stage.intertrial;
  times[Times.intertrialEnd] = tick + phase.intertrialTicks;
}
