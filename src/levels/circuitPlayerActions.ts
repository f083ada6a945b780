/** The controls a level's circuits offer the player (each definition's playerActions), in circuits[] order, labelled in the page's language. */
import { circuitDefinitionOf } from '../circuits/registry';
import { actionTextKey, type CircuitAction } from '../circuits/plugin/playerAction';
import type { Level } from './schema/level';
import { labelWord } from './labels/labelWords';
import { stimulusLabel } from './labels/stimulusLabel';

export type { CircuitAction, CircuitCommand } from '../circuits/plugin/playerAction';

export function circuitPlayerActions(level: Level): CircuitAction[] {
  return level.circuits.flatMap((config) => (circuitDefinitionOf(config.kind).playerActions?.(config, level) ?? [])
    .map((action) => ({ ...action, label: labelWord(circuitActionKey(config.kind, action), action.label, actionParams(action)) })));
}

/** The string key of a circuit action's label. */
export function circuitActionKey(kind: string, action: Pick<CircuitAction, 'id' | 'text'>): string {
  return `scene.circuit.${kind}.action.${actionTextKey(action)}`;
}

function actionParams(action: CircuitAction): Readonly<Record<string, string | number>> | undefined {
  const text = action.text;
  if (!text) return undefined;
  if (text.stimulus === undefined) return text.params;
  const cs = stimulusLabel(text.stimulus);
  return { ...text.params, cs, Cs: cs.charAt(0).toUpperCase() + cs.slice(1) };
}
