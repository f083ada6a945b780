/**
 * The command handlers of one world. A world starts with the engine's commands (engineCommands.ts);
 * a circuit's install and the level's spawn add theirs to that world only, so two worlds never share
 * handler state and a command type this world does not know is rejected (applyCommands).
 * A handler returns nothing on success or a rejection (code + parameters, commandRejection.ts) when
 * the command does not apply;
 * rejected commands become 'commandRejected' events and never throw.
 */
import type { SimWorld } from '../world/world';
import type { SimCommand } from './commandQueue';
import type { CommandRejection } from './commandRejection';

export type CommandHandler = (world: SimWorld, command: SimCommand) => CommandRejection | void;

export class CommandRegistry {
  private readonly handlers = new Map<string, CommandHandler>();

  constructor(initial: Readonly<Record<string, CommandHandler>> = {}) {
    for (const [type, handler] of Object.entries(initial)) this.define(type, handler);
  }

  /**
   * Adds a handler. Defining the same handler again is a no-op (two circuits may share one, such as
   * 'inactivate'); a different handler for a type already defined is a bug and throws.
   */
  define(type: string, handler: CommandHandler): void {
    const existing = this.handlers.get(type);
    if (existing !== undefined && existing !== handler) throw new Error(`command "${type}" is defined twice in this world`);
    this.handlers.set(type, handler);
  }

  handler(type: string): CommandHandler | undefined {
    return this.handlers.get(type);
  }

  /** The command types this world accepts, sorted. */
  types(): string[] {
    return [...this.handlers.keys()].sort();
  }
}

/** Adds a command to this world (call while spawning, before the first tick). */
export function defineCommand(world: SimWorld, type: string, handler: CommandHandler): void {
  world.commandHandlers.define(type, handler);
}

/** This world's handler of `type`, e.g. a circuit's 'inactivate' delegating to the engine's 'lesion'. */
export function commandHandler(world: SimWorld, type: string): CommandHandler | undefined {
  return world.commandHandlers.handler(type);
}

/** The command types this world accepts, sorted. */
export function knownCommandTypes(world: SimWorld): string[] {
  return world.commandHandlers.types();
}
