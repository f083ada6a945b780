import type { RandomStream } from '../rng/stream';
import type { Distribution } from './networkSpec';

/** Draws one value. Normal draws are clipped to [min, max] when bounds are given. */
export function drawFrom(distribution: Distribution, stream: RandomStream): number {
  if (typeof distribution === 'number') return distribution;
  if (distribution.dist === 'uniform') return distribution.min + (distribution.max - distribution.min) * stream.uniform();
  let value = distribution.mean + distribution.sd * stream.gaussian();
  if (distribution.min !== undefined && value < distribution.min) value = distribution.min;
  if (distribution.max !== undefined && value > distribution.max) value = distribution.max;
  return value;
}

export function delayTicksFromMs(delayMs: number, dtMs: number): number {
  return Math.max(1, Math.round(delayMs / dtMs));
}
