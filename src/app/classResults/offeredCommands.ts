/**
 * Whether each logged command is one the level let the player send: the replay engine accepts more
 * (any parameter path, any value, rewards and manipulations no control offers), so a hand-edited
 * command log could replay to a "verified" run the page never allowed. Offered are: a slider's path
 * within its range (playerParameters), a button's or switch's exact command, a number control's
 * command with its value in range (playerActionsFor, as the page builds its panel), and the own
 * commands of a circuit whose controls are a scene's side panel (no playerActions: the panel offers
 * them, with the region inactivation, in every level of that circuit).
 */
import { circuitDefinitionOf } from '../../circuits/registry';
import { canonicalJson } from '../../levels/results/contentHash';
import type { RunRecord } from '../../levels/results/resultsFile';
import type { Level } from '../../levels/schema/level';
import { playerActionsFor } from '../../ui/playerActions';

type Logged = RunRecord['commands'][number]['command'];

/** The command without the fields the log adds (where it came from). */
const comparable = (command: Logged): string => {
  const { source: _source, ...rest } = command as Logged & { source?: unknown };
  return canonicalJson(rest);
};

export interface CommandOffer {
  /** The first logged command the level does not offer (its 1-based place and type), or null. */
  readonly firstRefused: { readonly index: number; readonly type: string } | null;
}

function panelCommandTypes(level: Level): Set<string> {
  const types = new Set<string>();
  for (const config of level.circuits) {
    const definition = circuitDefinitionOf(config.kind);
    if (definition.playerActions) continue;
    for (const schema of definition.commands as unknown as ReadonlyArray<{ shape: { type: { value: string } } }>) types.add(schema.shape.type.value);
    if (definition.inactivationRegions) types.add('inactivate');
  }
  return types;
}

export function checkOfferedCommands(level: Level, commands: RunRecord['commands']): CommandOffer {
  const exact = new Set<string>();
  const numbers: Array<{ fields: string; min: number; max: number }> = [];
  const sliders = new Map<string, { min: number; max: number }>();
  for (const action of playerActionsFor(level)) {
    if (action.kind === 'parameter') sliders.set(action.path, { min: action.min, max: action.max });
    else if (action.kind === 'button') exact.add(comparable(action.command()));
    else if (action.kind === 'toggle') { exact.add(comparable(action.command(true))); exact.add(comparable(action.command(false))); }
    else numbers.push({ fields: comparable({ ...action.command(action.min), value: 0 }), min: action.min, max: action.max });
  }
  const panel = panelCommandTypes(level);
  const offered = (command: Logged): boolean => {
    if (exact.has(comparable(command))) return true;
    if (command.type === 'setParameter') {
      const slider = typeof command.path === 'string' ? sliders.get(command.path) : undefined;
      return slider !== undefined && typeof command.value === 'number' && command.value >= slider.min && command.value <= slider.max;
    }
    if (typeof command.value === 'number') {
      const value = command.value;
      const fields = comparable({ ...command, value: 0 });
      if (numbers.some((n) => n.fields === fields && value >= n.min && value <= n.max)) return true;
    }
    return panel.has(command.type);
  };
  const index = commands.findIndex((c) => !offered(c.command));
  return { firstRefused: index < 0 ? null : { index: index + 1, type: commands[index].command.type } };
}
