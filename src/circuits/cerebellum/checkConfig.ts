/**
 * Checks of a cerebellum circuit config: the names it brings (its populations, a stimulus per CS and
 * the puff) must not clash with the level's own, its CS ids must differ, and an ISI setting must say
 * which CS's trials it retimes when there are several.
 */
import type { CircuitCheckContext, PathSegment } from '../plugin/contexts';
import type { CerebellumCircuitConfig } from './configSchema';
import { REGION, STIMULUS } from './cerebellumNetwork';

export function checkCerebellumCircuit(ctx: CircuitCheckContext, config: CerebellumCircuitConfig, path: readonly PathSegment[]): void {
  for (const name of Object.values(REGION)) {
    if (ctx.level.populations.some((p) => p.id === name)) ctx.report(path, `the eyeblink circuit brings its own population "${name}"; rename the level's`);
  }
  const seen = new Set<string>();
  config.cs.forEach((cs, i) => {
    if (seen.has(cs.id)) ctx.report([...path, 'cs', i, 'id'], `CS "${cs.id}" is listed twice`);
    seen.add(cs.id);
    if (ctx.level.stimuli.some((s) => s.id === cs.id)) ctx.report([...path, 'cs', i, 'id'], `the eyeblink circuit brings a stimulus "${cs.id}" for this CS; rename the level's stimulus or the CS`);
  });
  const csIds = config.cs.map((cs) => `"${cs.id}"`).join(', ');
  if (config.isiCs !== undefined && !config.cs.some((cs) => cs.id === config.isiCs)) {
    ctx.report([...path, 'isiCs'], `unknown CS "${config.isiCs}" (the circuit's CSs: ${csIds})`);
  }
  if (config.isiMs !== undefined && config.isiCs === undefined && config.cs.length > 1) {
    ctx.report([...path, 'isiMs'], `the circuit has several CSs (${csIds}): choose under "CS whose interval is set" which one's trials this interval retimes`);
  }
  if (ctx.level.stimuli.some((s) => s.id === STIMULUS.puff)) ctx.report(path, `the eyeblink circuit brings its own stimulus "${STIMULUS.puff}"; rename the level's`);
  if (ctx.level.circuits.filter((c) => c.kind === 'cerebellum').length > 1) ctx.report(path, 'a level holds at most one eyeblink circuit');
}
