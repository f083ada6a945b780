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
    // Example lesson texts, so a designer sees what goes where; they say only what this template's rules do.
    lesson: {
      intro: 'A tone plays, and a quarter of a second later a puff of air hits the eye. The eye blinks at the puff: a reflex. Watch what the eyelid does at the tone as the trials go by.',
      goal: 'Train until the eye closes before the puff on at least half of the last 20 trials.',
      explanation: 'The tone reaches the cerebellum through the mossy fibres and starts a chain of granule cells that fire one after another, like a clock. The puff arrives through the climbing fibres, which weaken the synapses from the granule cells that were active just before it. The Purkinje cells then fall silent at that moment after the tone, the deep nucleus is released, and the eyelid closes just before the puff is due.',
      teacherNotes: 'Background: delay eyeblink conditioning (Gormezano, Kehoe & Marshall 1983) and the cerebellar timing model of Medina & Mauk (2000). One trial in ten is a probe: the tone without the puff, so the learned blink can be seen on its own. A misconception to discuss: the learned blink is not a faster reflex but a new response to the tone, timed to the puff.',
      predictions: [{
        id: 'blinkWhen', askedBefore: 'start',
        question: 'After training, when will the eye close on a trial with the tone?',
        choices: ['Only when the puff hits', 'Just before the puff is due', 'Right at the start of the tone'], answer: 1,
        reveal: 'Just before the puff. The cerebellum learns the time between the tone and the puff, so the blink comes when it protects the eye.',
      }],
    },
    objectives: [{
      id: 'learned',
      description: 'Over the last 20 trials, the eye closes before the puff on at least half of the trials.',
      metric: 'crPercent', args: {}, comparison: '>=', threshold: 50, over: { lastTrials: 20 },
    }],
  },
};
