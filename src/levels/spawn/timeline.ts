/**
 * Level timeline → engine TimelineSpec. Sessions are flattened into one list of phases (each keeps
 * its session id); `after` ids become event indices; cue and US become a stimulus switched on for
 * durationMs; a current pulse becomes a hidden constant-current stimulus "timeline.pulse.<n>"
 * (names with dots cannot clash with level ids) switched on for widthMs.
 */
import type { StimulusSpec } from '../../sim/stimuli/stimulusSpec';
import type { ConditionSpec, PhaseCriterionSpec, TimelineAction, TimelineEventSpec, TimelineSpec } from '../../sim/timeline/timelineSpec';
import type { PathSegment } from '../errors';
import type { Contingency, PhaseCriterion, TrialEvent } from '../schema/timeline';
import { toMeasureSpec } from '../metrics/toMeasureSpec';
import { toSimCommand } from './commands';
import type { SpawnContext } from './spawnContext';

export interface SpawnedTimeline {
  spec: TimelineSpec;
  /** Hidden stimuli for pulse events (they start off). */
  pulseStimuli: StimulusSpec[];
}

export function toTimelineSpec(ctx: SpawnContext): SpawnedTimeline {
  const pulseStimuli: StimulusSpec[] = [];
  const spec: TimelineSpec = { phases: [] };
  ctx.level.timeline?.sessions.forEach((session, si) => {
    session.phases.forEach((phase, pi) => {
      const path: PathSegment[] = ['timeline', 'sessions', si, 'phases', pi];
      spec.phases.push({
        name: phase.id,
        session: session.id,
        trials: phase.trials,
        ...(phase.until ? { until: toCriterion(phase.until) } : {}),
        trialMs: phase.trialMs,
        intertrialMs: phase.intertrialMs,
        order: phase.order,
        commandsAtStart: (phase.commandsAtStart ?? []).map((c, ci) => toSimCommand(ctx, c, [...path, 'commandsAtStart', ci])),
        commandsAtEnd: (phase.commandsAtEnd ?? []).map((c, ci) => toSimCommand(ctx, c, [...path, 'commandsAtEnd', ci])),
        trialTypes: phase.trialTypes.map((type, ti) => {
          const ids = new Map<string, number>();
          type.events.forEach((e, ei) => { if (e.id !== undefined && !ids.has(e.id)) ids.set(e.id, ei); });
          return {
            name: type.id,
            weight: type.weight,
            events: type.events.map((event, ei) =>
              toEventSpec(ctx, event, ids, [...path, 'trialTypes', ti, 'events', ei], pulseStimuli)),
          };
        }),
      });
    });
  });
  return { spec, pulseStimuli };
}

function toEventSpec(
  ctx: SpawnContext, event: TrialEvent, ids: Map<string, number>, path: PathSegment[], pulseStimuli: StimulusSpec[],
): TimelineEventSpec {
  const spec: TimelineEventSpec = { action: toAction(ctx, event, path, pulseStimuli) };
  if (event.at.after !== undefined) spec.after = ids.get(event.at.after);
  if (event.at.ms !== undefined) spec.ms = event.at.ms;
  if (event.at.choicesMs !== undefined) spec.choicesMs = [...event.at.choicesMs];
  if (event.jitterMs !== undefined) spec.jitterMs = event.jitterMs;
  if (event.probability !== undefined) spec.probability = event.probability;
  if (event.when !== undefined) spec.when = toCondition(event.when);
  return spec;
}

function toAction(ctx: SpawnContext, event: TrialEvent, path: PathSegment[], pulseStimuli: StimulusSpec[]): TimelineAction {
  switch (event.kind) {
    case 'stimulusOn':
    case 'stimulusOff':
      return { kind: event.kind, stimulus: event.target };
    case 'cue':
    case 'us':
      return { kind: 'stimulusFor', stimulus: event.target, durationMs: event.durationMs };
    case 'pulse': {
      const name = `timeline.pulse.${pulseStimuli.length}`;
      pulseStimuli.push({ kind: 'constantCurrent', name, target: event.target, amplitude: event.amplitudePa, ...(event.neurons ? { neurons: [...event.neurons] } : {}) });
      return { kind: 'stimulusFor', stimulus: name, durationMs: event.widthMs };
    }
    case 'reward': {
      const modulator = event.modulator ?? ctx.dopamine;
      if (modulator === undefined) ctx.report([...path, 'modulator'], 'the level has no dopamine modulator to deliver the reward to; name one');
      return { kind: 'reward', modulator: modulator ?? '', amount: event.amount };
    }
    case 'modulatorPulse':
      return { kind: 'modulatorPulse', modulator: event.modulator, amount: event.amount };
    case 'command':
      return { kind: 'command', command: toSimCommand(ctx, event.command, [...path, 'command']) };
  }
}

function toCriterion(until: PhaseCriterion): PhaseCriterionSpec {
  const threshold = until.threshold;
  return {
    measure: toMeasureSpec({ metric: until.metric, args: until.args as Record<string, unknown> }),
    comparison: until.comparison,
    threshold: typeof threshold === 'number' ? threshold : [threshold[0], threshold[1]],
    overTrials: until.overTrials,
  };
}

function toCondition(when: Contingency): ConditionSpec {
  const threshold = when.threshold;
  return {
    measure: toMeasureSpec({ metric: when.metric, args: when.args as Record<string, unknown> }),
    comparison: when.comparison,
    threshold: typeof threshold === 'number' ? threshold : Array.isArray(threshold) ? [threshold[0], threshold[1]] : { ...threshold },
    ...(when.windowMs !== undefined ? { windowMs: when.windowMs } : {}),
  };
}
