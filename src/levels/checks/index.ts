/** Cross-reference checks that run after the schema: ids, references, sizes, paths. */
import type { LevelError } from '../errors';
import type { Level } from '../schema/level';
import { createContext } from './context';
import { checkMonitors, checkPlayerCommands, checkPlayerParameters } from './goals';
import { checkMeasures, checkObjectives } from './recorded';
import { checkNetwork } from './network';
import { checkTagTriggerCells } from './tagTriggerCells';
import { checkTimeline } from './timeline';
import { checkRewardContingencies } from './contingencies';
import { checkCircuits } from './circuits';
import { checkLesson } from './lesson';

export { estimateSynapses } from './network';

/** Every cross-reference problem of a schema-valid level; empty when the level is sound. */
export function checkLevel(level: Level): LevelError[] {
  const ctx = createContext(level);
  checkNetwork(ctx);
  checkTagTriggerCells(ctx);
  checkTimeline(ctx);
  checkRewardContingencies(ctx);
  checkCircuits(ctx);
  checkObjectives(ctx);
  checkMeasures(ctx);
  checkMonitors(ctx);
  checkPlayerParameters(ctx);
  checkPlayerCommands(ctx);
  checkLesson(ctx);
  return ctx.errors;
}
