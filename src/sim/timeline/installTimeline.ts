/**
 * Compiles a TimelineSpec against a built world (names → indices, ms → ticks) and registers the
 * timeline's state. Call once, right after buildWorld and before the first tick. Throws a
 * descriptive Error for a reference the world does not have (spawnLevel turns it into a level error).
 * Phase criteria register their state here; their measures are resolved by compilePhaseCriteria.
 */
import type { SimWorld } from '../world/world';
import { modulatorIndex } from '../components/modulators';
import { stimulusIndex } from '../stimuli/stimulusTable';
import { compileMeasure } from './measures';
import { registerPhaseCriteria } from './phaseCriteria';
import { accumulateCriterionLevels } from './accumulateCriterionLevels';
import { installCircuitSystem } from '../schedule';
import type { ConditionSpec, TimelineEventSpec, TimelinePhaseSpec, TimelineSpec } from './timelineSpec';
import {
  ActionKind, TIMELINE_STATE,
  type CompiledCondition, type CompiledEvent, type CompiledPhase, type ReferenceSampler, type TrialTimeline,
} from './trialTimeline';

const toTicks = (ms: number, dtMs: number): number => Math.round(ms / dtMs);

export function installTimeline(world: SimWorld, spec: TimelineSpec): TrialTimeline {
  const { registry, dtMs } = world;
  const criteria = registerPhaseCriteria(world, spec.phases);
  const phases: CompiledPhase[] = spec.phases.map((phase, p) => ({
    name: phase.name,
    session: phase.session,
    trials: phase.trials,
    trialTicks: Math.max(1, toTicks(phase.trialMs, dtMs)),
    intertrialTicks: Math.max(0, toTicks(phase.intertrialMs, dtMs)),
    order: phase.order,
    trialTypes: [],
    shuffledCounts: shuffledCounts(phase),
    sequence: sequenceOf(phase),
    commandsAtStart: (phase.commandsAtStart ?? []).map((c) => ({ ...c, source: 'timeline' })),
    commandsAtEnd: (phase.commandsAtEnd ?? []).map((c) => ({ ...c, source: 'timeline' })),
    samplers: [],
    criterion: criteria[p],
  }));
  let references = 0;
  spec.phases.forEach((phase, p) => {
    (phases[p] as { trialTypes: unknown }).trialTypes = phase.trialTypes.map((type) => ({
      name: type.name,
      weight: type.weight,
      events: type.events.map((event, e): CompiledEvent => {
        const where = `timeline phase ${phase.name}, trial type ${type.name}, event ${e}`;
        if (event.after !== undefined && (!Number.isInteger(event.after) || event.after < 0 || event.after >= type.events.length || event.after === e)) {
          throw new Error(`${where}: after must be the index of another event of the trial type, got ${event.after}`);
        }
        if ((event.ms === undefined) === (event.choicesMs === undefined || event.choicesMs.length === 0)) {
          throw new Error(`${where}: give exactly one of ms and choicesMs`);
        }
        const condition = event.when ? compileCondition(world, spec, p, event.when, nominalOffsetTicks(type.events, e, dtMs), `timeline.reference.${references++}`, phases) : null;
        return { ...compileAction(world, event, where), after: event.after ?? -1, ms: event.ms ?? 0, choicesMs: event.choicesMs ?? null,
          jitterMs: event.jitterMs ?? 0, probability: event.probability ?? 1, condition };
      }),
    }));
  });
  const maxEvents = Math.max(1, ...spec.phases.flatMap((p) => p.trialTypes.map((t) => t.events.length)));
  const maxTypes = Math.max(1, ...spec.phases.map((p) => p.trialTypes.length));
  const windows = (spec.stimulusWindows ?? []).map((w) => ({
    stimulus: stimulusIndex(world.stimuli, w.stimulus),
    startTick: w.startMs === undefined ? -1 : toTicks(w.startMs, dtMs),
    endTick: w.endMs === undefined ? -1 : toTicks(w.endMs, dtMs),
    switchOnAtStart: w.switchOnAtStart,
  }));
  const timeline: TrialTimeline = {
    phases,
    windows,
    cursor: registry.register('timeline.cursor', new Int32Array(5)),
    times: registry.register('timeline.times', new Float64Array(4)),
    eventTick: registry.register('timeline.eventTick', new Float64Array(maxEvents)),
    eventOffTick: registry.register('timeline.eventOffTick', new Float64Array(maxEvents)),
    eventStatus: registry.register('timeline.eventStatus', new Uint8Array(maxEvents)),
    remaining: registry.register('timeline.remaining', new Int32Array(maxTypes)),
    scratchOffsetMs: new Float64Array(maxEvents),
    phaseOutcome: criteria.some((c) => c !== null) ? registry.register('timeline.phaseOutcome', new Int32Array(phases.length)) : null,
  };
  world.state.set(TIMELINE_STATE, timeline);
  if (criteria.some((c) => c?.levelSum)) installCircuitSystem(world, 'monitors', accumulateCriterionLevels, 'before');
  return timeline;
}

