/**
 * Level metrics of the eyeblink circuit: their args (joined into the level schema's metric list)
 * and their engine measures, each an entry of the circuit's registered summary (cerebellum.summary,
 * updated at the end of every trial by recordEyeblinkTrials.ts) or its eyelid state.
 */
import { z } from 'zod';
import type { CircuitMetric } from '../plugin/circuitDefinition';
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import { SUMMARY_NAME, Summary } from './eyeblinkRecord';

const summaryEntry = (index: number) => (): MeasureSpec => ({ metric: 'registeredValue', name: SUMMARY_NAME, index });

export const eyeblinkMetrics = {
  crPercent: {
    display: { label: 'CRs', unit: '%' },
    args: z.strictObject({}).describe('Eyeblink circuit: % of the last 10 scored trials with a conditioned response (eyelid closure rising above the criterion in the CR window, before the puff), at the end of the span.'),
    measure: summaryEntry(Summary.crPercent),
  },
  probeCrPercent: {
    display: { label: 'CRs on test trials', unit: '%' },
    args: z.strictObject({}).describe('Eyeblink circuit: % of the last 5 CS-alone probe trials with a conditioned response, at the end of the span.'),
    measure: summaryEntry(Summary.probeCrPercent),
  },
  crPeakMs: {
    display: { label: 'Blink peak after the tone', unit: 'ms' },
    args: z.strictObject({}).describe('Eyeblink circuit: time of the eyelid closure peak (ms after CS onset), mean of the last 3 probe trials with a CR.'),
    measure: summaryEntry(Summary.probePeakMs),
  },
  crOnsetMs: {
    display: { label: 'Blink start after the tone', unit: 'ms' },
    args: z.strictObject({}).describe('Eyeblink circuit: CR onset (ms after CS onset) in the last trial with a CR.'),
    measure: summaryEntry(Summary.crOnsetMs),
  },
  complexSpikesPerTrial: {
    display: { label: 'Complex spikes per trial', unit: '' },
    args: z.strictObject({}).describe('Eyeblink circuit: mean complex spikes (inferior-olive spikes) per trial over the last 10 trials.'),
    measure: summaryEntry(Summary.complexSpikesPerTrial),
  },
  eyelidClosure: {
    display: { label: 'Eyelid closure', unit: '' },
    args: z.strictObject({}).describe('Eyeblink circuit: eyelid closure (0 open, 1 shut) at the end of the span.'),
    measure: () => ({ metric: 'registeredValue', name: 'cerebellum.eyelid', index: 0 }),
  },
  // Per trial: the values of the trial that just ended (Summary.last*, written by finishTrial).
  trialCr: {
    display: { label: 'CRs', unit: '%' },
    args: z.strictObject({})
      .describe('Eyeblink circuit, per trial: 100 if the trial had a conditioned response, 0 if not, null when it cannot be scored (US at CS onset). Over several trials: their mean, i.e. % CRs (e.g. over CS+ trials only with over.trialType).'),
    measure: summaryEntry(Summary.lastCr),
    perTrial: true,
  },
  trialCrAmplitude: {
    display: { label: 'CR size', unit: '' },
    args: z.strictObject({})
      .describe('Eyeblink circuit, per trial: largest rise of the eyelid closure (0-1) above its value at CS onset inside the CR window; over several trials, their mean.'),
    measure: summaryEntry(Summary.lastCrAmplitude),
    perTrial: true,
  },
  trialCrOnsetMs: {
    display: { label: 'Blink start after the tone', unit: 'ms' },
    args: z.strictObject({}).describe('Eyeblink circuit, per trial: CR onset in ms after CS onset (null without a CR); over several trials, the mean of the trials with a CR.'),
    measure: summaryEntry(Summary.lastCrOnsetMs),
    perTrial: true,
  },
  trialPeakMs: {
    display: { label: 'Blink peak after the tone', unit: 'ms' },
    args: z.strictObject({})
      .describe('Eyeblink circuit, per trial: time of the largest closure in ms after CS onset (before the US; over the whole trial without a US after the CS); over several trials, their mean.'),
    measure: summaryEntry(Summary.lastPeakMs),
    perTrial: true,
  },
  trialClosureAtUs: {
    display: { label: 'Eyelid closure at the puff', unit: '' },
    args: z.strictObject({}).describe('Eyeblink circuit, per trial: eyelid closure (0-1) just before the US began (null without a US); over several trials, their mean.'),
    measure: summaryEntry(Summary.lastClosureAtUs),
    perTrial: true,
  },
  trialComplexSpikes: {
    display: { label: 'Complex spikes', unit: '' },
    args: z.strictObject({}).describe('Eyeblink circuit, per trial: complex spikes (inferior-olive spikes) in the trial; over several trials, their mean.'),
    measure: summaryEntry(Summary.lastComplexSpikes),
    perTrial: true,
  },
} as const satisfies Record<string, CircuitMetric>;
