/**
 * Player controls a circuit offers (src/ui/playerActions.ts draws them): numbers sent as a command,
 * toggles that can read their state back from the world, and buttons. Commands are plain objects
 * with a `type` from the level's command union.
 */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitCommandSchema } from './circuitDefinition';

/** A command as the level format spells it ({ type: 'setIsiMs', value: 250 }). */
export interface CircuitCommand {
  readonly type: string;
  readonly [field: string]: unknown;
}

/**
 * How the page finds an action's label in another language: the key's last part (under
 * "scene.circuit.<kind>.action."; default: the action's id with ':' read as '.') and the values its
 * English words contain, so a translation can place them. `stimulus` names a stimulus id whose
 * player's name goes into the `{cs}` placeholder (and, capitalised, `{Cs}` for the start of a label).
 */
export interface CircuitActionText {
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly stimulus?: string;
}

export type CircuitAction = (
  | { kind: 'number'; id: string; label: string; min: number; max: number; step: number; unit: string; value: number; command: (value: number) => CircuitCommand }
  | { kind: 'toggle'; id: string; label: string; on: boolean; command: (on: boolean) => CircuitCommand; isOn?: (world: SimWorld) => boolean | null }
  | { kind: 'button'; id: string; label: string; command: () => CircuitCommand }
) & { readonly text?: CircuitActionText };

/** The key part of an action's label ("setPuffStrength", "inactivate.olive"). */
export function actionTextKey(action: Pick<CircuitAction, 'id' | 'text'>): string {
  return action.text?.key ?? action.id.replace(/:/g, '.');
}

/** The [min, max] of a command's `value` field, read from its schema (one source of truth). */
export function commandValueRange(schema: CircuitCommandSchema): { min: number; max: number } {
  const value = 'value' in schema.shape ? (schema.shape.value as unknown as { minValue: number | null; maxValue: number | null }) : null;
  return { min: value?.minValue ?? 0, max: value?.maxValue ?? 1 };
}

/** Whether every neuron of the population is silenced (lesion and inactivation both set this); null when unknown. */
export function populationSilenced(world: SimWorld, name: string): boolean | null {
  const population = world.populations.find((p) => p.name === name);
  if (!population || population.count === 0) return null;
  for (let eid = population.firstEid; eid < population.firstEid + population.count; eid++) if (world.neurons.lesioned[eid] !== 1) return false;
  return true;
}
