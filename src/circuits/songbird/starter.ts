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
    objectives: [{
      id: 'learned',
      description: 'The last rendition scores at least 60/100 similarity to the tutor.',
      metric: 'songSimilarity', args: {}, comparison: '>=', threshold: 60, over: { lastTrials: 1 },
    }],
  },
};
