/** Checks of the circuit configs: unique ids, then each kind's own references (its definition's check). */
import { circuitDefinitionOf } from '../../../circuits/registry';
import type { CircuitDefinition } from '../../../circuits/plugin/circuitDefinition';
import { formatPath, type PathSegment } from '../../errors';
import type { Level } from '../../schema/level';
import { checkUnique, type CheckContext } from '../context';

export function checkCircuits(ctx: CheckContext): void {
  checkUnique(ctx, ['circuits'], ctx.level.circuits, 'circuit');
  ctx.level.circuits.forEach((config, i) => {
    const definition = circuitDefinitionOf(config.kind);
    definition.check(ctx, config, ['circuits', i]);
    checkProvidedNamesFree(ctx, definition, config, ['circuits', i]);
  });
}

/**
 * The names a circuit brings (ProvidedNames) may not be taken by the level's own parts: spawning
 * would reject the clash. A clash the circuit's own check already reported (same path and name) is not
 * reported twice.
 */
function checkProvidedNamesFree(ctx: CheckContext, definition: CircuitDefinition, config: Level['circuits'][number], path: PathSegment[]): void {
  const provided = definition.provides(config);
  const { level } = ctx;
  const lists = [
    ['population', provided.populations.map((p) => p.id), level.populations],
    ['projection', provided.projections, level.projections],
    ['stimulus', provided.stimuli, level.stimuli],
    ['modulator', provided.modulators, level.modulators],
  ] as const;
  const at = formatPath(path);
  for (const [what, names, own] of lists) {
    for (const name of names) {
      if (!own.some((item) => item.id === name)) continue;
      if (ctx.errors.some((e) => e.path.startsWith(at) && e.message.includes(`"${name}"`))) continue;
      ctx.report(path, `${definition.title} brings its own ${what} "${name}"; rename the level's`);
    }
  }
}
