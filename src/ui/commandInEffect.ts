/**
 * Whether a player button's lasting effect is in place, read from the world: a button whose command
 * sets a level parameter (setParameter) is on while the parameter holds the command's value, and off
 * again once something else set it (the timeline's commands at a phase's start, a reset, a step
 * back). The page shows this next to the button, so a player sees that an eye is closed or a drug
 * given, and that the next age undid it. Other commands are one-off: undefined (no state to show).
 */
import type { Command } from '../levels/schema/commands';
import { parameterValueNow } from '../levels/spawn/setParameter';
import type { SimWorld } from '../sim/world/world';

export function commandInEffect(command: Command): ((world: SimWorld) => boolean | null) | undefined {
  if (command.type !== 'setParameter') return undefined;
  const { path, value } = command;
  return (world) => {
    const now = parameterValueNow(world, path);
    return now === null ? null : now === value;
  };
}
