/**
 * Phase: traces and plasticity. Reads and writes: each arena's five networks, its critic and scores
 * (arena.ts), and its learning curves. Every epochEveryMs of simulated time, until maxEpochs, every
 * rule takes one epoch on the task and the curves get one more point. The perturbation rules'
 * pushes come from the arena's own exploration stream (arenaCircuit.ts), so a run is fixed by the level's seed.
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { RULE_COUNT, trainEpoch } from './arena';
import { CREDIT_ARENA, CURVE_CEILING, type CreditArena } from './arenaCircuit';

export function trainCreditArena(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, CREDIT_ARENA);
  const next = world.clock[0] + 1;
  for (let i = 0; i < eids.length; i++) {
    const arena = data[eids[i]];
    if (next % arena.epochTicks === 0) train(arena);
  }
}

function train(arena: CreditArena): void {
  const { state } = arena.arena;
  if (state.scores[0] >= arena.config.maxEpochs) return;
  trainEpoch(arena.arena, arena.exploration);
  const row = state.scores[0] * RULE_COUNT;
  for (let r = 0; r < RULE_COUNT; r++) arena.curve[row + r] = Math.min(CURVE_CEILING, state.loss[r]);
}
