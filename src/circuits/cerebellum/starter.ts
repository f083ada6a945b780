/**
 * The eyeblink template: the circuit with its default CS and the puff, one acquisition phase of
 * paired trials with a CS-alone probe every tenth trial, and the classic goal (conditioned
 * responses on most probe trials). Ids come from the circuit's own names.
 */
import type { CircuitStarter } from '../plugin/circuitStarter';
import { DEFAULT_CS } from './configParams';
import { STIMULUS } from './cerebellumNetwork';

const cs = DEFAULT_CS[0].id;
const TRIAL_MS = 900;
const ISI_MS = 250;
const TRIALS = 100;

const toneEvent = { id: cs, kind: 'cue', target: cs, at: { ms: 0 }, durationMs: ISI_MS + 20 };

export const cerebellumStarter: CircuitStarter = {
  title: 'Eyeblink conditioning',
  summary: 'A tone followed by an air puff: the cerebellum learns to blink just before the puff.',
  config: {},
  level: {
    durationMs: TRIALS * (TRIAL_MS + 300),
    timeline: {
      sessions: [{
        id: 'day1',
        phases: [{
          id: 'acquisition', label: 'Tone, then puff', trials: TRIALS, trialMs: TRIAL_MS, intertrialMs: 300, order: 'sequential',
          trialTypes: [
            { id: 'paired', weight: 9, events: [toneEvent, { kind: 'us', target: STIMULUS.puff, at: { after: cs, ms: ISI_MS }, durationMs: 20 }] },
            { id: 'probe', weight: 1, events: [toneEvent] },
          ],
        }],
      }],
    },
    objectives: [{
      id: 'learned',
      description: 'Over the last 20 trials, the eye closes before the puff on at least half of the trials.',
      metric: 'crPercent', args: {}, comparison: '>=', threshold: 50, over: { lastTrials: 20 },
    }],
  },
};
