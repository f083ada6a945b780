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
    // A press while paused waits in the queue for the next tick; it is what the next tick will
    // hold, so the button reads "On now" at once instead of "Off" until Play.
    const queued = lastQueuedValue(world, path);
    const now = queued ?? parameterValueNow(world, path);
    return now === null ? null : now === value;
  };
}

/** The value the last queued setParameter of this path will set, or null when none is queued. */
function lastQueuedValue(world: SimWorld, path: string): number | null {
  const queued = world.commands.queued;
  for (let k = queued.length - 1; k >= 0; k--) {
    const command = queued[k];
    if (command.type === 'setParameter' && command.path === path && typeof command.value === 'number') return command.value;
  }
  return null;
}
