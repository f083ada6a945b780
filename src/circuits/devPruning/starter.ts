/**
 * The pruning template: a network grows synapses to a peak and then prunes 40% of them while it
 * learns to sort noisy examples (240 epochs, 6 s). It brings its own rate network, so the template
 * has no neurons of its own.
 */
import { rateModelLevelParts, type CircuitStarter } from '../plugin/circuitStarter';

export const devPruningStarter: CircuitStarter = {
  title: 'Developmental pruning',
  summary: 'A network grows too many synapses, learns to sort noisy examples, and prunes the ones that do not help.',
  config: { maxEpochs: 240 },
  level: {
    ...rateModelLevelParts({ id: 'development', label: 'Development', trials: 12, trialMs: 500, trialType: 'epochs' }),
    lesson: {
      intro: 'A young network grows more synapses than it needs. Then it loses many of them while it learns.',
      goal: 'Watch the synapse count rise and fall, and the accuracy.',
      explanation: 'Synapses that add to the errors or are little used are removed; the ones that carry the answer stay.',
      teacherNotes: 'Background: Huttenlocher (1979, 1990), Huttenlocher & Dabholkar (1997), Petanjek et al. (2011). Model: a rate network with a synapse mask, trained by backprop on noisy categories.',
      predictions: [{
        id: 'accuracy', askedBefore: 'start',
        question: 'What will happen to accuracy when 40% of the synapses are removed?',
        choices: ['It holds', 'It falls a lot'], answer: 0,
        reveal: 'It holds: the synapses removed were not helping.',
      }],
    },
    objectives: [{
      id: 'fall', label: 'Synapses lost since the peak',
      description: 'The count falls by at least 30% from its peak.',
      metric: 'pruningFall', args: {}, comparison: '>=', threshold: 30, over: { lastTrials: 1 },
    }],
  },
};
