/**
 * A developing network (Huttenlocher 1979, 1990; Huttenlocher & Dabholkar 1997; Petanjek et al.
 * 2011): the arena's rate network (inputs → tanh hidden → linear category outputs), of which only
 * the synapses in a mask exist. One epoch (a stretch of developmental time; the level says how long)
 * is, in order:
 *  1. synaptogenesis: until growthEpochs the count climbs linearly from startFraction to
 *     peakFraction of the possible synapses, new synapses at random places with weak weights;
 *  2. learning: a fresh batch of examples, one backprop step (the arena's errorUpdate) on the
 *     present synapses, after which blame and usage are updated (synapseScores.ts);
 *  3. pruning: from pruneStartEpoch to pruneEndEpoch the count falls linearly by pruneFraction of the
 *     peak, each epoch's removals chosen by blame and usage or at random (chooseRemovals.ts);
 *  4. scoring: accuracy on the fixed held-out test set, and the curves of count and accuracy.
 * An unpruned twin is the control: until pruning starts it is a copy of the network; from then on it
 * learns from the same examples with the same rule but loses no synapses, so "accuracy holds
 * through pruning" is measured against the same network, not against an earlier age.
 * Backprop is the learning rule here because the claim is about what pruning removes, not how the
 * weights learn (the credit-arena chapter compares rules).
 */
import { forward, initialWeights, newActivity, w2Offset, weightCount, type Activity, type NetShape } from '../../sim/rateNet/rateNet';
import { errorUpdate, newErrorScratch, type ErrorScratch } from '../../sim/rateNet/gradientRules';
import { argmax, drawExamples, newBatch, newCategoryTask, type CategoryTask, type ExampleBatch } from './categoryTask';
import { addSynapses, removeSynapses, type RemovalPolicy, type RemovalScratch } from './chooseRemovals';
import { biasOnlyMask, fanInOf, possibleSynapses, synapseCount } from './synapseMask';
import { updateSynapseScores } from './synapseScores';

export interface DevelopmentSettings {
  readonly inputs: number;
  readonly informativeInputs: number;
  readonly categories: number;
  readonly hidden: number;
  readonly exampleNoiseSd: number;
  readonly examplesPerEpoch: number;
  readonly testExamples: number;
  readonly startFraction: number;
  readonly peakFraction: number;
  readonly growthEpochs: number;
  readonly pruneStartEpoch: number;
  readonly pruneEndEpoch: number;
  readonly pruneFraction: number;
  readonly policy: RemovalPolicy;
  readonly scoreAveraging: number;
  readonly learningRate: number;
  readonly weightGain: number;
  readonly newSynapseGain: number;
  readonly accuracyWindow: number;
  readonly maxEpochs: number;
}

/** Indices of the `scores` array (registered: metrics read them). */
export const SCORE = {
  epochs: 0,
  synapses: 1,
  peakSynapses: 2,
  /** (peak − now) / peak, in %. */
  fallFromPeak: 3,
  /** Mean held-out accuracy over the last accuracyWindow epochs, in %. */
  accuracy: 4,
  /** Mean held-out accuracy over the accuracyWindow epochs up to the start of pruning, in %. */
  accuracyBefore: 5,
  /** accuracy − accuracyBefore in percentage points (once pruning has started; 0 before). */
  accuracyChange: 6,
  removed: 7,
  possible: 8,
  /** Held-out accuracy of this epoch alone, in %. */
  accuracyNow: 9,
  /** The unpruned twin's held-out accuracy over the last accuracyWindow epochs, in %. */
  twinAccuracy: 10,
  /** accuracy − twinAccuracy, in percentage points: what pruning has cost (−) or gained (+). */
  accuracyVsUnpruned: 11,
} as const;
export const SCORE_COUNT = 12;

/** The random draws a development uses, each from its own stream so one does not shift another. */
export interface DevelopmentStreams {
  /** Prototypes and the held-out test set (drawn once). */
  readonly taskUniform: () => number;
  readonly taskGaussian: () => number;
  /** Each epoch's fresh examples. */
  readonly exampleGaussian: () => number;
  /** Starting weights and new synapses' weights. */
  readonly weightGaussian: () => number;
  /** Where synapses grow. */
  readonly growthUniform: () => number;
  /** Which synapses random pruning removes. */
  readonly pruneUniform: () => number;
}

/** What a world registers (snapshots and hashes include it). */
export interface DevelopmentState {
  readonly weights: Float64Array;
  readonly mask: Float64Array;
  /** Epochs each present synapse has existed (0 for absent ones). */
  readonly age: Float64Array;
  /** Running mean of each synapse's w·∂E/∂w, and of its size (synapseScores.ts). */
  readonly contribution: Float64Array;
  readonly contributionSize: Float64Array;
  readonly blame: Float64Array;
  readonly usage: Float64Array;
  readonly scores: Float64Array;
  /** Synapse count after each epoch (maxEpochs + 1; epoch 0 is the start). */
  readonly countCurve: Float64Array;
  /** Held-out accuracy after each epoch, in % (maxEpochs + 1). */
  readonly accuracyCurve: Float64Array;
  /** The unpruned twin: its weights, its synapses (a copy of the mask at the start of pruning) and its accuracy curve. */
  readonly twinWeights: Float64Array;
  readonly twinMask: Float64Array;
  readonly twinAccuracyCurve: Float64Array;
}

