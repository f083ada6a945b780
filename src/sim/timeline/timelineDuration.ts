/**
 * How long a timeline's phases last when each runs all its trials (ms): the sum of trials × (trial +
 * intertrial interval). One formula for the loader's limit on a level's length, the run's length at
 * spawn, and a level whose trials grow (a recorded tutor). Pure.
 */
export interface PhaseLength {
  readonly trials: number;
  readonly trialMs: number;
  readonly intertrialMs: number;
}

export function phasesDurationMs(phases: Iterable<PhaseLength>): number {
  let totalMs = 0;
  for (const phase of phases) totalMs += phase.trials * (phase.trialMs + phase.intertrialMs);
  return totalMs;
}
