/**
 * Checks of a reversal agent's config that its schema cannot say: the trial's events must come in
 * order within the trial, the level's time step must be fine enough for the agent's units and its
 * choice, and the timeline's trials must be the agent's trials.
 */
import { gotNumber, type CircuitCheckContext, type PathSegment } from '../plugin/contexts';
import type { ReversalCircuitConfig } from './configSchema';

/** The agent's time constants, each stepped by explicit Euler (agentUnits.ts). */
const TAU_FIELDS = ['ruleTauMs', 'choiceTauMs', 'errorTauMs'] as const;

export function checkReversal(ctx: CircuitCheckContext, config: ReversalCircuitConfig, path: readonly PathSegment[]): void {
  if (config.decisionMs > config.outcomeMs) {
    ctx.report([...path, 'decisionMs'], `the choice (${config.decisionMs} ms) must come before the outcome (${config.outcomeMs} ms)`);
  }
  // The error unit's input must arrive before the next trial's cue, or a trial would miss its error response.
  const errorEndMs = config.outcomeMs + config.errorDelayMs + config.errorPulseMs;
  if (errorEndMs >= config.trialMs) {
    ctx.report([...path, 'trialMs'], `the trial (${config.trialMs} ms) must outlast the outcome's signal to the error unit (${errorEndMs} ms after the cue)`);
  }
  checkTimeStep(ctx, config, path);
  checkTimeline(ctx, config);
}

/**
 * An explicit Euler step x += (dt/τ)(target − x) overshoots its target when dt > τ and diverges when
 * dt > 2τ (the rule units then run to NaN); at dt ≤ τ/2 it stays within a few per cent of the exact
 * step. And the response units need at least one step before the choice is read, or every choice is
 * the tie's option A.
 */
function checkTimeStep(ctx: CircuitCheckContext, config: ReversalCircuitConfig, path: readonly PathSegment[]): void {
  const { dtMs } = ctx.level;
  for (const field of TAU_FIELDS) {
    const tauMs = config[field];
    if (dtMs > tauMs / 2) {
      ctx.report([...path, field], `must be at least ${2 * dtMs} ms, twice the level's time step (dtMs ${dtMs}), got ${tauMs}: a coarser step makes the unit's update overshoot and break down`,
        { code: 'atLeast', params: { limit: 2 * dtMs, ...gotNumber(tauMs) } });
    }
  }
  // The agent ends its trial at a step and the timeline rounds trialMs to steps: they agree only on a whole number of steps.
  const steps = Math.round(config.trialMs / dtMs);
  if (Math.abs(config.trialMs / dtMs - steps) > 1e-6) {
    const nearestMs = Number((Math.max(1, steps) * dtMs).toPrecision(12));
    ctx.report([...path, 'trialMs'], `must be a whole number of the level's time steps (dtMs ${dtMs}), such as ${nearestMs}, got ${config.trialMs}`,
      { code: 'mustBe', params: { value: nearestMs, ...gotNumber(config.trialMs) } });
  }
  if (dtMs >= config.decisionMs) {
    ctx.report([...path, 'decisionMs'], `must be more than the level's time step (dtMs ${dtMs}), got ${config.decisionMs}: the response units must move before the choice is read`,
      { code: 'moreThan', params: { limit: dtMs, ...gotNumber(config.decisionMs) } });
  }
}

/**
 * The agent keeps its own trial clock (trialMs, no pause between trials); the timeline's phases label
 * those trials and the objectives count them, so they must have the same length and no intertrial
 * pause, or the labels and counts drift away from the agent's reversals.
 */
function checkTimeline(ctx: CircuitCheckContext, config: ReversalCircuitConfig): void {
  ctx.level.timeline?.sessions.forEach((session, s) => {
    session.phases.forEach((phase, p) => {
      const at = ['timeline', 'sessions', s, 'phases', p];
      if (phase.trialMs !== config.trialMs) {
        ctx.report([...at, 'trialMs'], `must be ${config.trialMs}, the reversal agent's trialMs, got ${phase.trialMs}: the phase's trials must be the agent's trials`,
          { code: 'mustBe', params: { value: config.trialMs, ...gotNumber(phase.trialMs) } });
      }
      if (phase.intertrialMs !== 0) {
        ctx.report([...at, 'intertrialMs'], `must be 0 with a reversal agent (its trials follow each other without a pause), got ${phase.intertrialMs}`,
          { code: 'mustBe', params: { value: 0, ...gotNumber(phase.intertrialMs) } });
      }
    });
  });
}
