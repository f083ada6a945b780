/**
 * Phase: traces and plasticity. Reads and writes: each reversal agent's units, value learner, trial
 * state, scores, log and error traces (reversalAgent.ts and its agent*.ts parts). One Euler step of the world's dt per tick;
 * the task's events (cue, choice, outcome) fall at their times within each trial.
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { stepAgent } from './reversalAgent';
import { REVERSAL } from './reversalCircuit';

export function stepReversal(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, REVERSAL);
  for (let i = 0; i < eids.length; i++) {
    const agent = data[eids[i]];
    stepAgent(agent.state, agent.settings, world.dtMs, agent.random);
  }
}
