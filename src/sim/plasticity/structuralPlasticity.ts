/**
 * Phase: traces and plasticity (after the weight rules). Spine pruning and growth (SCIENCE.md §8).
 * Reads: synapses.weight / active of projections with a StructuralSpec. Writes: synapses.active,
 * synapses.weight, projection.<name>.msBelowFloor; emits synapsePruned / synapseGrown.
 * Stream: 'structure' (growth draws). Every checkEveryMs: an active synapse below pruneBelow
 * accumulates time, and once it has been below for pruneAfterMs it is pruned (inactive, weight 0;
 * entities are never removed mid-run). Dormant synapses grow back at growthPerSecond across the
 * projection, each picked uniformly among the dormant ones and starting at initialWeight.
 * At spawn (installStructural) a dormantFraction of the synapses is made dormant, drawn from the
 * spawn stream 'structure/<projection>'.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { StructuralSpec } from './plasticitySpec';
import { spawnStream } from '../build/spawnRandom';
import { growthCount, shouldPrune } from '../models/structural';

interface StructuralState {
  readonly projection: Projection;
  readonly spec: StructuralSpec;
  readonly msBelowFloor: Float64Array;
  readonly intervalTicks: number;
  readonly intervalMs: number;
}

const OWNER = ruleStateKey<StructuralState>('structural');
/** Random picks tried per growth before giving up when nearly every synapse is active. */
const GROWTH_ATTEMPTS = 32;

export function installStructural(world: SimWorld, projection: Projection): void {
  const spec = projection.structural!;
  const { weight, active } = world.synapses;
  const stream = spawnStream(world.seed, `structure/${projection.name}`);
  for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) {
    if (stream.uniform() < spec.dormantFraction) {
      active[s] = 0;
      weight[s] = 0;
    }
  }
  const intervalTicks = Math.max(1, Math.round((spec.checkEveryMs ?? 100) / world.dtMs));
  const state: StructuralState = {
    projection,
    spec,
    msBelowFloor: world.registry.register(`projection.${projection.name}.msBelowFloor`, new Float64Array(projection.count)),
    intervalTicks,
    intervalMs: intervalTicks * world.dtMs,
  };
  addRuleState(world, OWNER, state);
}

export function applyStructuralPlasticity(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) {
    const state = list[i];
    if ((world.clock[0] + 1) % state.intervalTicks === 0 && state.projection.plasticityEnabled[0] === 1) turnOver(world, state);
  }
}

function turnOver(world: SimWorld, state: StructuralState): void {
  const { projection, spec, msBelowFloor, intervalMs } = state;
  const { weight, active } = world.synapses;
  const first = projection.firstSynapse;
  const tick = world.clock[0];
  let dormant = 0;
  for (let i = 0; i < projection.count; i++) {
    const s = first + i;
    if (active[s] === 0) { dormant++; continue; }
    if (weight[s] >= spec.pruneBelow) { msBelowFloor[i] = 0; continue; }
    msBelowFloor[i] += intervalMs;
    if (shouldPrune(msBelowFloor[i], spec.pruneAfterMs)) {
      active[s] = 0;
      weight[s] = 0;
      msBelowFloor[i] = 0;
      world.events.push({ type: 'synapsePruned', tick, synapse: s });
    }
  }
  const stream = world.rng.stream('structure');
  let grow = Math.min(growthCount(spec.growthPerSecond, intervalMs, stream.uniform()), dormant);
  for (let attempt = 0; grow > 0 && attempt < GROWTH_ATTEMPTS * grow; attempt++) {
    const s = first + stream.int(projection.count);
    if (active[s] === 1) continue;
    active[s] = 1;
    weight[s] = spec.initialWeight;
    msBelowFloor[s - first] = 0;
    world.events.push({ type: 'synapseGrown', tick, synapse: s });
    grow--;
  }
}
