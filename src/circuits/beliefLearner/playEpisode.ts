/**
 * One game, trial or episode of a circuit's task, played by both learners on the same draws, and
 * their scores updated (shares of games or episodes in %, so a metric shows the number a player
 * reads as "26 %"). `world` draws come from the task stream (the same whatever the learners
 * do); the cue task's chance bursts come from the noise stream, two draws every trial.
 */
import { drawBeadsGame, playBeadsGame, type BeadsDecision } from './beadsTask';
import { drawCheckingEpisode, playCheckingEpisode } from './checkingTask';
import { drawSalienceTrial, learnSalienceTrial } from './salienceTask';
import { LEARNER_COUNT, runningMean, SCORE, SCORE_SLOTS, traceLength, type LearnerState } from './learnerState';
import type { BeliefCircuitConfig } from './configSchema';

const decision: BeadsDecision = { beadsDrawn: 0, choice: 0 };
const trial = new Float64Array(3);

export function gainOf(config: BeliefCircuitConfig, learner: number): number {
  return learner === 0 ? config.gainA : config.gainB;
}

export function playEpisode(config: BeliefCircuitConfig, state: LearnerState, world: () => number, noise: () => number): void {
  switch (config.task) {
    case 'beads': playBeads(config, state, world); break;
    case 'salience': playSalience(config, state, world, noise); break;
    case 'checking': playChecking(config, state, world); break;
  }
}

function playBeads(config: BeliefCircuitConfig, state: LearnerState, world: () => number): void {
  const { scores, last, draws, trace } = state;
  const length = traceLength(config);
  const jar = drawBeadsGame(config, world, draws);
  last[0] = jar;
  for (let l = 0; l < LEARNER_COUNT; l++) {
    const belief = trace.subarray(l * length, (l + 1) * length);
    belief.fill(0);
    playBeadsGame(config, gainOf(config, l), draws, belief, decision);
    last[1 + 2 * l] = decision.beadsDrawn;
    last[2 + 2 * l] = decision.choice;
    const s = l * SCORE_SLOTS;
    const n = ++scores[s + SCORE.played];
    state.played[l] = n;
    scores[s + SCORE.main] = runningMean(scores[s + SCORE.main], decision.beadsDrawn, n);
    scores[s + SCORE.second] = runningMean(scores[s + SCORE.second], decision.beadsDrawn <= 2 ? 100 : 0, n);
    scores[s + SCORE.third] = runningMean(scores[s + SCORE.third], decision.choice === jar ? 0 : 100, n);
  }
}

function playSalience(config: BeliefCircuitConfig, state: LearnerState, world: () => number, noise: () => number): void {
  const { scores, last, weights, recent } = state;
  drawSalienceTrial(config, world, trial);
  last[0] = trial[0];
  last[1] = trial[1];
  last[2] = trial[2];
  const window = config.ratingWindow;
  for (let l = 0; l < LEARNER_COUNT; l++) {
    const chance = l === 0 ? config.chanceFiringA : config.chanceFiringB;
    const burst = noise() < chance;
    last[3 + l] = burst ? 1 : 0;
    learnSalienceTrial(config, gainOf(config, l), burst, trial, weights, 2 * l);
    const s = l * SCORE_SLOTS;
    const n = ++scores[s + SCORE.played];
    state.played[l] = n;
    const slot = ((n - 1) % window) * 2;
    const ring = recent.subarray(l * 2 * window, (l + 1) * 2 * window);
    ring[slot] = weights[2 * l];
    ring[slot + 1] = weights[2 * l + 1];
    // The mean over the last min(n, window) trials.
    const count = Math.min(n, window);
    let light = 0;
    let tone = 0;
    for (let k = 0; k < count; k++) {
      light += ring[2 * k];
      tone += ring[2 * k + 1];
    }
    scores[s + SCORE.main] = light / count;
    scores[s + SCORE.second] = tone / count;
    scores[s + SCORE.third] = weights[2 * l + 1];
  }
}

function playChecking(config: BeliefCircuitConfig, state: LearnerState, world: () => number): void {
  const { scores, last, draws, trace } = state;
  drawCheckingEpisode(config, world, draws);
  last[0] = draws[0] < config.failureProbability ? 1 : 0;
  const length = traceLength(config);
  for (let l = 0; l < LEARNER_COUNT; l++) {
    trace.fill(0, l * length, (l + 1) * length);
    const update = l === 0 ? config.successUpdateA : config.successUpdateB;
    const checks = playCheckingEpisode(config, gainOf(config, l), update, draws, trace, l * length);
    last[1 + l] = checks;
    const s = l * SCORE_SLOTS;
    const n = ++scores[s + SCORE.played];
    state.played[l] = n;
    scores[s + SCORE.main] = runningMean(scores[s + SCORE.main], checks, n);
    // The mean error response over this episode's checks, averaged over episodes (0 with no check).
    let response = 0;
    for (let k = 0; k < checks; k++) response += trace[l * length + k];
    scores[s + SCORE.second] = runningMean(scores[s + SCORE.second], checks > 0 ? response / checks : 0, n);
    scores[s + SCORE.third] = runningMean(scores[s + SCORE.third], checks >= config.maxChecks ? 100 : 0, n);
  }
}