export interface Development {
  readonly settings: DevelopmentSettings;
  readonly shape: NetShape;
  readonly task: CategoryTask;
  readonly test: ExampleBatch;
  readonly batch: ExampleBatch;
  readonly state: DevelopmentState;
  readonly streams: DevelopmentStreams;
  readonly delta: Float64Array;
  readonly errors: ErrorScratch;
  readonly act: Activity;
  readonly meanAbsInput: Float64Array;
  readonly meanAbsHidden: Float64Array;
  readonly removal: RemovalScratch;
}

export function newDevelopment(settings: DevelopmentSettings, streams: DevelopmentStreams): Development {
  const shape: NetShape = { inputs: settings.inputs, hidden: settings.hidden, outputs: settings.categories };
  const task = newCategoryTask(settings.inputs, settings.informativeInputs, settings.categories, settings.exampleNoiseSd, streams.taskUniform);
  const test = newBatch(task, settings.testExamples);
  drawExamples(task, test, streams.taskGaussian);
  const size = weightCount(shape);
  const weights = new Float64Array(size);
  initialWeights(shape, settings.weightGain, streams.weightGaussian, weights);
  const state: DevelopmentState = {
    weights, mask: biasOnlyMask(shape), age: new Float64Array(size), contribution: new Float64Array(size), contributionSize: new Float64Array(size), blame: new Float64Array(size), usage: new Float64Array(size), scores: new Float64Array(SCORE_COUNT),
    countCurve: new Float64Array(settings.maxEpochs + 1), accuracyCurve: new Float64Array(settings.maxEpochs + 1),
    twinWeights: new Float64Array(size), twinMask: new Float64Array(size), twinAccuracyCurve: new Float64Array(settings.maxEpochs + 1),
  };
  const dev: Development = {
    settings, shape, task, test, batch: newBatch(task, settings.examplesPerEpoch), state, streams,
    delta: new Float64Array(size), errors: newErrorScratch(shape), act: newActivity(shape),
    meanAbsInput: new Float64Array(settings.inputs + 1), meanAbsHidden: new Float64Array(settings.hidden + 1),
    removal: { present: new Int32Array(possibleSynapses(shape)) },
  };
  // The starting synapses keep their drawn weights; every other weight (not a bias) is 0 until it grows.
  const start = Math.round(settings.startFraction * possibleSynapses(shape));
  const drawn = Float64Array.from(weights);
  addSynapses(shape, start, weights, state.mask, streams.growthUniform, (n) => drawn[n], dev.removal);
  for (let n = 0; n < size; n++) if (state.mask[n] === 0) weights[n] = 0;
  state.scores[SCORE.possible] = possibleSynapses(shape);
  score(dev);
  return dev;
}

/** Synapses the schedule wants after epoch e while growing (e ≤ growthEpochs). */
function grownTarget(s: DevelopmentSettings, possible: number, e: number): number {
  const start = Math.round(s.startFraction * possible);
  const peak = Math.round(s.peakFraction * possible);
  return Math.round(start + ((peak - start) * Math.min(e, s.growthEpochs)) / Math.max(1, s.growthEpochs));
}

/** Synapses the schedule wants after epoch e while pruning (pruneStartEpoch < e ≤ pruneEndEpoch and after). */
function prunedTarget(s: DevelopmentSettings, peak: number, e: number): number {
  const span = Math.max(1, s.pruneEndEpoch - s.pruneStartEpoch);
  const done = Math.min(1, (e - s.pruneStartEpoch) / span);
  return Math.round(peak - s.pruneFraction * peak * done);
}

/** One epoch of development: growth, learning, pruning, scoring (see the file's comment). */
export function developEpoch(dev: Development): void {
  const { settings, shape, state, streams, batch, delta } = dev;
  const { weights: w, mask } = state;
  const e = state.scores[SCORE.epochs] + 1;
  const possible = state.scores[SCORE.possible];
  if (e <= settings.growthEpochs) {
    const grow = grownTarget(settings, possible, e) - synapseCount(shape, mask);
    if (grow > 0) {
      addSynapses(shape, grow, w, mask, streams.growthUniform,
        (n) => settings.newSynapseGain * (settings.weightGain / Math.sqrt(fanInOf(shape, n))) * streams.weightGaussian(), dev.removal);
    }
  }
  drawExamples(dev.task, batch, streams.exampleGaussian);
  errorUpdate(w, shape, batch, null, dev.errors, delta);
  meanActivity(dev);
  updateSynapseScores(shape, w, mask, delta, batch, dev.meanAbsInput, dev.meanAbsHidden, settings.scoreAveraging, state.age, state.contribution, state.contributionSize, state.blame, state.usage);
  learningStep(dev, w, mask);
  if (e > settings.pruneStartEpoch) {
    // The twin learns from the same examples, after the network (the scratch is shared).
    errorUpdate(state.twinWeights, shape, batch, null, dev.errors, delta);
    learningStep(dev, state.twinWeights, state.twinMask);
  }
  if (e > settings.pruneStartEpoch && settings.pruneFraction > 0) {
    const cut = synapseCount(shape, mask) - prunedTarget(settings, state.scores[SCORE.peakSynapses], e);
    if (cut > 0) state.scores[SCORE.removed] += removeSynapses(shape, cut, settings.policy, w, mask, state, streams.pruneUniform, dev.removal);
  }
  state.scores[SCORE.epochs] = e;
  score(dev);
}

