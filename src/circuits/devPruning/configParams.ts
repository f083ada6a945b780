/**
 * Developmental pruning's numeric parameters as level fields, each with unit, range, default,
 * citation and help (src/circuits/plugin/param.ts). Defaults are the values docs/model.md reports
 * results for ("Developmental pruning").
 */
import { param } from '../plugin/param';

const MODEL = 'model choice (docs/model.md, developmental pruning)';
const CURVE = 'synapse density rises to a peak in early childhood and falls by about 40% by adulthood (Huttenlocher 1979, 1990; Huttenlocher & Dabholkar 1997; Petanjek et al. 2011)';
const PRUNE = 'activity-dependent elimination of weak and unhelpful synapses (Hua & Smith 2004); saliency pruning (Mozer & Smolensky 1989; LeCun, Denker & Solla 1990)';

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const devPruningParamFields = {
  inputs: param({ min: 2, max: 64, integer: true, default: 24, unit: 'inputs', citation: MODEL, help: 'Input channels of the network; the first informativeInputs carry the category, the rest only noise.' }),
  informativeInputs: param({ min: 1, max: 64, integer: true, default: 8, unit: 'inputs', citation: MODEL, help: 'Input channels that carry the category (each category has a random ±1 prototype on them).' }),
  categories: param({ min: 2, max: 8, integer: true, default: 4, unit: 'categories', citation: MODEL, help: 'Categories to sort examples into, one output unit each.' }),
  hiddenUnits: param({ min: 1, max: 32, integer: true, default: 8, unit: 'units', citation: MODEL, help: 'Hidden units (tanh) of the network.' }),
  exampleNoiseSd: param({ min: 0, max: 4, default: 1.2, unit: '1', citation: MODEL, help: 'Standard deviation of the noise added to the prototype on the informative inputs (the noise inputs are always N(0, 1)).' }),
  examplesPerEpoch: param({ min: 1, max: 256, integer: true, default: 32, unit: 'examples', citation: MODEL, help: 'Fresh examples the network learns from in each epoch (a stretch of experience).' }),
  testExamples: param({ min: 4, max: 2000, integer: true, default: 400, unit: 'examples', citation: MODEL, help: 'Size of the held-out test set, drawn once: the accuracy is measured on it.' }),
  startFraction: param({ min: 0, max: 1, default: 0.45, unit: '1', citation: CURVE, help: 'Share of the possible synapses present at the start.' }),
  peakFraction: param({ min: 0, max: 1, default: 0.9, unit: '1', citation: CURVE, help: 'Share of the possible synapses present at the peak, reached at growthEpochs.' }),
  growthEpochs: param({ min: 0, max: 10_000, integer: true, default: 24, unit: 'epochs', citation: CURVE, help: 'Epochs of synaptogenesis: the count climbs linearly from the start to the peak.' }),
  pruneStartEpoch: param({ min: 0, max: 10_000, integer: true, default: 36, unit: 'epochs', citation: CURVE, help: 'Epoch after which pruning starts.' }),
  pruneEndEpoch: param({ min: 1, max: 10_000, integer: true, default: 180, unit: 'epochs', citation: CURVE, help: 'Epoch by which pruning has removed pruneFraction of the peak count (linearly in between).' }),
  pruneFraction: param({ min: 0, max: 0.95, default: 0.4, unit: '1', citation: CURVE, help: 'Share of the peak count that pruning removes (0: no pruning).' }),
  targetedShare: param({ min: 0, max: 1, default: 1, unit: '1', citation: PRUNE, help: 'Share of each round\'s removals chosen by blame and usage; the rest are chosen at random (0: random pruning, the control).' }),
  blameThreshold: param({ min: 0, max: 1, default: 0, unit: '1', citation: PRUNE, help: 'Threshold (0 to 1) on the blame, which runs from −1 to 1 (the running mean of w·∂E/∂w over its running mean size): a synapse whose blame is above it counts as adding to the errors, and targeted pruning takes the least used of those first. 1: blame is ignored and usage alone decides.' }),
  scoreAveraging: param({ min: 0.001, max: 1, default: 0.02, unit: 'per epoch', citation: MODEL, help: 'Rate α of the running averages of blame and usage (a window of about 1/α epochs).' }),
  learningRate: param({ min: 0, max: 20, default: 3, unit: 'per epoch', citation: MODEL, help: 'Backprop\'s learning rate: each epoch\'s update, averaged over its examples and divided by each layer\'s fan-in, is multiplied by it.' }),
  weightGain: param({ min: 0.01, max: 10, default: 1, unit: '1', citation: MODEL, help: 'Starting weights are drawn N(0, gain²/fan-in).' }),
  newSynapseGain: param({ min: 0, max: 10, default: 0.2, unit: '1', citation: MODEL, help: 'A newly grown synapse starts this many times as strong as a starting one (new synapses are weak).' }),
  accuracyWindow: param({ min: 1, max: 1000, integer: true, default: 20, unit: 'epochs', citation: MODEL, help: 'Epochs the reported accuracy is averaged over (the accuracy of one epoch jitters with the examples).' }),
  epochEveryMs: param({ min: 1, max: 100_000, default: 25, unit: 'ms', citation: MODEL, help: 'Simulated time per epoch.' }),
  maxEpochs: param({ min: 1, max: 10_000, integer: true, default: 240, unit: 'epochs', citation: MODEL, help: 'Epochs of development (and the length of the curves kept).' }),
};
