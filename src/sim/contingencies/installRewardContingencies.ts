/**
 * Resolves the reward contingencies of a NetworkSpec against a built world (synapse → pre and post
 * eids, modulator → pool) and registers their state, so snapshots and hashes capture it.
 */
import type { SimWorld } from '../world/world';
import { outgoingSynapseId } from '../build/outgoingSynapse';
import { SpecPathError } from '../build/specPathError';
import type { RewardContingencySpec } from './contingencySpec';
import { stateKey } from '../world/worldState';

export const REWARD_CONTINGENCIES = stateKey<RewardContingency[]>('rewardContingencies');

export interface RewardContingency {
  readonly spec: RewardContingencySpec;
  readonly preEid: number;
  readonly postEid: number;
  /** The synapse the pair was named by, or −1 when given by eids. */
  readonly synapse: number;
  readonly pool: number;
  readonly windowTicks: number;
  readonly minDelayMs: number;
  readonly spanMs: number;
  /** [0]: tick of the last pre spike (−1 before any); [1]: rewards earned so far. */
  readonly status: Float64Array;
  /** Due ticks of the pending rewards (−1 marks a free slot). */
  readonly due: Float64Array;
}

export function installRewardContingencies(world: SimWorld, specs: readonly RewardContingencySpec[]): void {
  const list = specs.map((spec, i) => compile(world, spec, ['rewardContingencies', i]));
  world.state.set(REWARD_CONTINGENCIES, list);
}

/** The world's reward contingencies (empty when it has none). */
export function rewardContingenciesOf(world: SimWorld): readonly RewardContingency[] {
  return world.state.get(REWARD_CONTINGENCIES) ?? [];
}

export function rewardContingencyByName(world: SimWorld, name: string): RewardContingency {
  const found = rewardContingenciesOf(world).find((c) => c.spec.name === name);
  if (!found) throw new Error(`unknown reward contingency "${name}"`);
  return found;
}

function compile(world: SimWorld, spec: RewardContingencySpec, path: Array<string | number>): RewardContingency {
  let preEid: number, postEid: number, synapse = -1;
  if (spec.synapse) {
    synapse = outgoingSynapseId(world, spec.synapse.projection, spec.synapse.pre, spec.synapse.nth ?? 0, [...path, 'synapse']);
    preEid = world.synapses.pre[synapse];
    postEid = world.synapses.post[synapse];
  } else {
    if (spec.preEid === undefined || spec.postEid === undefined) throw new SpecPathError(path, 'a spikePair contingency needs a synapse or preEid and postEid');
    preEid = spec.preEid;
    postEid = spec.postEid;
    for (const [key, eid] of [['preEid', preEid], ['postEid', postEid]] as const) {
      if (!Number.isInteger(eid) || eid < 1 || eid > world.neurons.count) throw new SpecPathError([...path, key], `no neuron with eid ${eid}`);
    }
  }
  const pool = world.modulators.names.indexOf(spec.modulator);
  if (pool < 0) throw new SpecPathError([...path, 'modulator'], `unknown modulator "${spec.modulator}"`);
  if (!(spec.minDelayMs >= 0 && spec.maxDelayMs >= spec.minDelayMs)) {
    throw new SpecPathError([...path, 'maxDelayMs'], `delays must satisfy 0 ≤ minDelayMs ≤ maxDelayMs, got ${spec.minDelayMs} and ${spec.maxDelayMs}`);
  }
  const key = `contingency.${spec.name}`;
  return {
    spec, preEid, postEid, synapse, pool,
    windowTicks: Math.round(spec.windowMs / world.dtMs),
    minDelayMs: spec.minDelayMs,
    spanMs: spec.maxDelayMs - spec.minDelayMs,
    status: world.registry.register(`${key}.status`, new Float64Array([-1, 0])),
    due: world.registry.register(`${key}.due`, new Float64Array(spec.capacity ?? 256).fill(-1)),
  };
}
