/**
 * Commands from the player, the editor, a lesson or the trial timeline. They are applied at the
 * start of the next tick, in order, and logged with the tick they took effect at, so a run is
 * fully described by (level, seed, command log) and can be replayed.
 */
export interface SimCommand {
  readonly type: string;
  readonly [param: string]: unknown;
}

export interface LoggedCommand {
  readonly tick: number;
  readonly command: SimCommand;
}

export class CommandQueue {
  private pending: SimCommand[] = [];
  /** Every command applied so far, with its tick. */
  readonly log: LoggedCommand[] = [];

  /** Queues a command for the start of the next tick. */
  send(command: SimCommand): void {
    this.pending.push(command);
  }

  /** Removes and returns the queued commands (the command system calls this once per tick). */
  take(): SimCommand[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** The commands waiting for the next tick, oldest first (a paused page shows what they will do). */
  get queued(): readonly SimCommand[] {
    return this.pending;
  }

  get pendingCount(): number {
    return this.pending.length;
  }
}
