/**
 * A credit-assignment arena on a built world: draws its task and starting weights from its own
 * seeded streams, registers every piece of its state (so snapshots and state hashes include it) and
 * installs its system (trainCreditArena at 'traces and plasticity').
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import type { SimWorld } from '../../sim/world/world';
import { newArena, RULE_COUNT, type Arena, type ArenaSettings } from './arena';
import { patternTask, xorTask, type PatternTask } from '../../sim/rateNet/patternTasks';
import { trainCreditArena } from './trainCreditArena';
import type { ArenaCircuitConfig } from './configSchema';

export const CREDIT_ARENA = circuitKind<CreditArena>('creditArena');

/** Largest value a learning curve holds (a diverged network is drawn at the top of the plot). */
export const CURVE_CEILING = 10;

export interface CreditArena {
  readonly config: ArenaCircuitConfig;
  readonly eid: number;
  readonly arena: Arena;
  readonly epochTicks: number;
  /** The perturbation rules' pushes: draws from the arena's own exploration stream. */
  readonly exploration: () => number;
  /** Mean error per pattern of every rule after each epoch ((maxEpochs + 1) × RULE_COUNT; epoch 0 is the start). */
  readonly curve: Float64Array;
}

/** The name of the arena's registered array `part` ("scores", "solvedAt", ...). */
export function arenaStateName(circuitId: string, part: string): string {
  return `circuit.${circuitId}.${part}`;
}

export function arenaSettings(config: ArenaCircuitConfig): ArenaSettings {
  return {
    learningRates: [config.backpropRate, config.feedbackAlignmentRate, config.predictiveCodingRate, config.nodePerturbationRate, config.threeFactorRate],
    noiseSd: config.noiseSd,
    criticAveraging: config.criticRate,
    coding: { hiddenVariance: config.hiddenVariance, steps: config.inferenceSteps, rate: config.inferenceRate },
    criterionLoss: config.criterionLoss,
    weightGain: config.weightGain,
  };
}

/** The config's task, drawn from `uniform` when it is a random pattern set. */
export function arenaTask(config: ArenaCircuitConfig, uniform: () => number): PatternTask {
  return config.task === 'xor' ? xorTask() : patternTask(config.patternInputs, config.patternOutputs, config.patterns, uniform);
}

export function installCreditArena(world: SimWorld, config: ArenaCircuitConfig): CreditArena {
  const taskStream = world.rng.stream(`creditArena/${config.id}/task`);
  const weightStream = world.rng.stream(`creditArena/${config.id}/weights`);
  const explorationStream = world.rng.stream(`creditArena/${config.id}/exploration`);
  const exploration = (): number => explorationStream.gaussian();
  const task = arenaTask(config, () => taskStream.uniform());
  const arena = newArena(task, config.hiddenUnits, arenaSettings(config), () => weightStream.gaussian());
  const reg = <T extends Float64Array>(part: string, array: T): T => world.registry.register(arenaStateName(config.id, part), array);
  const { state } = arena;
  reg('weights', state.weights);
  reg('feedback', state.feedback);
  reg('expectedReward', state.memory.expectedReward);
  reg('loss', state.loss);
  reg('correct', state.correct);
  reg('solvedAt', state.solvedAt);
  reg('scores', state.scores);
  const curve = reg('curve', new Float64Array((config.maxEpochs + 1) * RULE_COUNT));
  for (let r = 0; r < RULE_COUNT; r++) curve[r] = Math.min(CURVE_CEILING, state.loss[r]);
  const epochTicks = Math.max(1, Math.round(config.epochEveryMs / world.dtMs));
  const eid = addCircuitEntity(world, CREDIT_ARENA, (id) => ({ config, eid: id, arena, epochTicks, exploration, curve }));
  const { eids, data } = circuitsOfKind(world, CREDIT_ARENA);
  if (eids.length === 1) installCircuitSystem(world, 'traces and plasticity', trainCreditArena);
  return data[eid];
}

/** The world's arenas in install order (empty when it has none); a fresh array, not for hot loops. */
export function creditArenasOf(world: SimWorld): readonly CreditArena[] {
  const { eids, data } = circuitsOfKind(world, CREDIT_ARENA);
  return eids.map((eid) => data[eid]);
}
