/**
 * The arena template: five learning rules learn XOR side by side for 1000 epochs (10 s). The
 * arena brings its own rate networks, so the template has no neurons of its own.
 */
import { rateModelLevelParts, type CircuitStarter } from '../plugin/circuitStarter';

export const arenaStarter: CircuitStarter = {
  title: 'Credit-assignment arena',
  summary: 'Five learning rules learn XOR side by side: backprop, feedback alignment, predictive coding, node perturbation and a dopamine rule.',
  config: { task: 'xor', maxEpochs: 1000 },
  level: {
    ...rateModelLevelParts({ id: 'training', label: 'Training', trials: 10, trialMs: 1000, trialType: 'epochs' }),
    lesson: {
      intro: 'Five copies of one small network learn XOR, each with a different learning rule.',
      goal: 'Watch which rule learns first.',
      explanation: 'Backprop sends each unit its exact share of the error; the other rules use signals a neuron could have, and pay for it in speed.',
      teacherNotes: 'Background: Lillicrap et al. (2016), Fiete & Seung (2006), Whittington & Bogacz (2017). Model: a 2-4-1 tanh network trained by five rules from the same starting weights.',
      predictions: [{
        id: 'fastest', askedBefore: 'start',
        question: 'Which rule will learn XOR first?',
        choices: ['Backprop', 'Node perturbation'], answer: 0,
        reveal: 'Backprop: it computes each weight\'s exact share of the error.',
      }],
    },
    objectives: [{
      id: 'backpropLearns', label: 'Backprop learns XOR',
      description: 'Backprop gets every pattern of XOR right.',
      metric: 'arenaCorrect', args: { rule: 'backprop' }, comparison: '>=', threshold: 1, over: { lastTrials: 1 },
    }],
  },
};
