/**
 * The reversal template: the agent plays 40 trials of a deterministic reversal task (the rewarded
 * option swaps every 10 trials). The agent is a rate circuit of its own, so the template has no
 * neurons.
 */
import { rateModelLevelParts, type CircuitStarter } from '../plugin/circuitStarter';

export const reversalStarter: CircuitStarter = {
  title: 'Reversal learning',
  summary: 'An agent picks one of two options; the rewarded one swaps every 10 trials. An error unit drives the switch.',
  config: { blockTrials: 10 },
  level: {
    ...rateModelLevelParts({ id: 'task', label: 'Task', trials: 40, trialMs: 800, trialType: 'choice' }),
    lesson: {
      intro: 'An agent picks one of two options. Only one pays, and after a block of trials the other one does.',
      goal: 'Watch the error unit answer each wrong outcome, and the rule switch.',
      explanation: 'The error unit answers a reward that was expected and did not come. Two errors in a row push the switch past its threshold.',
      teacherNotes: 'Background: Gehring et al. (1993), Holroyd & Coles (2002). Model: two rule units, two response units, an error unit and a leaky switch integrator.',
      predictions: [{
        id: 'errors', askedBefore: 'start',
        question: 'How many errors will the agent make after each swap?',
        choices: ['About 2', 'About 10'], answer: 0,
        reveal: 'About 2: two errors in a row take the switch past its threshold.',
      }],
    },
    objectives: [{
      id: 'fewErrors', label: 'Quick switches',
      description: 'At most 3 perseverative errors per reversal.',
      metric: 'reversalPerseverativeErrors', args: {}, comparison: '<=', threshold: 3, over: { lastTrials: 1 },
    }],
  },
};
