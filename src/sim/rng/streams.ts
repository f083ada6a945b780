import type { StateRegistry } from '../world/stateRegistry';
import { RandomStream } from './stream';
import { sharedZiggurat } from './gaussianZiggurat';

/** The stream names the engine and circuits use. New features add a name rather than share one,
 * so that a new draw in one feature never shifts another feature's sequence. */
export const STREAM_NAMES = ['connectivity', 'parameters', 'stimulus', 'noise', 'exploration', 'timeline', 'structure'] as const;
export type StreamName = (typeof STREAM_NAMES)[number] | (string & {});

/** FNV-1a over the UTF-16 code units of a name: a stable 32-bit id for the stream. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Derives a stream's 32-bit seed from the level seed and the stream's name. */
export function streamSeed(levelSeed: number, name: string): number {
  let z = (Math.imul(levelSeed >>> 0, 0x9e3779b1) ^ hashName(name)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Named, seeded random streams whose state lives in one registered Uint32Array (4 words each). */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();
  private readonly state: Uint32Array;

  constructor(readonly levelSeed: number, registry: StateRegistry, maxStreams = 32) {
    this.state = registry.register('rng.state', new Uint32Array(4 * maxStreams));
    for (const name of STREAM_NAMES) this.stream(name);
  }

  /**
   * The streams' names in slot order. A world spawned from the same spec that creates these streams
   * in this order (ensureStreams) lays out 'rng.state' like this one, so a snapshot of this world
   * restores into it even when circuits created their streams lazily.
   */
  names(): string[] {
    return [...this.streams.keys()];
  }

  /** Creates the named streams (in order) that do not exist yet. */
  ensureStreams(names: readonly string[]): void {
    for (const name of names) this.stream(name);
  }

  /** Returns the stream with this name, creating and seeding it on first use. */
  stream(name: StreamName): RandomStream {
    let stream = this.streams.get(name);
    if (stream) {
      // A snapshot taken before this stream's first use holds its slot as zeros (a seeded xoshiro
      // state is never all zero): after restoring it, the stream starts over as on first use.
      const o = stream.offset;
      if ((this.state[o] | this.state[o + 1] | this.state[o + 2] | this.state[o + 3]) === 0) stream.seed(streamSeed(this.levelSeed, name));
      return stream;
    }
    const offset = 4 * this.streams.size;
    if (offset + 4 > this.state.length) throw new Error(`too many random streams (limit ${this.state.length / 4})`);
    stream = new RandomStream(name, this.state, offset, sharedZiggurat);
    stream.seed(streamSeed(this.levelSeed, name));
    this.streams.set(name, stream);
    return stream;
  }
}
