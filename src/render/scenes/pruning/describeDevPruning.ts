/** Developmental pruning in words (screen readers): the stage, the synapse count and the accuracy. */
import { devPruningCircuitsOf } from '../../../circuits/devPruning/devPruningCircuit';
import type { SceneDescriberFactory } from '../sceneDescription';
import { accuracyWords, stageWords, strategyWords, synapseWords, twinWords } from './pruningWords';

export const devPruningDescriber: SceneDescriberFactory = (_level, world) => {
  const circuit = devPruningCircuitsOf(world)[0];
  if (!circuit) return null;
  return {
    describe() {
      return { now: [synapseWords(circuit), accuracyWords(circuit), twinWords(circuit), strategyWords(circuit)].filter((words) => words !== ''), error: null, progress: stageWords(circuit) };
    },
  };
};
