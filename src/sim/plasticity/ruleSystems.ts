import type { SimWorld } from '../world/world';

/** The plasticity rule systems, in order: traces first, then the rules that read them. */
export const ruleSystems: ReadonlyArray<(world: SimWorld) => void> = [];
