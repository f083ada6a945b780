/**
 * The white-noise burst of one rendition, replayable: its samples come from a xoshiro128** generator
 * seeded with one draw of the circuit's stream, so the exported audio of a kept rendition can mix
 * in exactly the noise the bird heard.
 */
import { nextUint32, seedXoshiro128 } from '../../sim/rng/xoshiro128';
import { addWhiteNoise } from './audio/whiteNoise';

export function mixWhiteNoise(samples: Float32Array, startMs: number, endMs: number, sampleRateHz: number, amplitude: number, seed: number): void {
  const rng = new Uint32Array(4);
  seedXoshiro128(rng, 0, seed >>> 0);
  addWhiteNoise(samples, (startMs * sampleRateHz) / 1000, (endMs * sampleRateHz) / 1000, amplitude, () => nextUint32(rng, 0));
}