function compileAction(world: SimWorld, event: TimelineEventSpec, where: string):
  Pick<CompiledEvent, 'action' | 'target' | 'amount' | 'durationTicks' | 'command' | 'isReward'> {
  const a = event.action;
  const none = { target: -1, amount: 0, durationTicks: 0, command: null, isReward: false };
  try {
    switch (a.kind) {
      case 'stimulusOn': return { ...none, action: ActionKind.stimulusOn, target: stimulusIndex(world.stimuli, a.stimulus) };
      case 'stimulusOff': return { ...none, action: ActionKind.stimulusOff, target: stimulusIndex(world.stimuli, a.stimulus) };
      case 'stimulusFor':
        return { ...none, action: ActionKind.stimulusFor, target: stimulusIndex(world.stimuli, a.stimulus),
          durationTicks: Math.max(1, toTicks(a.durationMs, world.dtMs)) };
      case 'reward':
        return { ...none, action: ActionKind.reward, target: modulatorIndex(world.modulators, a.modulator), amount: a.amount, isReward: true };
      case 'modulatorPulse':
        return { ...none, action: ActionKind.modulatorPulse, target: modulatorIndex(world.modulators, a.modulator), amount: a.amount };
      case 'command':
        return { ...none, action: ActionKind.command, command: { ...a.command, source: 'timeline' } };
    }
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** The offset of an event from trial start with no jitter and the first of its choices. */
function nominalOffsetTicks(events: readonly TimelineEventSpec[], index: number, dtMs: number): number {
  let ms = 0;
  const seen = new Set<number>();
  for (let e = index; e >= 0 && !seen.has(e); e = events[e].after ?? -1) {
    seen.add(e);
    ms += events[e].ms ?? events[e].choicesMs?.[0] ?? 0;
  }
  return toTicks(ms, dtMs);
}

function compileCondition(
  world: SimWorld, spec: TimelineSpec, phaseIndex: number, when: ConditionSpec,
  offsetTicks: number, referenceName: string, phases: CompiledPhase[],
): CompiledCondition {
  const measure = compileMeasure(world, when.measure);
  const windowTicks = when.windowMs === undefined ? -1 : toTicks(when.windowMs, world.dtMs);
  const threshold = when.threshold;
  if (typeof threshold === 'number' || Array.isArray(threshold)) {
    return { measure, comparison: when.comparison, threshold: threshold as number | [number, number], percentile: 0, reference: null, windowTicks };
  }
  const { percentile, ofPhase } = threshold as { percentile: number; ofPhase: string };
  const referencePhase = spec.phases.findIndex((p) => p.name === ofPhase);
  if (referencePhase < 0 || referencePhase >= phaseIndex) throw new Error(`timeline: percentile threshold needs an earlier phase, got "${ofPhase}"`);
  const reference = world.registry.register(referenceName, new Float64Array(spec.phases[referencePhase].trials).fill(Number.NaN));
  const sampler: ReferenceSampler = { reference, measure, windowTicks, offsetTicks };
  phases[referencePhase].samplers.push(sampler);
  return { measure, comparison: when.comparison, threshold: null, percentile, reference, windowTicks };
}

/** Exact proportions: trials × weight / total, rounded by largest remainder so they add up. */
function shuffledCounts(phase: TimelinePhaseSpec): Int32Array {
  const total = phase.trialTypes.reduce((sum, t) => sum + t.weight, 0);
  const counts = new Int32Array(phase.trialTypes.length);
  if (total <= 0) return counts;
  const exact = phase.trialTypes.map((t) => (phase.trials * t.weight) / total);
  let assigned = 0;
  exact.forEach((x, i) => { counts[i] = Math.floor(x); assigned += counts[i]; });
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; assigned < phase.trials; k++, assigned++) counts[byRemainder[k % byRemainder.length].i] += 1;
  return counts;
}

/** Sequential: each type in listed order, repeated round(weight) times (weight 0 = left out). */
function sequenceOf(phase: TimelinePhaseSpec): Int32Array {
  const cycle: number[] = [];
  phase.trialTypes.forEach((t, i) => { for (let r = 0; r < Math.round(t.weight); r++) cycle.push(i); });
  if (cycle.length === 0) cycle.push(0);
  return Int32Array.from(cycle);
}
