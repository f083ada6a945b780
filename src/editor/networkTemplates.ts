/**
 * The two templates without a circuit: a free network (two populations, one projection, a drive)
 * and an STDP pairing protocol (one synapse; pre and post spikes 10 ms apart each trial, after
 * Bi & Poo 1998, with the amplitudes and time constants of Song, Miller & Abbott 2000).
 */

const lifCell = {
  id: 'cell', model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 100,
  input: { mode: 'current', tauMs: 5 },
};

const line = (x: number, width: number) => ({ kind: 'line', x, y: 0, width, height: 1 });

export function freeNetworkParts(): Record<string, unknown> {
  return {
    neuronTypes: [structuredClone(lifCell)],
    populations: [
      { id: 'input', label: 'Input cells', type: 'cell', count: 20, layout: line(0, 10) },
      { id: 'output', label: 'Output cells', type: 'cell', count: 20, layout: line(14, 10) },
    ],
    projections: [{
      id: 'inputToOutput', from: 'input', to: 'output', connect: { rule: 'fixedProbability', p: 0.2 },
      weight: 80, delayMs: 1, receptor: 'excitatory',
    }],
    stimuli: [{ id: 'drive', kind: 'poisson', target: 'input', rateHz: 800, weight: 100, receptor: 'excitatory' }],
    monitors: [{ id: 'spikes', kind: 'spikes' }],
    // Example lesson texts, so a designer sees what goes where; they say only what this template's rules do.
    lesson: {
      intro: 'Two groups of cells: input cells driven by random spikes, and output cells that hear them through one projection. Change the connection and see whether the output cells fire.',
      goal: 'Make the output cells fire at least 2 spikes per second on average.',
      explanation: 'Each output cell adds up the small currents from the input cells connected to it. When enough of them arrive close together, its membrane reaches the threshold and it fires. A stronger weight, or more connections, make that happen more often.',
      teacherNotes: 'Use this template to show integrate-and-fire: a leaky membrane sums its inputs and fires at a threshold. A misconception to discuss: a single input spike is rarely enough to make a cell fire.',
      predictions: [{
        id: 'doubleWeight', askedBefore: 'start',
        question: 'If the weight of the projection were doubled, what would the output cells do?',
        choices: ['Fire more often', 'Fire less often', 'Not change'], answer: 0,
        reveal: 'Fire more often: each input spike now pushes the membrane twice as far towards the threshold.',
      }],
    },
    objectives: [{
      id: 'outputFires', label: 'Output rate',
      description: 'The output cells fire at least 2 spikes per second on average.',
      metric: 'populationRateHz', args: { population: 'output' }, comparison: '>=', threshold: 2, over: { window: { startMs: 0, endMs: 2000 } },
    }],
  };
}

export function stdpPairingParts(): Record<string, unknown> {
  const spike = (id: string, target: string, ms: number) => ({ id, kind: 'pulse', target, at: { ms }, amplitudePa: 5000, widthMs: 1 });
  return {
    neuronTypes: [structuredClone(lifCell)],
    populations: [
      { id: 'pre', label: 'Presynaptic', type: 'cell', count: 1, layout: line(0, 1) },
      { id: 'post', label: 'Postsynaptic', type: 'cell', count: 1, layout: line(4, 1) },
    ],
    projections: [{
      id: 'synapse', from: 'pre', to: 'post', connect: { rule: 'oneToOne' }, weight: 0.5, delayMs: 1, receptor: 'excitatory',
      plasticity: { rule: 'stdp', aPlus: 0.01, aMinus: 0.0105, tauPlusMs: 16.8, tauMinusMs: 33.7, wMax: 1, wMin: 0, form: 'additive', pairing: 'nearest' },
    }],
    timeline: {
      sessions: [{
        id: 'main',
        phases: [{
          id: 'pairing', label: '60 pairings at 1 Hz', trials: 60, trialMs: 1000,
          trialTypes: [{ id: 'pair', events: [spike('preSpike', 'pre', 100), spike('postSpike', 'post', 110)] }],
        }],
      }],
    },
    monitors: [{ id: 'weight', kind: 'probe', target: 'synapse', projection: 'synapse', field: 'weight', everyMs: 1000 }],
    // Example lesson texts, so a designer sees what goes where; they say only what this template's rules do.
    lesson: {
      intro: 'One synapse joins two cells. In every trial the presynaptic cell fires, and 10 ms later the postsynaptic cell fires. Watch the weight of the synapse over 60 pairings.',
      goal: 'Make the synapse at least 30% stronger.',
      explanation: 'When the presynaptic spike comes just before the postsynaptic spike, the synapse is strengthened; in the opposite order it is weakened. This is spike-timing-dependent plasticity: the order of the two spikes sets the sign of the change, and the time between them its size.',
      teacherNotes: 'Background: Bi & Poo (1998) measured this timing rule in cultured hippocampal neurons; the amplitudes and time constants here follow Song, Miller & Abbott (2000). Swap the two spike times to show depression.',
      predictions: [{
        id: 'preFirst', askedBefore: 'start',
        question: 'The presynaptic spike comes 10 ms before the postsynaptic one, in every trial. What happens to the synapse?',
        choices: ['It gets stronger', 'It gets weaker', 'It stays the same'], answer: 0,
        reveal: 'It gets stronger: the presynaptic cell helped to make the postsynaptic cell fire, and the rule rewards that order.',
      }],
    },
    objectives: [{
      id: 'potentiate', description: 'Make the synapse at least 30% stronger.',
      metric: 'weightChangeRatio', args: { projection: 'synapse' }, comparison: '>', threshold: 1.3, over: { lastTrials: 1 },
    }],
  };
}
