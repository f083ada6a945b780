/**
 * Developmental pruning on a built world: draws its task, test set, weights, growth and pruning
 * from its own seeded streams, registers every piece of its state (so snapshots and state hashes
 * include it) and installs its system (developNetworks at 'traces and plasticity').
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import type { SimWorld } from '../../sim/world/world';
import { newDevelopment, type Development, type DevelopmentSettings } from './development';
import { developNetworks } from './developNetworks';
import type { DevPruningCircuitConfig } from './configSchema';

export const DEV_PRUNING = circuitKind<DevPruningCircuit>('devPruning');

export interface DevPruningCircuit {
  readonly config: DevPruningCircuitConfig;
  readonly eid: number;
  readonly development: Development;
  readonly epochTicks: number;
}

/** The name of the circuit's registered array `part` ("scores", "countCurve", ...). */
export function devPruningStateName(circuitId: string, part: string): string {
  return `circuit.${circuitId}.${part}`;
}

export function developmentSettings(config: DevPruningCircuitConfig): DevelopmentSettings {
  return {
    inputs: config.inputs, informativeInputs: config.informativeInputs, categories: config.categories, hidden: config.hiddenUnits,
    exampleNoiseSd: config.exampleNoiseSd, examplesPerEpoch: config.examplesPerEpoch, testExamples: config.testExamples,
    startFraction: config.startFraction, peakFraction: config.peakFraction, growthEpochs: config.growthEpochs,
    pruneStartEpoch: config.pruneStartEpoch, pruneEndEpoch: config.pruneEndEpoch, pruneFraction: config.pruneFraction,
    policy: { targetedShare: config.targetedShare, blameThreshold: config.blameThreshold },
    scoreAveraging: config.scoreAveraging, learningRate: config.learningRate, weightGain: config.weightGain,
    newSynapseGain: config.newSynapseGain, accuracyWindow: config.accuracyWindow, maxEpochs: config.maxEpochs,
  };
}

export function installDevPruning(world: SimWorld, config: DevPruningCircuitConfig): DevPruningCircuit {
  const stream = (part: string) => world.rng.stream(`devPruning/${config.id}/${part}`);
  const task = stream('task');
  const examples = stream('examples');
  const weights = stream('weights');
  const growth = stream('growth');
  const prune = stream('prune');
  const development = newDevelopment(developmentSettings(config), {
    taskUniform: () => task.uniform(), taskGaussian: () => task.gaussian(), exampleGaussian: () => examples.gaussian(),
    weightGaussian: () => weights.gaussian(), growthUniform: () => growth.uniform(), pruneUniform: () => prune.uniform(),
  });
  const { state } = development;
  const reg = (part: string, array: Float64Array): void => { world.registry.register(devPruningStateName(config.id, part), array); };
  reg('weights', state.weights);
  reg('mask', state.mask);
  reg('age', state.age);
  reg('contribution', state.contribution);
  reg('contributionSize', state.contributionSize);
  reg('blame', state.blame);
  reg('usage', state.usage);
  reg('scores', state.scores);
  reg('countCurve', state.countCurve);
  reg('accuracyCurve', state.accuracyCurve);
  reg('twinWeights', state.twinWeights);
  reg('twinMask', state.twinMask);
  reg('twinAccuracyCurve', state.twinAccuracyCurve);
  const epochTicks = Math.max(1, Math.round(config.epochEveryMs / world.dtMs));
  const eid = addCircuitEntity(world, DEV_PRUNING, (id) => ({ config, eid: id, development, epochTicks }));
  const { eids, data } = circuitsOfKind(world, DEV_PRUNING);
  if (eids.length === 1) installCircuitSystem(world, 'traces and plasticity', developNetworks);
  return data[eid];
}

/** The world's pruning circuits in install order (empty when it has none); a fresh array, not for hot loops. */
export function devPruningCircuitsOf(world: SimWorld): readonly DevPruningCircuit[] {
  const { eids, data } = circuitsOfKind(world, DEV_PRUNING);
  return eids.map((eid) => data[eid]);
}
