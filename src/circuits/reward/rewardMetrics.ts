/** Level metrics of the reward circuit: its value readout V, at the end of the span or at a moment of each trial. */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { trialMoment } from '../plugin/trialTiming';
import { registeredSlot, type CircuitMetric } from '../plugin/circuitDefinition';
import { rewardSignalsName, Signal } from './rewardCircuit';

const circuit = id('Id of a reward circuit in circuits[].').default('reward');

export const rewardMetrics = {
  rewardValue: {
    display: { label: 'Value', unit: '' },
    args: z.strictObject({ circuit, at: trialMoment.optional() })
      .describe('Reward circuit: its value readout V (from the value population\'s filtered rate) at the end of the span, or with at: in each trial at a time after an event (value at cue: { from: "cue", ms: 200 }).'),
    measure: registeredSlot(rewardSignalsName, 'reward')(Signal.value),
    trialSpan: (args) => {
      const at = args.at as { from: string; ms: number } | undefined;
      return at ? { from: at.from, startMs: at.ms, endMs: null } : null;
    },
  },
} as const satisfies Record<string, CircuitMetric>;
