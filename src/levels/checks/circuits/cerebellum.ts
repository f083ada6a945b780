/** Checks of a cerebellum circuit config: the names it brings must not clash with the level's own. */
import type { PathSegment } from '../../errors';
import type { CircuitConfigOf } from '../../schema/circuits';
import { CEREBELLUM_POPULATIONS, CEREBELLUM_STIMULI } from '../../schema/circuits/cerebellum';
import type { CheckContext } from '../context';

export function checkCerebellumCircuit(ctx: CheckContext, _config: CircuitConfigOf<'cerebellum'>, path: readonly PathSegment[]): void {
  for (const name of CEREBELLUM_POPULATIONS) {
    if (ctx.level.populations.some((p) => p.id === name)) ctx.report(path, `the eyeblink circuit brings its own population "${name}"; rename the level's`);
  }
  for (const name of CEREBELLUM_STIMULI) {
    if (ctx.level.stimuli.some((s) => s.id === name)) ctx.report(path, `the eyeblink circuit brings its own stimulus "${name}"; rename the level's`);
  }
  if (ctx.level.circuits.filter((c) => c.kind === 'cerebellum').length > 1) ctx.report(path, 'a level holds at most one eyeblink circuit');
}
