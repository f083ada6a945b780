/**
 * The agent's per-trial log as a ring of maxTrials rows: trial k sits in row k mod maxTrials, so the
 * log always holds the latest maxTrials trials (the scene's strip of recent trials keeps moving in a
 * long run). The ring's write position is the count of finished trials (scores, registered), so a
 * snapshot restores the ring exactly.
 */
import { LOG, LOG_FIELDS, SCORE, TRIAL } from './agentLayout';
import type { AgentState } from './agentState';

/** Writes finished trial `index` (0-based) into its row of the ring, over the trial maxTrials before it. */
export function writeTrialLog(state: AgentState, maxTrials: number, index: number): void {
  const { trial, log } = state;
  const row = (index % maxTrials) * LOG_FIELDS;
  log[row + LOG.choice] = trial[TRIAL.choice];
  log[row + LOG.rewarded] = trial[TRIAL.rewarded];
  log[row + LOG.reward] = trial[TRIAL.reward];
  log[row + LOG.switched] = trial[TRIAL.switched];
  log[row + LOG.errorPeak] = trial[TRIAL.errorPeak];
  log[row + LOG.errorPeakMs] = trial[TRIAL.errorPeakMs];
  log[row + LOG.rule] = trial[TRIAL.rule];
}

/** The first index into `log` of finished trial `index` (0-based), or −1 when it is not (or no longer) kept. */
export function trialLogRow(state: AgentState, index: number): number {
  const maxTrials = state.log.length / LOG_FIELDS;
  const finished = state.scores[SCORE.trials];
  if (!Number.isInteger(index) || index < 0 || index >= finished || index < finished - maxTrials) return -1;
  return (index % maxTrials) * LOG_FIELDS;
}
