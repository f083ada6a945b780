import { nextUint32, seedXoshiro128 } from './xoshiro128';
import { GaussianZiggurat } from './gaussianZiggurat';

const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * One named random stream. Its whole state is 4 words of a shared Uint32Array (owned by the world's
 * state registry), so snapshots and restores include it for free.
 */
export class RandomStream {
  constructor(
    readonly name: string,
    readonly state: Uint32Array,
    readonly offset: number,
    private readonly gaussianTable: GaussianZiggurat,
  ) {}

  /** Re-seeds from a 32-bit seed (used when the stream is created). */
  seed(seed: number): void {
    seedXoshiro128(this.state, this.offset, seed);
  }

  uint32(): number {
    return nextUint32(this.state, this.offset);
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return nextUint32(this.state, this.offset) * TWO_POW_MINUS_32;
  }

  /** Uniform in (0, 1]: safe for logarithms. */
  uniformOpenZero(): number {
    return (nextUint32(this.state, this.offset) + 1) * TWO_POW_MINUS_32;
  }

  /** Integer uniform in [0, n). Multiply-shift mapping: bias below 2^-32 · n, far under what we can detect. */
  int(n: number): number {
    return Math.floor(nextUint32(this.state, this.offset) * TWO_POW_MINUS_32 * n);
  }

  /** Standard normal draw by the ziggurat method (Marsaglia & Tsang 2000). */
  gaussian(): number {
    return this.gaussianTable.draw(this.state, this.offset);
  }

  /** Exponential draw with the given mean (inverse transform). */
  exponential(mean: number): number {
    return -Math.log(this.uniformOpenZero()) * mean;
  }
}
