/** Checks of a cerebellum circuit config: the names it brings must not clash with the level's own. */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { CerebellumCircuitConfig } from './configSchema';
import { REGION, STIMULUS } from './cerebellumNetwork';

export function checkCerebellumCircuit(ctx: CircuitCheckContext, _config: CerebellumCircuitConfig, path: readonly PathSegment[]): void {
  for (const name of Object.values(REGION)) {
    if (ctx.level.populations.some((p) => p.id === name)) ctx.report(path, `the eyeblink circuit brings its own population "${name}"; rename the level's`);
  }
  for (const name of [STIMULUS.tone, STIMULUS.puff]) {
    if (ctx.level.stimuli.some((s) => s.id === name)) ctx.report(path, `the eyeblink circuit brings its own stimulus "${name}"; rename the level's`);
  }
  if (ctx.level.circuits.filter((c) => c.kind === 'cerebellum').length > 1) ctx.report(path, 'a level holds at most one eyeblink circuit');
}
