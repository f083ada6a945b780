/**
 * The reward template: a tone, time cells after it, striatal value neurons and dopamine neurons
 * with their pool, the juice one second after the tone, and the goal that the value readout comes
 * to expect the juice (Schultz, Dayan & Montague 1997). The circuit uses the level's own network,
 * so the template holds it: time cells = cues × taps × cells per tap.
 */
import type { CircuitStarter } from '../plugin/circuitStarter';

const TAPS = 8;
const CELLS_PER_TAP = 4;
const lif = (id: string, extra: Record<string, unknown> = {}) => ({
  id, model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -50, vResetMv: -65, refractoryMs: 2, resistanceMOhm: 100, ...extra,
});
const grid = (x: number, width: number, height: number) => ({ kind: 'grid', x, y: 3, width, height });

export const rewardStarter: CircuitStarter = {
  title: 'Reward prediction',
  summary: 'A tone predicts juice: dopamine neurons learn to burst at the tone instead of the juice.',
  config: {
    cues: ['toneCue'], timeCells: 'timeCells', value: 'striatum', valueProjection: 'corticostriatal',
    dopamineNeurons: 'vta', dopamine: 'dopamine', taps: TAPS, tapMs: 200,
  },
  level: {
    durationMs: 300_000,
    neuronTypes: [lif('sensory'), lif('timeCell'), lif('msn', { input: { mode: 'current', tauMs: 5 } }), lif('dopaminergic', { vResetMv: -60, refractoryMs: 5 })],
    populations: [
      { id: 'tone', label: 'Tone', type: 'sensory', count: 10, layout: { kind: 'line', x: 0, y: 0, width: 10, height: 1 } },
      { id: 'timeCells', label: 'Time cells', type: 'timeCell', count: TAPS * CELLS_PER_TAP, layout: grid(0, 8, 4) },
      { id: 'striatum', label: 'Striatum', type: 'msn', count: 40, layout: grid(18, 8, 5) },
      { id: 'vta', label: 'Dopamine neurons', type: 'dopaminergic', count: 20, layout: grid(30, 5, 4), tags: ['Dopaminergic'] },
    ],
    projections: [{ id: 'corticostriatal', from: 'timeCells', to: 'striatum', connect: { rule: 'allToAll' }, weight: 0, delayMs: 1, receptor: 'excitatory' }],
    modulators: [{ id: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 50, releasePerSpike: 0.01, sources: ['vta'] }],
    stimuli: [
      { id: 'toneCue', kind: 'constantCurrent', target: 'tone', amplitudePa: 400, initiallyActive: false },
      { id: 'vtaTonic', kind: 'constantCurrent', target: 'vta', amplitudePa: 145 },
      { id: 'vtaNoise', kind: 'gaussianNoise', target: 'vta', sdPa: 200 },
      { id: 'striatumNoise', kind: 'gaussianNoise', target: 'striatum', sdPa: 300, meanPa: 120 },
    ],
    timeline: {
      sessions: [{
        id: 'day1',
        phases: [{
          id: 'acquisition', label: 'Tone, then juice', trials: 100, trialMs: 3000,
          trialTypes: [{ id: 'paired', events: [
            { id: 'cue', kind: 'cue', target: 'toneCue', at: { ms: 1000 }, durationMs: 500 },
            { id: 'reward', kind: 'reward', at: { after: 'cue', ms: 1000 }, amount: 1 },
          ] }],
        }],
      }],
    },
    // Example lesson texts, so a designer sees what goes where; they say only what this template's rules do.
    lesson: {
      intro: 'A tone plays, and one second later a drop of juice arrives. Dopamine neurons fire a few times a second all the time. Watch what they do when the juice comes, and later when the tone plays.',
      goal: 'Train until the striatum expects the juice after the tone: its value readout 200 ms after the tone reaches 0.3, on average over the last 10 trials.',
      explanation: 'Dopamine neurons signal surprise: the difference between the reward that came and the reward that was expected. At first the juice is a surprise, so they burst, and the dopamine strengthens the synapses from the time cells that were active before the juice onto the striatum. As the striatum learns to expect juice after the tone, the juice stops being a surprise and the burst moves to the tone.',
      teacherNotes: 'Background: Schultz, Dayan & Montague (1997): dopamine neurons report a temporal-difference error. The time cells stand for the brain\'s clock after the tone. A misconception to discuss: dopamine is not a pleasure signal; a reward that is fully expected gives no burst.',
      predictions: [{
        id: 'burstWhen', askedBefore: 'start',
        question: 'After many tone-then-juice trials, when will the dopamine neurons burst?',
        choices: ['At the juice, every time', 'At the tone', 'Never again'], answer: 1,
        reveal: 'At the tone. Once the tone predicts the juice, the juice is no surprise; the tone, which comes without warning, is.',
      }],
    },
    objectives: [{
      id: 'valueAtCue', label: 'Value at the tone',
      description: 'The striatum learns to expect juice after the tone: its value readout 200 ms after the tone is at least 0.3 (mean of the last 10 trials).',
      metric: 'rewardValue', args: { at: { from: 'cue', ms: 200 } }, comparison: '>=', threshold: 0.3, over: { lastTrials: 10 },
    }],
  },
};
