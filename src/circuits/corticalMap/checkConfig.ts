/** Checks of a cortical map's config: its sheet and input populations exist, are distinct and fit. */
import { checkRef, type CircuitCheckContext, type PathSegment } from '../plugin/contexts';
import type { MapCircuitConfig } from './configSchema';

export function checkCorticalMap(ctx: CircuitCheckContext, config: MapCircuitConfig, path: readonly PathSegment[]): void {
  checkRef(ctx, [...path, 'sheet'], config.sheet, ctx.populations, 'population');
  const seen = new Set<string>([config.sheet]);
  config.inputs.forEach((input, i) => {
    const at = [...path, 'inputs', i];
    if (seen.has(input.population)) ctx.report([...at, 'population'], `population "${input.population}" is used twice by the map (as the sheet or another input group)`);
    seen.add(input.population);
    checkRef(ctx, [...at, 'population'], input.population, ctx.populations, 'population');
    if ((input.sheetStart === undefined) !== (input.sheetEnd === undefined)) ctx.report(at, 'give both sheetStart and sheetEnd, or neither');
  });
  if (config.inputs.every((input) => input.strength === 0)) ctx.report([...path, 'inputs'], 'at least one input group needs a strength above 0, or the map responds to nothing');
  if (config.inputs.every((input) => input.touchShare === 0)) ctx.report([...path, 'inputs'], 'at least one input group needs a touchShare above 0, or nothing is ever touched');
  if (config.touchMs > config.touchEveryMs) ctx.report([...path, 'touchMs'], `a touch (${config.touchMs} ms) must not last longer than the time between touches (${config.touchEveryMs} ms)`);
}
