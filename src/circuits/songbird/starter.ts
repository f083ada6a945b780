/**
 * The songbird template: the bird with the first built-in tutor song, one phase of renditions whose
 * trials are as long as a rendition and its reinforcement need, and the goal of copying the song.
 */
import type { CircuitStarter } from '../plugin/circuitStarter';
import { TUTOR_NAMES } from './audio/tutorSongs';
import { DEFAULT_SONGBIRD_PARAMS } from './songbirdParams';
import { renditionTrialMs } from './renditionTrialMs';

const tutorName = TUTOR_NAMES[0];
const trialMs = renditionTrialMs(tutorName, DEFAULT_SONGBIRD_PARAMS.reinforcementDelayMs);
const RENDITIONS = 1000;
const INTERTRIAL_MS = 10;

export const songbirdStarter: CircuitStarter = {
  title: 'Song learning',
  summary: 'A young bird practises a tutor\'s song; a critic rewards renditions closer to it.',
  config: { tutor: { builtIn: tutorName } },
  level: {
    durationMs: RENDITIONS * (trialMs + INTERTRIAL_MS),
    timeline: {
      sessions: [{
        id: 'practice',
        phases: [{
          id: 'singing', label: 'The bird practises its song', trials: RENDITIONS, trialMs, intertrialMs: INTERTRIAL_MS, order: 'sequential',
          trialTypes: [{ id: 'rendition', events: [] }],
        }],
      }],
    },
    // Example lesson texts, so a designer sees what goes where; they say only what this template's rules do.
    lesson: {
      intro: 'A young bird has heard a tutor\'s song and now practises it, rendition after rendition. Its first attempts are a babble. Listen to how its song changes as it practises.',
      goal: 'Practise until the last rendition scores at least 60 out of 100 in similarity to the tutor.',
      explanation: 'In every rendition one part of the bird\'s brain adds a little random variation to the song. A critic compares what the bird sang with its memory of the tutor; when a variation brought the song closer, the synapses that made it are strengthened. Trial and error shape the babble into a copy.',
      teacherNotes: 'Background: reinforcement learning of birdsong (Fiete, Fee & Seung 2007; Ölveczky, Andalman & Fee 2005): LMAN injects variability and a reward signal gates plasticity in RA. A misconception to discuss: the bird does not copy the song in one go; it improves by trial and error.',
      predictions: [{
        id: 'howLearns', askedBefore: 'start',
        question: 'How will the bird learn the tutor\'s song?',
        choices: ['It copies it perfectly at once', 'It gets closer slowly, by trial and error', 'It never gets closer'], answer: 1,
        reveal: 'Slowly, by trial and error: only the variations that happen to sound more like the tutor are kept.',
      }],
    },
    objectives: [{
      id: 'learned',
      description: 'The last rendition scores at least 60/100 similarity to the tutor.',
      metric: 'songSimilarity', args: {}, comparison: '>=', threshold: 60, over: { lastTrials: 1 },
    }],
  },
};
