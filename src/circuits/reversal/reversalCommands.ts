/**
 * Commands of the reversal agent (every agent of the world takes them):
 * - lesionErrorUnit { enabled }: the error unit is silent (true, the default) or answers again (false).
 * - setSwitchThreshold { value }: the switch integrator's threshold.
 * - setSwitchLeakMs { value }: the switch integrator's leak time constant (ms).
 */
import { defineCommand, reject, type CommandHandler, type SimWorld } from '../../sim';
import { LIVE } from './agentLayout';
import { reversalAgentsOf } from './reversalCircuit';
import type { ParamRange } from '../plugin/param';
import { inRange, LEAK_RANGE_MS, THRESHOLD_RANGE } from './commandSchemas';

const lesionErrorUnit: CommandHandler = (world, command) => {
  const agents = reversalAgentsOf(world);
  if (agents.length === 0) return reject('circuitMissing', { circuit: 'reversal' });
  if (command.enabled !== undefined && typeof command.enabled !== 'boolean') return reject('notTrueOrFalse', { field: 'enabled' });
  for (const agent of agents) agent.state.live[LIVE.lesioned] = command.enabled === false ? 0 : 1;
};

/** A live setting; a refusal names its level path (circuits.<id>.<field>), which the page words as the player's slider. */
const setLive = (index: number, field: string, range: Required<ParamRange>): CommandHandler => (world, command) => {
  const agents = reversalAgentsOf(world);
  if (agents.length === 0) return reject('circuitMissing', { circuit: 'reversal' });
  const value = command.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return reject('notFiniteNumber', { field: 'value' });
  if (!inRange(value, range)) return reject('outsideRange', { parameter: `circuits.${agents[0].config.id}.${field}`, min: range.min, max: range.max, got: String(value) });
  for (const agent of agents) agent.state.live[index] = value;
};

/** Adds the reversal agent's commands to this world (spawnReversal, once per world). */
export function defineReversalCommands(world: SimWorld): void {
  defineCommand(world, 'lesionErrorUnit', lesionErrorUnit);
  defineCommand(world, 'setSwitchThreshold', setLive(LIVE.switchThreshold, 'switchThreshold', THRESHOLD_RANGE));
  defineCommand(world, 'setSwitchLeakMs', setLive(LIVE.integratorLeakMs, 'integratorLeakMs', LEAK_RANGE_MS));
}
