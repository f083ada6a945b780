import { RandomStream } from '../rng/stream';
import { streamSeed } from '../rng/streams';
import { sharedZiggurat } from '../rng/gaussianZiggurat';

/**
 * A random stream used only while spawning, named after the feature and the thing it builds
 * (e.g. 'connectivity/ee'), so adding a projection never shifts another projection's draws.
 * Spawn-time streams are not world state: they are finished before the first tick.
 */
export function spawnStream(levelSeed: number, name: string): RandomStream {
  const stream = new RandomStream(name, new Uint32Array(4), 0, sharedZiggurat);
  stream.seed(streamSeed(levelSeed, name));
  return stream;
}
