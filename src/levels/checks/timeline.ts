/** Checks of the trial timeline: ids, event timing references, targets and total length. */
import { phasesDurationMs } from '../../sim/timeline/timelineDuration';
import { MAX_DURATION_MS } from '../schema/common';
import type { PhaseCriterion, TrialEvent, TrialType } from '../schema/timeline';
import { checkIndices, checkRef, checkUnique, type CheckContext } from './context';
import { checkCommand, checkMetricArgs, checkThreshold } from './shared';
import { toMeasureSpec } from '../metrics/toMeasureSpec';
import type { MetricName } from '../schema/metrics';

/** Metrics that read a circuit's registered state (the circuits' own metrics). */
function isCircuitMeasure(metric: MetricName, args: unknown): boolean {
  return toMeasureSpec({ metric, args: args as Record<string, unknown> }).metric === 'registeredValue';
}

type Path = (string | number)[];

function checkEventTargets(ctx: CheckContext, path: Path, event: TrialEvent): void {
  switch (event.kind) {
    case 'stimulusOn': case 'stimulusOff': case 'cue': case 'us':
      checkRef(ctx, [...path, 'target'], event.target, ctx.stimuli, 'stimulus');
      return;
    case 'pulse':
      if (checkRef(ctx, [...path, 'target'], event.target, ctx.populations, 'population')) checkIndices(ctx, [...path, 'neurons'], event.neurons, event.target);
      return;
    case 'reward':
      if (event.modulator !== undefined) checkRef(ctx, [...path, 'modulator'], event.modulator, ctx.modulators, 'modulator');
      return;
    case 'modulatorPulse':
      checkRef(ctx, [...path, 'modulator'], event.modulator, ctx.modulators, 'modulator');
      return;
    case 'command':
      checkCommand(ctx, [...path, 'command'], event.command);
      return;
  }
}

function checkTrialType(ctx: CheckContext, path: Path, trialType: TrialType, trialMs: number, earlierPhases: ReadonlySet<string>): void {
  checkUnique(ctx, [...path, 'events'], trialType.events, 'event');
  const eventIds = new Map<string, number>();
  trialType.events.forEach((e, i) => { if (e.id !== undefined && !eventIds.has(e.id)) eventIds.set(e.id, i); });
  trialType.events.forEach((event, i) => {
    const eventPath = [...path, 'events', i];
    const { at } = event;
    if ((at.ms === undefined) === (at.choicesMs === undefined)) {
      ctx.report([...eventPath, 'at'], 'must give exactly one of ms or choicesMs');
    }
    if (at.after !== undefined) {
      if (!eventIds.has(at.after)) checkRef(ctx, [...eventPath, 'at', 'after'], at.after, eventIds, 'event');
      else if (at.after === event.id) ctx.report([...eventPath, 'at', 'after'], 'an event cannot be timed after itself');
    } else {
      const latest = Math.max(at.ms ?? 0, ...(at.choicesMs ?? [0]));
      if (latest > trialMs) ctx.report([...eventPath, 'at'], `is at ${latest} ms, after the end of the trial (trialMs ${trialMs})`);
    }
    checkEventTargets(ctx, eventPath, event);
    if (event.when !== undefined) {
      const when = event.when;
      checkMetricArgs(ctx, [...eventPath, 'when'], when.metric, when.args as Record<string, unknown>, 'a contingency measures over windowMs before its event (or since trial start)');
      if (isCircuitMeasure(when.metric, when.args)) {
        ctx.report([...eventPath, 'when', 'metric'], `${when.metric} is measured by a circuit, which is installed after the timeline, so it cannot gate a timeline event`);
      }
      const threshold = when.threshold;
      if (typeof threshold === 'object' && !Array.isArray(threshold)) {
        if (when.comparison === 'between') ctx.report([...eventPath, 'when', 'threshold'], 'must be [lo, hi] when comparison is "between"');
        if (!earlierPhases.has(threshold.ofPhase)) {
          ctx.report([...eventPath, 'when', 'threshold', 'ofPhase'], `must name a phase that runs before this one, got "${threshold.ofPhase}"`);
        }
      } else {
        checkThreshold(ctx, [...eventPath, 'when'], when.comparison, threshold);
      }
    }
  });
  // timing chains must end at trial start: no cycles through `after`
  trialType.events.forEach((event, i) => {
    const seen = new Set<number>([i]);
    let current: TrialEvent | undefined = event;
    while (current?.at.after !== undefined) {
      const next = eventIds.get(current.at.after);
      if (next === undefined) return;
      if (seen.has(next)) {
        if (next === i && current !== event) ctx.report([...path, 'events', i, 'at', 'after'], 'events are timed after each other in a cycle');
        return;
      }
      seen.add(next);
      current = trialType.events[next];
    }
  });
}

