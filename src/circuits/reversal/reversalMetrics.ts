/**
 * Level metrics of the reversal agent, read from its registered summary (agentLayout.ts SUMMARY)
 * at the end of the span: perseverative errors per reversal, reward earned, switches of rule, and
 * the error unit's response to wrong and rewarded outcomes.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { registeredSlot, type CircuitMetric } from '../plugin/circuitDefinition';
import { SUMMARY } from './agentLayout';
import { reversalStateName } from './reversalCircuit';

const circuit = id('Id of a reversal agent in circuits[].').default('agent');
const summaryOf = registeredSlot((circuitId) => reversalStateName(circuitId, 'summary'), 'agent');
const args = (help: string) => z.strictObject({ circuit }).describe(`Reversal agent: ${help}`);

export const reversalMetrics = {
  reversalPerseverativeErrors: {
    display: { label: 'Perseverative errors per reversal', unit: '' },
    args: args('the mean number of times per reversal the agent still chose the old option before it first chose the new one (over the reversals counted so far; none yet: no value).'),
    measure: summaryOf(SUMMARY.perseverativeErrors),
  },
  reversalReversals: {
    display: { label: 'Reversals', unit: '', integer: true },
    args: args('how many reversals of the task have had their perseverative errors counted.'),
    measure: summaryOf(SUMMARY.reversals),
  },
  reversalRewardRate: {
    display: { label: 'Trials rewarded', unit: '' },
    args: args('the share (0-1) of trials so far on which the agent was rewarded.'),
    measure: summaryOf(SUMMARY.rewardRate),
  },
  reversalRewards: {
    display: { label: 'Rewards earned', unit: '', integer: true },
    args: args('the number of rewards earned so far.'),
    measure: summaryOf(SUMMARY.rewards),
  },
  reversalSwitches: {
    display: { label: 'Switches of rule', unit: '', integer: true },
    args: args('how many times the switch integrator knocked the active rule down.'),
    measure: summaryOf(SUMMARY.switches),
  },
  reversalErrorPeakMs: {
    display: { label: 'Error unit peak after a wrong outcome', unit: 'ms' },
    args: args('the mean time (ms) from a wrong outcome to the error unit\'s peak, over the wrong outcomes it answered (none: no value).'),
    measure: summaryOf(SUMMARY.errorPeakMs),
  },
  reversalErrorResponse: {
    display: { label: 'Error unit response to wrong outcomes', unit: '' },
    args: args('the error unit\'s mean peak (0-1) after wrong outcomes (0 when lesioned).'),
    measure: summaryOf(SUMMARY.errorPeakWrong),
  },
  reversalCorrectResponse: {
    display: { label: 'Error unit response to rewards', unit: '' },
    args: args('the error unit\'s mean peak (0-1) after rewarded outcomes (it should stay near 0).'),
    measure: summaryOf(SUMMARY.errorPeakCorrect),
  },
} as const satisfies Record<string, CircuitMetric>;
