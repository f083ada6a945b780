/** The belief learners in words (screen readers): each circuit's task, each learner's last move and averages. */
import { beliefLearnersOf } from '../../../circuits/beliefLearner/beliefCircuit';
import type { SceneDescriberFactory } from '../sceneDescription';
import { circuitSentences } from './beliefWords';

export const beliefDescriber: SceneDescriberFactory = (_level, world) => {
  const circuits = beliefLearnersOf(world);
  if (circuits.length === 0) return null;
  return {
    describe() {
      return { now: circuits.flatMap(circuitSentences), error: null, progress: null };
    },
  };
};
