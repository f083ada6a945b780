/**
 * The arena's numeric parameters as level fields, each with unit, range, default, citation and help
 * (src/circuits/plugin/param.ts). Defaults are the values docs/model.md reports results for (XOR).
 */
import { param } from '../plugin/param';

const MODEL = 'model choice (docs/model.md, credit-assignment arena)';
const BP = 'error backpropagation (Rumelhart, Hinton & Williams 1986)';
const FA = 'feedback alignment (Lillicrap et al. 2016)';
const PC = 'predictive coding approximating backprop (Whittington & Bogacz 2017)';
const NP = 'node perturbation (Fiete & Seung 2006; Werfel, Xie & Seung 2005)';
const RM = 'reward-modulated three-factor rule (Izhikevich 2007; Fiete, Fee & Seung 2007)';
const rate = (citation: string, fallback: number, who: string) => param({
  min: 0, max: 100, default: fallback, unit: 'per epoch', citation,
  help: `Learning rate of ${who}: each epoch's summed update, averaged over patterns and divided by each layer's fan-in, is multiplied by it.`,
});

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const arenaParamFields = {
  hiddenUnits: param({ min: 1, max: 64, integer: true, default: 4, unit: 'units', citation: MODEL, help: 'Hidden units (tanh) of every network: the width of the network.' }),
  patternInputs: param({ min: 2, max: 16, integer: true, default: 8, unit: 'bits', citation: MODEL, help: 'Input bits of each pattern (the random-pattern task).' }),
  patternOutputs: param({ min: 1, max: 16, integer: true, default: 2, unit: 'bits', citation: MODEL, help: 'Target bits of each pattern, one output unit each (the random-pattern task).' }),
  patterns: param({ min: 2, max: 64, integer: true, default: 16, unit: 'patterns', citation: MODEL, help: 'Number of distinct random input patterns, each with its own random target bits (the random-pattern task).' }),
  epochEveryMs: param({ min: 1, max: 100_000, default: 10, unit: 'ms', citation: MODEL, help: 'Simulated time per epoch (every pattern shown once to every network).' }),
  maxEpochs: param({ min: 1, max: 20_000, integer: true, default: 2000, unit: 'epochs', citation: MODEL, help: 'Epochs the networks train for (and the length of the learning curves kept).' }),
  weightGain: param({ min: 0.01, max: 10, default: 1, unit: '1', citation: MODEL, help: 'Starting weights are drawn N(0, gain²/fan-in); feedback alignment\'s fixed feedback weights N(0, gain²/outputs).' }),
  backpropRate: rate(BP, 2, 'backprop'),
  feedbackAlignmentRate: rate(FA, 2, 'feedback alignment'),
  predictiveCodingRate: rate(PC, 2, 'predictive coding'),
  nodePerturbationRate: rate(NP, 0.5, 'node perturbation'),
  threeFactorRate: rate(RM, 0.2, 'the three-factor rule'),
  noiseSd: param({ min: 0, max: 2, default: 0.1, unit: '1', citation: NP, help: 'Standard deviation σ of the random push given to every unit on every pattern by the two perturbation rules (their exploration; 0: they cannot learn).' }),
  criticRate: param({ min: 0.001, max: 1, default: 0.5, unit: 'per visit', citation: RM, help: 'How fast the critic\'s expected reward for a pattern follows the rewards it gets (α in R̄ ← R̄ + α(R − R̄)).' }),
  hiddenVariance: param({ min: 0.0001, max: 10, default: 0.01, unit: '1', citation: PC, help: 'Variance σ1² of the hidden error nodes relative to the output\'s (1): small values keep the hidden value nodes near their feedforward values, where the updates match backprop.' }),
  inferenceSteps: param({ min: 1, max: 200, integer: true, default: 20, unit: 'steps', citation: PC, help: 'Relaxation steps of predictive coding\'s value nodes per pattern before the weights change.' }),
  inferenceRate: param({ min: 0.01, max: 1.9, default: 0.5, unit: '1', citation: PC, help: 'Step of the relaxation as a fraction of σ1² (stable below 2).' }),
  criterionLoss: param({ min: 0, max: 10, default: 0.05, unit: '1', citation: MODEL, help: 'A rule has solved the task at the first epoch where every pattern is right and its mean error ½Σ(o − t)² per pattern is at most this.' }),
};
