/**
 * Phases that run until a criterion ("train until 80% CRs, at most 300 trials"). A criterion is a
 * measure (the same measures as contingencies and level metrics: measures.ts) compared with a
 * threshold, averaged over the phase's last overTrials trials (those with a value: NaN trials are skipped). advanceTrialTimeline asks
 * phaseCriterionMet when the next trial would start, i.e. after the intertrial gap, so a circuit's
 * per-trial summary (closed at the end of the tick its trial ended in) already counts the last trial.
 * A modulatorLevel criterion is, like the level metric, the mean level over the trial, summed after
 * each of its ticks by accumulateCriterionLevels. Everything it keeps is registered state, so
 * snapshots, replays and the state hash include it.
 */
import type { SimWorld } from '../world/world';
import { compare, compileMeasure, measureFromWorld } from './measures';
import type { TimelinePhaseSpec } from './timelineSpec';
import { Cursor, PhaseOutcome, Times, trialTimelineOf, type CompiledCriterion, type TrialTimeline } from './trialTimeline';

/** Registers the criteria's state; installTimeline calls it. Returns the per-phase criteria (null without one). */
export function registerPhaseCriteria(world: SimWorld, phases: readonly TimelinePhaseSpec[]): Array<CompiledCriterion | null> {
  return phases.map((phase, p) => {
    const until = phase.until;
    if (!until) return null;
    if (!Number.isInteger(until.overTrials) || until.overTrials < 1) throw new Error(`timeline phase ${phase.name}: until.overTrials must be an integer ≥ 1, got ${until.overTrials}`);
    if (until.comparison === 'between' !== Array.isArray(until.threshold)) throw new Error(`timeline phase ${phase.name}: until.threshold must be [lo, hi] exactly when the comparison is "between"`);
    const values = world.registry.register(`timeline.criterion.${p}`, new Float64Array(until.overTrials).fill(Number.NaN));
    const levelSum = until.measure.metric === 'modulatorLevel' ? world.registry.register(`timeline.criterion.${p}.levelSum`, new Float64Array(2)) : null;
    return { spec: until, measure: null, values, levelSum };
  });
}

/**
 * Resolves the criteria's measures against the world. Call after the circuits are installed (spawnLevel
 * does; a criterion may read a circuit's registered values). Throws a descriptive Error for an unknown
 * reference. advanceTrialTimeline calls it too, so worlds built by hand need not.
 */
export function compilePhaseCriteria(world: SimWorld): void {
  const timeline = trialTimelineOf(world);
  if (!timeline) return;
  for (const phase of timeline.phases) {
    const criterion = phase.criterion;
    if (!criterion || criterion.measure) continue;
    try {
      criterion.measure = compileMeasure(world, criterion.spec.measure);
    } catch (error) {
      throw new Error(`timeline phase ${phase.name}, until: ${(error as Error).message}`);
    }
  }
}

/**
 * Records the trial that just ended (the current phase's trial at cursor) and says whether the phase's
 * criterion now holds. Also writes the phase's outcome: met, or maxTrials after its last trial.
 */
export function phaseCriterionMet(world: SimWorld, timeline: TrialTimeline): boolean {
  const { cursor, times } = timeline;
  const phaseIndex = cursor[Cursor.phase];
  const phase = timeline.phases[phaseIndex];
  const criterion = phase.criterion;
  if (!criterion) return false;
  if (!criterion.measure) compilePhaseCriteria(world);
  const trialInPhase = cursor[Cursor.trialInPhase];
  const { values, spec, levelSum } = criterion;
  values[trialInPhase % spec.overTrials] = levelSum === null
    ? measureFromWorld(world, criterion.measure!, times[Times.trialStart], times[Times.trialEnd])
    : levelSum[1] > 0 ? levelSum[0] / levelSum[1] : Number.NaN;
  if (levelSum !== null) levelSum.fill(0);
  let met = false;
  if (trialInPhase + 1 >= spec.overTrials) {
    // A trial without a value (NaN: e.g. a per-trial measure its trial type does not define) is skipped,
    // so it cannot block the criterion for good: the mean is over the defined ones among the last overTrials.
    let sum = 0;
    let defined = 0;
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) { sum += values[i]; defined++; }
    met = defined > 0 && compare(sum / defined, spec.comparison, spec.threshold);
  }
  if (met) timeline.phaseOutcome![phaseIndex] = PhaseOutcome.met;
  else if (trialInPhase + 1 >= phase.trials) timeline.phaseOutcome![phaseIndex] = PhaseOutcome.maxTrials;
  return met;
}