/** One backprop step of `w` from `delta`: each layer's step divided by its fan-in, as in the arena; absent synapses stay at 0. */
function learningStep(dev: Development, w: Float64Array, mask: Float64Array): void {
  const { shape, settings, delta } = dev;
  const off = w2Offset(shape);
  const perExample = settings.learningRate / dev.batch.patterns;
  for (let n = 0; n < w.length; n++) {
    if (mask[n] === 0) continue;
    w[n] += (perExample / (n < off ? shape.inputs + 1 : shape.hidden + 1)) * delta[n];
  }
}

/** Mean |x_i| and |a_j| over the epoch's examples (the presynaptic side of usage); the bias slot is 1. */
function meanActivity(dev: Development): void {
  const { shape, batch, state, act, meanAbsInput, meanAbsHidden } = dev;
  meanAbsInput.fill(0);
  meanAbsHidden.fill(0);
  for (let p = 0; p < batch.patterns; p++) {
    forward(state.weights, shape, batch.x, p * shape.inputs, batch.t, p * shape.outputs, act);
    for (let i = 0; i < shape.inputs; i++) meanAbsInput[i] += Math.abs(batch.x[p * shape.inputs + i]);
    for (let j = 0; j < shape.hidden; j++) meanAbsHidden[j] += Math.abs(act.a[j]);
  }
  for (let i = 0; i < shape.inputs; i++) meanAbsInput[i] /= batch.patterns;
  for (let j = 0; j < shape.hidden; j++) meanAbsHidden[j] /= batch.patterns;
  meanAbsInput[shape.inputs] = 1;
  meanAbsHidden[shape.hidden] = 1;
}

/** Held-out accuracy of the network as it is now: the share of test examples sorted right. */
export function testAccuracy(dev: Development, weights: Float64Array = dev.state.weights): number {
  const { shape, test, act } = dev;
  let right = 0;
  for (let p = 0; p < test.patterns; p++) {
    forward(weights, shape, test.x, p * shape.inputs, test.t, p * shape.outputs, act);
    if (argmax(act.o, shape.outputs) === test.label[p]) right++;
  }
  return right / test.patterns;
}

/** Mean of the last `epochs` values of the curve up to `end` (fewer at the start). */
function trailingMean(curve: Float64Array, end: number, epochs: number): number {
  const from = Math.max(0, end - epochs + 1);
  let sum = 0;
  for (let e = from; e <= end; e++) sum += curve[e];
  return sum / (end - from + 1);
}

function score(dev: Development): void {
  const { settings, shape, state } = dev;
  const { scores } = state;
  const e = scores[SCORE.epochs];
  const count = synapseCount(shape, state.mask);
  const accuracy = 100 * testAccuracy(dev);
  // Until pruning starts the twin is the network itself.
  if (e <= settings.pruneStartEpoch) {
    state.twinWeights.set(state.weights);
    state.twinMask.set(state.mask);
  }
  state.countCurve[e] = count;
  state.accuracyCurve[e] = accuracy;
  state.twinAccuracyCurve[e] = e <= settings.pruneStartEpoch ? accuracy : 100 * testAccuracy(dev, state.twinWeights);
  scores[SCORE.synapses] = count;
  scores[SCORE.accuracyNow] = accuracy;
  if (count > scores[SCORE.peakSynapses]) scores[SCORE.peakSynapses] = count;
  scores[SCORE.fallFromPeak] = scores[SCORE.peakSynapses] > 0 ? (100 * (scores[SCORE.peakSynapses] - count)) / scores[SCORE.peakSynapses] : 0;
  scores[SCORE.accuracy] = trailingMean(state.accuracyCurve, e, settings.accuracyWindow);
  scores[SCORE.twinAccuracy] = trailingMean(state.twinAccuracyCurve, e, settings.accuracyWindow);
  scores[SCORE.accuracyVsUnpruned] = scores[SCORE.accuracy] - scores[SCORE.twinAccuracy];
  if (e <= settings.pruneStartEpoch) scores[SCORE.accuracyBefore] = scores[SCORE.accuracy];
  scores[SCORE.accuracyChange] = e > settings.pruneStartEpoch ? scores[SCORE.accuracy] - scores[SCORE.accuracyBefore] : 0;
}
