/**
 * Level metrics of developmental pruning, read from its registered scores at the end of the span:
 * the synapse count now and at its peak, how far it has fallen from the peak, and the held-out
 * accuracy now, before pruning started, and its change through pruning.
 */
import { registeredSlot, type CircuitMetric } from '../plugin/circuitDefinition';
import { id } from '../plugin/schemaParts';
import { z } from 'zod';
import { SCORE } from './development';
import { devPruningStateName } from './devPruningCircuit';

const circuit = id('Id of a developing network in circuits[].').default('brain');
const args = (what: string) => z.strictObject({ circuit }).describe(`Developmental pruning: ${what}`);
const score = registeredSlot((circuitId) => devPruningStateName(circuitId, 'scores'), 'brain');

export const devPruningMetrics = {
  pruningSynapses: {
    display: { label: 'Synapses', unit: '', integer: true },
    args: args('the number of synapses the network has now.'),
    measure: score(SCORE.synapses),
  },
  pruningPeakSynapses: {
    display: { label: 'Synapses at the peak', unit: '', integer: true },
    args: args('the largest number of synapses the network has had so far.'),
    measure: score(SCORE.peakSynapses),
  },
  pruningFall: {
    display: { label: 'Synapses lost since the peak', unit: '%' },
    args: args('how far the synapse count has fallen from its peak, in % of the peak.'),
    measure: score(SCORE.fallFromPeak),
  },
  pruningAccuracy: {
    display: { label: 'Accuracy on new examples', unit: '%' },
    args: args('the share of held-out test examples the network sorts right, in %, averaged over the last accuracyWindow epochs.'),
    measure: score(SCORE.accuracy),
  },
  pruningAccuracyBefore: {
    display: { label: 'Accuracy before pruning', unit: '%' },
    args: args('held-out accuracy in %, averaged over the accuracyWindow epochs up to the start of pruning.'),
    measure: score(SCORE.accuracyBefore),
  },
  pruningAccuracyChange: {
    display: { label: 'Accuracy change through pruning', unit: 'points', decimals: 1 },
    args: args('held-out accuracy now minus before pruning started, in percentage points (0 until pruning starts).'),
    measure: score(SCORE.accuracyChange),
  },
  pruningAccuracyVsUnpruned: {
    display: { label: 'Accuracy compared with no pruning', unit: 'points', decimals: 1 },
    args: args('held-out accuracy minus that of an unpruned twin (the same network from the start of pruning, learning from the same examples but losing no synapses), in percentage points, both averaged over the last accuracyWindow epochs.'),
    measure: score(SCORE.accuracyVsUnpruned),
  },
  pruningEpochs: {
    display: { label: 'Epochs of development', unit: '', integer: true },
    args: args('epochs of development so far (one epoch stands for about a month in the built-in levels).'),
    measure: score(SCORE.epochs),
  },
} as const satisfies Record<string, CircuitMetric>;
