/**
 * The agent's trial bookkeeping: a trial's start (and the task's reversal), the decision, the outcome
 * and the value learner's update, and the trial's end (scores, log, summary).
 */
import { LIVE, SCORE, TRIAL, UNIT } from './agentLayout';
import type { AgentRandom, AgentSettings, AgentState } from './agentState';
import { summarize } from './agentSummary';
import { writeTrialLog } from './trialLog';

export function startTrial(state: AgentState, settings: AgentSettings, random: AgentRandom): void {
  const { trial, units } = state;
  const reverse = settings.criterionCorrect > 0
    ? trial[TRIAL.correctRun] >= settings.criterionCorrect
    : trial[TRIAL.started] > 0 && trial[TRIAL.sinceReversal] >= settings.blockTrials;
  if (reverse) reverseTask(state);
  trial[TRIAL.started]++;
  trial[TRIAL.sinceReversal]++;
  trial[TRIAL.choice] = -1;
  trial[TRIAL.reward] = -1;
  trial[TRIAL.errorPeak] = 0;
  trial[TRIAL.errorPeakMs] = 0;
  trial[TRIAL.errorOnsetMs] = -1;
  trial[TRIAL.switched] = 0;
  units[UNIT.choice0] = 0;
  units[UNIT.choice1] = 0;
  state.choiceBias[0] = settings.choiceNoise * random.gaussian();
  state.choiceBias[1] = settings.choiceNoise * random.gaussian();
  state.trace.fill(0);
  if (state.live[LIVE.lesioned] === 1) state.scores[SCORE.lesionedTrials]++;
}

function reverseTask(state: AgentState): void {
  const { trial, scores } = state;
  // A reversal that comes while the agent still perseverates closes that count (cut off by the block's end).
  if (trial[TRIAL.perseverating] === 1) closePerseveration(state);
  trial[TRIAL.rewarded] = 1 - trial[TRIAL.rewarded];
  trial[TRIAL.sinceReversal] = 0;
  trial[TRIAL.correctRun] = 0;
  trial[TRIAL.perseverating] = 1;
  trial[TRIAL.perseverativeNow] = 0;
  scores[SCORE.reversals]++;
}

function closePerseveration(state: AgentState): void {
  const { trial, scores } = state;
  scores[SCORE.perseverativeSum] += trial[TRIAL.perseverativeNow];
  scores[SCORE.reversalsCounted]++;
  scores[SCORE.lastPerseverative] = trial[TRIAL.perseverativeNow];
  trial[TRIAL.perseverating] = 0;
}

/** The response unit ahead at the decision time is the choice (ties: option 0). */
export function decide(state: AgentState): void {
  const { trial, units } = state;
  const choice = units[UNIT.choice1] > units[UNIT.choice0] ? 1 : 0;
  trial[TRIAL.choice] = choice;
  trial[TRIAL.rule] = units[UNIT.rule1] > units[UNIT.rule0] ? 1 : 0;
  if (trial[TRIAL.perseverating] === 1) {
    if (choice === trial[TRIAL.rewarded]) closePerseveration(state);
    else trial[TRIAL.perseverativeNow]++;
  }
  trial[TRIAL.correctRun] = choice === trial[TRIAL.rewarded] ? trial[TRIAL.correctRun] + 1 : 0;
}

/**
 * The outcome: the chosen option pays with its probability. The rule unit that favours the chosen
 * option is the reward the agent expected; the value learner moves both options' values toward what
 * this outcome says (exactly one option pays, so no reward here is evidence for the other).
 */
export function outcome(state: AgentState, settings: AgentSettings, random: AgentRandom): void {
  const { trial, units, value, scores } = state;
  const choice = trial[TRIAL.choice];
  const p = choice === trial[TRIAL.rewarded] ? settings.rewardProbability : 1 - settings.rewardProbability;
  const reward = random.uniform() < p ? 1 : 0;
  trial[TRIAL.reward] = reward;
  trial[TRIAL.expectation] = units[choice === 0 ? UNIT.rule0 : UNIT.rule1];
  scores[SCORE.rewards] += reward;
  const alpha = settings.valueRate;
  value[choice] += alpha * (reward - value[choice]);
  value[1 - choice] += alpha * (1 - reward - value[1 - choice]);
  // A reward is evidence that the rule still holds: it discharges part of the switch integrator.
  if (reward === 1) units[UNIT.integrator] *= 1 - settings.rewardDischarge;
}

export function endTrial(state: AgentState, settings: AgentSettings): void {
  const { trial, scores } = state;
  const index = trial[TRIAL.started] - 1;
  const wrong = trial[TRIAL.reward] === 0;
  if (wrong) {
    scores[SCORE.wrongOutcomes]++;
    scores[SCORE.errorPeakWrongSum] += trial[TRIAL.errorPeak];
    if (trial[TRIAL.errorOnsetMs] >= 0) {
      scores[SCORE.errorResponses]++;
      scores[SCORE.errorPeakLatencySumMs] += trial[TRIAL.errorPeakMs];
      scores[SCORE.errorOnsetSumMs] += trial[TRIAL.errorOnsetMs];
    }
    state.lastErrorTrace.set(state.trace);
  } else {
    scores[SCORE.correctOutcomes]++;
    scores[SCORE.errorPeakCorrectSum] += trial[TRIAL.errorPeak];
  }
  writeTrialLog(state, settings.maxTrials, index);
  scores[SCORE.trials]++;
  trial[TRIAL.msInTrial] = 0;
  summarize(state);
}
