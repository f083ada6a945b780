/** The controls a level's circuits offer the player (each definition's playerActions), in circuits[] order. */
import { circuitDefinitionOf } from '../circuits/registry';
import type { CircuitAction } from '../circuits/plugin/playerAction';
import type { Level } from './schema/level';

export type { CircuitAction, CircuitCommand } from '../circuits/plugin/playerAction';

export function circuitPlayerActions(level: Level): CircuitAction[] {
  return level.circuits.flatMap((config) => circuitDefinitionOf(config.kind).playerActions?.(config, level) ?? []);
}
