/**
 * The first phase's commandsAtStart describe the state a level begins in (eyes lost from birth,
 * learning that starts switched off), so spawn applies them before tick 0 instead of leaving them to
 * the timeline, which would apply them at the start of tick 1. Why: every reader of the world (a
 * learning switch, the scene, the inspector) then shows that state from the first frame, and a
 * player's own command sent before Play (applied at tick 0) comes after them and wins, where before
 * the timeline's command at tick 1 silently undid it. Later phases' commands stay on the timeline.
 */
import type { SimCommand } from '../../sim/commands/commandQueue';
import type { TimelineSpec } from '../../sim/timeline/timelineSpec';
import type { SimWorld } from '../../sim/world/world';
import { rejectionEnglish } from '../../sim/commands/commandRejection';
import type { LevelError, PathSegment } from '../errors';
import { formatPath } from '../errors';
import type { Level } from '../schema/level';

/**
 * Removes the first phase's start commands from `spec` (the timeline will not send them) and returns
 * them. `spec` gets a phases array of its own: the array it shares with the translated spec is not touched.
 */
export function takeOpeningCommands(spec: { phases: TimelineSpec['phases'] }): readonly SimCommand[] {
  const first = spec.phases[0];
  if (!first?.commandsAtStart || first.commandsAtStart.length === 0) return [];
  const opening = first.commandsAtStart;
  spec.phases = [{ ...first, commandsAtStart: [] }, ...spec.phases.slice(1)];
  return opening;
}

/** Where the level file holds the first phase's commands (the first session with a phase). */
function openingPath(level: Level): PathSegment[] {
  const session = (level.timeline?.sessions ?? []).findIndex((s) => s.phases.length > 0);
  return ['timeline', 'sessions', Math.max(0, session), 'phases', 0, 'commandsAtStart'];
}

/**
 * Applies the opening commands to a fully built world (its circuits' and the level's command
 * handlers installed), logged at tick 0 as the timeline's, as applyCommands would log them. A command
 * the world refuses is the level's error at that command's path: a level must not start in a state
 * other than the one it describes.
 */
export function applyOpeningCommands(world: SimWorld, level: Level, commands: readonly SimCommand[]): LevelError[] {
  const errors: LevelError[] = [];
  commands.forEach((spec, i) => {
    const command = { ...spec, source: 'timeline' };
    const handler = world.commandHandlers.handler(command.type);
    const path = formatPath([...openingPath(level), i]);
    if (!handler) {
      errors.push({ path, message: `this level has no "${command.type}" command` });
      return;
    }
    const rejection = handler(world, command);
    if (rejection) errors.push({ path, message: rejectionEnglish(rejection) });
    else world.commands.log.push({ tick: 0, command });
  });
  return errors;
}
