/**
 * A reversal agent on a built world: registers every piece of its state (so snapshots and state
 * hashes include it), takes its draws from its own seeded streams, and installs its system
 * (stepReversal at 'traces and plasticity').
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import type { SimWorld } from '../../sim/world/world';
import { LIVE } from './agentLayout';
import { newAgentState, type AgentRandom, type AgentSettings, type AgentState } from './agentState';
import type { ReversalCircuitConfig } from './configSchema';
import { stepReversal } from './stepReversal';

export const REVERSAL = circuitKind<ReversalAgent>('reversal');

export interface ReversalAgent {
  readonly config: ReversalCircuitConfig;
  readonly eid: number;
  readonly settings: AgentSettings;
  readonly state: AgentState;
  readonly random: AgentRandom;
}

/** The name of the agent's registered array `part` ("scores", "log", ...). */
export function reversalStateName(circuitId: string, part: string): string {
  return `circuit.${circuitId}.${part}`;
}

export function agentSettings(config: ReversalCircuitConfig): AgentSettings {
  const { kind: _kind, id: _id, errorUnitLesioned: _lesioned, ...settings } = config;
  return settings;
}

export function installReversal(world: SimWorld, config: ReversalCircuitConfig): ReversalAgent {
  const noise = world.rng.stream(`reversal/${config.id}/noise`);
  const task = world.rng.stream(`reversal/${config.id}/task`);
  // The units' noise and the task's reward draws come from separate streams: a change of the agent's
  // settings leaves the task's luck (which trials of the rewarded option pay) the same.
  const random: AgentRandom = { gaussian: () => noise.gaussian(), uniform: () => task.uniform() };
  const settings = agentSettings(config);
  const state = newAgentState(settings);
  if (config.errorUnitLesioned) state.live[LIVE.lesioned] = 1;
  const reg = <T extends Float64Array>(part: string, array: T): T => world.registry.register(reversalStateName(config.id, part), array);
  reg('units', state.units);
  reg('value', state.value);
  reg('trial', state.trial);
  reg('scores', state.scores);
  reg('live', state.live);
  reg('summary', state.summary);
  reg('choiceBias', state.choiceBias);
  reg('log', state.log);
  reg('trace', state.trace);
  reg('lastErrorTrace', state.lastErrorTrace);
  const eid = addCircuitEntity(world, REVERSAL, (id) => ({ config, eid: id, settings, state, random }));
  const { eids, data } = circuitsOfKind(world, REVERSAL);
  if (eids.length === 1) installCircuitSystem(world, 'traces and plasticity', stepReversal);
  return data[eid];
}

/** The world's reversal agents in install order (empty when it has none); a fresh array, not for hot loops. */
export function reversalAgentsOf(world: SimWorld): readonly ReversalAgent[] {
  const { eids, data } = circuitsOfKind(world, REVERSAL);
  return eids.map((eid) => data[eid]);
}
