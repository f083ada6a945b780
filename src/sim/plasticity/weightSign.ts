/**
 * Sign of a projection's stored weights. An inhibitory projection into current-mode cells adds its
 * weights straight to the input current, so its weights are stored negative (spawnLevel negates the
 * level's magnitudes; conductance-mode targets keep positive conductances). Plasticity rules work
 * on the magnitude sign·w, keep it in [wMin, wMax], and store sign·magnitude.
 */
import type { SimWorld, Projection } from '../world/world';
import { InputMode, NeuronModel } from '../params/neuronTypes';

export function plasticWeightSign(world: SimWorld, projection: Projection): 1 | -1 {
  if (projection.receptor !== 1) return 1;
  const type = world.neuronTypes.entries[world.populations[projection.to].typeId];
  return type.model !== NeuronModel.poisson && type.inputMode === InputMode.current ? -1 : 1;
}

/** Bounds of the stored (signed) weight for magnitudes in [wMin, wMax]. */
export function signedBounds(sign: 1 | -1, wMin: number, wMax: number): { lo: number; hi: number } {
  return sign === 1 ? { lo: wMin, hi: wMax } : { lo: -wMax, hi: -wMin };
}
