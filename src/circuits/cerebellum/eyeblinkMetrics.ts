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
    args: z.strictObject({}).describe('Eyeblink circuit: % of the last 10 trials with a conditioned response (eyelid closure above the criterion before the puff), at the end of the span.'),
    measure: summaryEntry(Summary.crPercent),
  },
  probeCrPercent: {
    args: z.strictObject({}).describe('Eyeblink circuit: % of the last 5 tone-alone probe trials with a conditioned response, at the end of the span.'),
    measure: summaryEntry(Summary.probeCrPercent),
  },
  crPeakMs: {
    args: z.strictObject({}).describe('Eyeblink circuit: time of the eyelid closure peak (ms after tone onset), mean of the last 3 probe trials with a CR.'),
    measure: summaryEntry(Summary.probePeakMs),
  },
  crOnsetMs: {
    args: z.strictObject({}).describe('Eyeblink circuit: CR onset (ms after tone onset) in the last trial with a CR.'),
    measure: summaryEntry(Summary.crOnsetMs),
  },
  complexSpikesPerTrial: {
    args: z.strictObject({}).describe('Eyeblink circuit: mean complex spikes (inferior-olive spikes) per trial over the last 10 trials.'),
    measure: summaryEntry(Summary.complexSpikesPerTrial),
  },
  eyelidClosure: {
    args: z.strictObject({}).describe('Eyeblink circuit: eyelid closure (0 open, 1 shut) at the end of the span.'),
    measure: () => ({ metric: 'registeredValue', name: 'cerebellum.eyelid', index: 0 }),
  },
} as const satisfies Record<string, CircuitMetric>;
