/** Checks of the circuit configs: unique ids, then each kind's own references (one checker per kind). */
import type { PathSegment } from '../../errors';
import type { CircuitConfigOf, CircuitKind } from '../../schema/circuits';
import { checkUnique, type CheckContext } from '../context';
import { checkRewardCircuit } from './reward';
import { checkCerebellumCircuit } from './cerebellum';
import { checkSongbirdCircuit } from './songbird';

type CircuitChecker<K extends CircuitKind> = (ctx: CheckContext, config: CircuitConfigOf<K>, path: readonly PathSegment[]) => void;

const CHECKERS: { [K in CircuitKind]: CircuitChecker<K> } = {
  reward: checkRewardCircuit,
  cerebellum: checkCerebellumCircuit,
  songbird: checkSongbirdCircuit,
};

export function checkCircuits(ctx: CheckContext): void {
  checkUnique(ctx, ['circuits'], ctx.level.circuits, 'circuit');
  ctx.level.circuits.forEach((config, i) => {
    (CHECKERS[config.kind] as CircuitChecker<CircuitKind>)(ctx, config, ['circuits', i]);
  });
}
