/**
 * Phase: commands (first). Reads: world.commands queue. Writes: whatever each command's handler
 * changes; appends to the command log; emits commandApplied / commandRejected.
 */
import type { SimWorld } from '../world/world';
import { commandHandler } from '../commands/engineCommands';

export function applyCommands(world: SimWorld): void {
  if (world.commands.pendingCount === 0) return;
  const tick = world.clock[0];
  for (const command of world.commands.take()) {
    const handler = commandHandler(command.type);
    const reason = handler ? handler(world, command) : `unknown command "${command.type}"`;
    // Rejected commands are logged too: replaying the log must reproduce the events as well.
    world.commands.log.push({ tick, command });
    if (typeof reason === 'string') world.events.push({ type: 'commandRejected', tick, command, reason });
    else world.events.push({ type: 'commandApplied', tick, command });
  }
}
