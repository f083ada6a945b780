/**
 * Phase: commands (first). Reads: world.commands queue, this world's command handlers. Writes:
 * whatever each command's handler changes; appends to the command log; emits commandApplied /
 * commandRejected (also for a type this world has no handler for: its level has no such circuit).
 */
import { reject, rejectionEnglish } from '../commands/commandRejection';
import type { SimWorld } from '../world/world';

export function applyCommands(world: SimWorld): void {
  if (world.commands.pendingCount === 0) return;
  const tick = world.clock[0];
  for (const command of world.commands.take()) {
    const handler = world.commandHandlers.handler(command.type);
    const rejection = handler
      ? handler(world, command)
      : reject('unknownCommand', { type: command.type, accepted: world.commandHandlers.types().join(', ') });
    // Rejected commands are logged too: replaying the log must reproduce the events as well.
    world.commands.log.push({ tick, command });
    if (rejection) {
      world.events.push({ type: 'commandRejected', tick, command, reason: rejectionEnglish(rejection), code: rejection.code, params: rejection.params });
    }
    else world.events.push({ type: 'commandApplied', tick, command });
  }
}
