/**
 * The belief learner's numeric parameters as level fields, each with unit, range, default, citation
 * and help (src/circuits/plugin/param.ts). Two learners, A and B, play the same task on the same
 * draws; each has its own gain (and, when checking, its own update from success and, in the
 * cue task, its own chance firing), so a level can set them apart.
 */
import { param } from '../plugin/param';

const MODEL = 'model choice (docs/model.md, when error processing goes wrong)';
const BEADS = 'beads task (Huq, Garety & Hemsley 1988; Garety et al. 1991; Moutoussis et al. 2011)';
const SALIENCE = 'aberrant salience (Kapur 2003; Rescorla & Wagner 1972; Roiser et al. 2009)';
const CHECKING = 'checking (Gehring, Himle & Nisenson 2000; Hauser et al. 2017; Vaghi et al. 2017)';
const gain = (who: string) => param({
  min: 0, max: 9, default: 1, unit: '1', citation: MODEL, title: `Gain of learner ${who}`,
  help: `Gain of learner ${who}: in the beads task, the weight of each bead's evidence (1: exact Bayes); in the cue task, the gain on the prediction error; when checking, the size of the error response (1: typical).`,
});
const successUpdate = (who: string) => param({
  min: 0, max: 1, default: 0.6, unit: '1', citation: CHECKING, title: `Update from success, learner ${who}`,
  help: `Update from success of learner ${who}: the share of its doubt that one clear successful check removes (0: a success changes nothing).`,
});
const chanceFiring = (who: string) => param({
  min: 0, max: 1, default: 0, unit: 'per trial', citation: SALIENCE, title: `Chance firing, learner ${who}`,
  help: `Chance firing of learner ${who}'s error signal: the share of trials on which it bursts (as much as one reward) with no event to cause it (the cue task).`,
});

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const beliefParamFields = {
  trialEveryMs: param({ title: 'Time per game', min: 1, max: 100_000, default: 100, unit: 'ms', citation: MODEL, help: 'Simulated time per game, trial or episode (both learners play one each time).' }),
  gainA: gain('A'),
  gainB: gain('B'),
  majorityShare: param({ title: 'Share of the main colour', min: 0.51, max: 0.99, default: 0.85, unit: '1', citation: BEADS, help: 'Beads task: the share of the jar\'s own colour in it (0.85 in the 85:15 version).' }),
  decisionThreshold: param({ min: 0.51, max: 0.9999, default: 0.99, unit: '1', citation: MODEL, help: 'Beads task: how sure a learner must be of one jar before it decides.' }),
  maxBeads: param({ min: 1, max: 50, integer: true, default: 20, unit: 'beads', citation: BEADS, help: 'Beads task: the most beads a learner may draw before it must decide.' }),
  learningRate: param({ min: 0.001, max: 1, default: 0.05, unit: 'per trial', citation: SALIENCE, help: 'Cue task: α of the Rescorla-Wagner rule.' }),
  rewardProbability: param({ min: 0, max: 1, default: 0.8, unit: '1', citation: MODEL, help: 'Cue task: the chance of reward on a trial with the light (never without it).' }),
  chanceFiringA: chanceFiring('A'),
  chanceFiringB: chanceFiring('B'),
  ratingWindow: param({ title: 'Averaging window', min: 1, max: 1000, integer: true, default: 100, unit: 'trials', citation: MODEL, help: 'Cue task: the cues\' learned weights are averaged over this many last trials.' }),
  successUpdateA: successUpdate('A'),
  successUpdateB: successUpdate('B'),
  stopThreshold: param({ min: 0.01, max: 5, default: 0.5, unit: '1', citation: MODEL, help: 'Checking: a learner stops checking when its error response is at or below this.' }),
  maxChecks: param({ min: 1, max: 50, integer: true, default: 20, unit: 'checks', citation: MODEL, help: 'Checking: the most checks in one episode.' }),
  failureProbability: param({ title: 'Chance the action failed', min: 0, max: 1, default: 0.05, unit: '1', citation: MODEL, help: 'Checking: the chance that the action failed (found at the first check and redone).' }),
  unclearProbability: param({ title: 'Chance of an unclear check', min: 0, max: 0.99, default: 0.2, unit: '1', citation: MODEL, help: 'Checking: the chance that a check is unclear and leaves the doubt as it was.' }),
};