/**
 * A phase criterion: its metric's references, its threshold, and, for a metric a circuit computes per
 * trial (crPercent, ...), an intertrial gap: the circuit closes a trial's record at the end of the
 * tick the trial ends in, after the timeline would have started the next one without a gap.
 */
function checkCriterion(ctx: CheckContext, path: Path, until: PhaseCriterion, intertrialMs: number, trials: number): void {
  if (until.overTrials > trials) ctx.report([...path, 'overTrials'], `must be ≤ the phase's ${trials} trials (the criterion is first checked once overTrials trials have run), got ${until.overTrials}`);
  checkMetricArgs(ctx, path, until.metric, until.args as Record<string, unknown>, 'a criterion measures over whole trials');
  checkThreshold(ctx, path, until.comparison, until.threshold);
  if (isCircuitMeasure(until.metric, until.args) && intertrialMs < ctx.level.dtMs) {
    ctx.report([...path, 'metric'], `${until.metric} is computed by a circuit at the end of each trial, so a criterion on it needs a pause between trials: set the phase's intertrialMs to at least dtMs (${ctx.level.dtMs})`);
  }
}

export function checkTimeline(ctx: CheckContext): void {
  const timeline = ctx.level.timeline;
  if (timeline === undefined) return;
  checkUnique(ctx, ['timeline', 'sessions'], timeline.sessions, 'session');
  const allPhases = timeline.sessions.flatMap((s, si) => s.phases.map((p, pi) => ({ phase: p, path: ['timeline', 'sessions', si, 'phases', pi] as Path })));
  const seenPhases = new Set<string>();
  for (const { phase, path } of allPhases) {
    if (seenPhases.has(phase.id)) ctx.report([...path, 'id'], `duplicate phase id "${phase.id}" (phase ids are unique across the timeline)`);
    checkUnique(ctx, [...path, 'trialTypes'], phase.trialTypes, 'trial type');
    if (phase.trialTypes.every((t) => t.weight === 0)) ctx.report([...path, 'trialTypes'], 'at least one trial type needs a weight > 0');
    phase.trialTypes.forEach((t, ti) => checkTrialType(ctx, [...path, 'trialTypes', ti], t, phase.trialMs, seenPhases));
    if (phase.until !== undefined) checkCriterion(ctx, [...path, 'until'], phase.until, phase.intertrialMs, phase.trials);
    phase.commandsAtStart?.forEach((c, ci) => checkCommand(ctx, [...path, 'commandsAtStart', ci], c));
    phase.commandsAtEnd?.forEach((c, ci) => checkCommand(ctx, [...path, 'commandsAtEnd', ci], c));
    seenPhases.add(phase.id);
  }
  const totalMs = phasesDurationMs(allPhases.map(({ phase }) => phase));
  if (totalMs > MAX_DURATION_MS) {
    ctx.report(['timeline'], `the timeline lasts ${totalMs} ms, more than the ${MAX_DURATION_MS} ms allowed`);
  }
}
