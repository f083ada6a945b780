/**
 * The cortical map template: three fingers' skin and a strip of somatosensory cortex. The map
 * starts topographic; silencing the middle finger lets its neighbours take over its territory
 * (Merzenich et al. 1984). The circuit uses the level's own populations, so the template holds them.
 */
import type { CircuitStarter } from '../plugin/circuitStarter';

const RECEPTORS = 8;
const lif = (id: string) => ({ id, model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 100 });
const finger = (n: number) => ({
  id: `finger${n}`, label: `Finger ${n}`, type: 'receptor', count: RECEPTORS,
  layout: { kind: 'line', x: (n - 1) * 10, y: 0, width: RECEPTORS, height: 1 },
});

export const mapStarter: CircuitStarter = {
  title: 'Touch map',
  summary: 'Three fingers map onto a strip of cortex; silence one and watch its neighbours take over.',
  config: { sheet: 'cortex', inputs: [{ population: 'finger1' }, { population: 'finger2' }, { population: 'finger3' }], ageAtStartMs: 400_000 },
  level: {
    durationMs: 120_000,
    neuronTypes: [lif('receptor'), lif('corticalUnit')],
    populations: [finger(1), finger(2), finger(3),
      { id: 'cortex', label: 'Touch cortex', type: 'corticalUnit', count: 30, layout: { kind: 'line', x: 0, y: 6, width: 30, height: 1 } }],
    projections: [],
    stimuli: [],
    timeline: {
      sessions: [{
        id: 'main',
        phases: [
          { id: 'intact', label: 'All fingers', trials: 10, trialMs: 2000, trialTypes: [{ id: 'touches', events: [] }] },
          { id: 'silenced', label: 'Middle finger silenced', trials: 50, trialMs: 2000, trialTypes: [{ id: 'touches', events: [] }],
            commandsAtStart: [{ type: 'lesion', population: 'finger2' }] },
        ],
      }],
    },
    lesson: {
      intro: 'Each finger sends touch to its own stretch of cortex. Half way through, the middle finger stops sending anything.',
      goal: 'Watch the middle finger\'s stretch of cortex come to answer the fingers next to it.',
      explanation: 'Units that lost their input still receive weak synapses from the neighbouring fingers. Those fingers keep being touched, so the weak synapses grow at the expense of the silent ones, and the neighbours take over.',
      teacherNotes: 'Background: Merzenich et al. (1984): after a monkey lost a finger, the neighbouring fingers took over its cortex within weeks. Model: a competitive Hebbian map with normalisation.',
      predictions: [{
        id: 'whoTakesOver', askedBefore: 'start',
        question: 'When the middle finger falls silent, what will its stretch of cortex answer?',
        choices: ['Nothing', 'The fingers next to it'], answer: 1,
        reveal: 'The fingers next to it: their weak synapses onto its units grow while its own stay silent.',
      }],
    },
    objectives: [{
      id: 'takenOver', label: 'Territory taken over',
      description: 'At least 60% of the silenced finger\'s former cortex answers another finger.',
      metric: 'mapRecruited', args: {}, comparison: '>=', threshold: 0.6, over: { lastTrials: 1 },
    }],
  },
};
