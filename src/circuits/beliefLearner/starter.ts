/**
 * The belief-learner template: two learners play the beads task for 10 s (100 games), learner B
 * with a high gain on each bead's evidence. Trial-level models, so the template has no neurons.
 */
import { rateModelLevelParts, type CircuitStarter } from '../plugin/circuitStarter';

export const beliefStarter: CircuitStarter = {
  title: 'Belief learners',
  summary: 'Two learners say which jar beads come from; learner B weighs each bead three times as much.',
  config: { task: 'beads', gainB: 3 },
  level: {
    ...rateModelLevelParts({ id: 'games', label: 'Games', trials: 10, trialMs: 1000, trialType: 'games' }),
    lesson: {
      intro: 'Two learners guess which jar beads come from. Learner B weighs each bead more.',
      goal: 'Watch how many beads each one draws.',
      explanation: 'A learner that over-weights each bead decides after one bead, and is wrong more often.',
      teacherNotes: 'Background: Huq, Garety & Hemsley (1988). Model: a Bayesian observer with a gain on each bead\'s evidence.',
      predictions: [{
        id: 'fewer', askedBefore: 'start',
        question: 'Which learner will decide after fewer beads?',
        choices: ['Learner A', 'Learner B'], answer: 1,
        reveal: 'Learner B: each bead moves its belief three times as far.',
      }],
    },
    objectives: [{
      id: 'bJumps', label: 'Learner B decides fast',
      description: 'Learner B decides after 1 or 2 beads in most games.',
      metric: 'beadsJumpShare', args: { learner: 'b' }, comparison: '>=', threshold: 80, over: { lastTrials: 1 },
    }],
  },
};
