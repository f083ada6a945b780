/** Checks of the circuit configs: unique ids, then each kind's own references (its definition's check). */
import { circuitDefinitionOf } from '../../../circuits/registry';
import { checkUnique, type CheckContext } from '../context';

export function checkCircuits(ctx: CheckContext): void {
  checkUnique(ctx, ['circuits'], ctx.level.circuits, 'circuit');
  ctx.level.circuits.forEach((config, i) => circuitDefinitionOf(config.kind).check(ctx, config, ['circuits', i]));
}
