/**
 * Phase: traces and plasticity. Reads and writes: each belief-learner circuit's state
 * (learnerState.ts). Every trialEveryMs of simulated time both learners of every circuit play one
 * game, trial or episode of its task (playEpisode.ts), on draws from the circuit's own streams, so
 * a run is fixed by the level's seed.
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { BELIEF_LEARNER } from './beliefCircuit';
import { playEpisode } from './playEpisode';

export function runBeliefLearners(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, BELIEF_LEARNER);
  const next = world.clock[0] + 1;
  for (let i = 0; i < eids.length; i++) {
    const learners = data[eids[i]];
    if (next % learners.episodeTicks === 0) playEpisode(learners.config, learners.state, learners.world, learners.noise);
  }
}
