/**
 * Belief learners on a built world: each circuit gets its own seeded streams (the task's draws, and
 * the chance bursts of the cue task), registers every piece of its state (so snapshots and state
 * hashes include it) and installs the system (runBeliefLearners at 'traces and plasticity').
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import type { SimWorld } from '../../sim/world/world';
import { BELIEF_TASKS, type BeliefCircuitConfig, type BeliefTask } from './configSchema';
import { newLearnerState, type LearnerState } from './learnerState';
import { runBeliefLearners } from './runBeliefLearners';

export const BELIEF_LEARNER = circuitKind<BeliefLearners>('beliefLearner');

export interface BeliefLearners {
  readonly config: BeliefCircuitConfig;
  readonly eid: number;
  readonly state: LearnerState;
  /** Ticks per game, trial or episode. */
  readonly episodeTicks: number;
  /** The task's draws (jars and beads, cues and rewards, failures and unclear checks). */
  readonly world: () => number;
  /** The cue task's chance bursts. */
  readonly noise: () => number;
}

/** The name of a circuit's registered array `part` ("beadsScores", "last", ...). */
export function learnerStateName(circuitId: string, part: string): string {
  return `circuit.${circuitId}.${part}`;
}

/**
 * The scores array's part name, one per task: a circuit registers all three but writes only its
 * own task's, so a metric of another task could never read a slot that means something else (the
 * loader refuses such a metric: beliefMetrics' needsSetting).
 */
export function scoresName(task: BeliefTask): string {
  return `${task}Scores`;
}

export function installBeliefLearners(world: SimWorld, config: BeliefCircuitConfig): BeliefLearners {
  const taskStream = world.rng.stream(`beliefLearner/${config.id}/task`);
  const noiseStream = world.rng.stream(`beliefLearner/${config.id}/noise`);
  const state = newLearnerState(config);
  const reg = (part: string, array: Float64Array): void => { world.registry.register(learnerStateName(config.id, part), array); };
  for (const task of BELIEF_TASKS) reg(scoresName(task), task === config.task ? state.scores : new Float64Array(state.scores.length));
  reg('played', state.played);
  reg('last', state.last);
  reg('draws', state.draws);
  reg('trace', state.trace);
  reg('weights', state.weights);
  reg('recent', state.recent);
  const episodeTicks = Math.max(1, Math.round(config.trialEveryMs / world.dtMs));
  const eid = addCircuitEntity(world, BELIEF_LEARNER, (id) => ({
    config, eid: id, state, episodeTicks, world: () => taskStream.uniform(), noise: () => noiseStream.uniform(),
  }));
  const { eids, data } = circuitsOfKind(world, BELIEF_LEARNER);
  if (eids.length === 1) installCircuitSystem(world, 'traces and plasticity', runBeliefLearners);
  return data[eid];
}

/** The world's belief-learner circuits in install order (empty when it has none); a fresh array. */
export function beliefLearnersOf(world: SimWorld): readonly BeliefLearners[] {
  const { eids, data } = circuitsOfKind(world, BELIEF_LEARNER);
  return eids.map((eid) => data[eid]);
}
