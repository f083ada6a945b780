/**
 * Level commands → engine commands (the same type names). A reward without a modulator goes to
 * the level's dopamine pool. setParameter is an engine command defined here: it changes registered
 * state only, so snapshots and replays stay exact (see setParameter.ts).
 */
import type { SimCommand } from '../../sim/commands/commandQueue';
import type { PathSegment } from '../errors';
import type { Command } from '../schema/commands';
import type { SpawnContext } from './spawnContext';

export function toSimCommand(ctx: SpawnContext, command: Command, path: readonly PathSegment[]): SimCommand {
  if (command.type === 'deliverReward') {
    const modulator = command.modulator ?? ctx.dopamine;
    if (modulator === undefined) ctx.report([...path, 'modulator'], 'the level has no dopamine modulator to deliver the reward to; name one');
    return { type: 'deliverReward', amount: command.amount, ...(modulator === undefined ? {} : { modulator }) };
  }
  return { ...command } as SimCommand;
}
