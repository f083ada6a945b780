/** The agent's summary (what the level's metrics read) from its scores. */
import { SCORE, SUMMARY } from './agentLayout';
import type { AgentState } from './agentState';

/** The summary from the scores (means over nothing are NaN, so no objective is met by default). */
export function summarize(state: AgentState): void {
  const { scores, summary } = state;
  const ratio = (sum: number, count: number): number => (count > 0 ? sum / count : Number.NaN);
  const wrong = scores[SCORE.wrongOutcomes];
  const answered = scores[SCORE.errorResponses];
  summary[SUMMARY.perseverativeErrors] = ratio(scores[SCORE.perseverativeSum], scores[SCORE.reversalsCounted]);
  summary[SUMMARY.rewardRate] = ratio(scores[SCORE.rewards], scores[SCORE.trials]);
  summary[SUMMARY.rewards] = scores[SCORE.rewards];
  summary[SUMMARY.switches] = scores[SCORE.switches];
  summary[SUMMARY.reversals] = scores[SCORE.reversalsCounted];
  summary[SUMMARY.errorPeakMs] = ratio(scores[SCORE.errorPeakLatencySumMs], answered);
  summary[SUMMARY.errorOnsetMs] = ratio(scores[SCORE.errorOnsetSumMs], answered);
  summary[SUMMARY.errorPeakWrong] = ratio(scores[SCORE.errorPeakWrongSum], wrong);
  summary[SUMMARY.errorPeakCorrect] = ratio(scores[SCORE.errorPeakCorrectSum], scores[SCORE.correctOutcomes]);
  summary[SUMMARY.trials] = scores[SCORE.trials];
}
