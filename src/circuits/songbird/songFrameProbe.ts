/**
 * A probe of the bird's song, one sample per song frame: at the tick singSong writes a frame's syrinx
 * command (pitch in Hz, or loudness 0-1), the value of that frame. Between renditions it records
 * nothing, so the series is the song as sung, frame by frame, rendition after rendition.
 * Reads: songbird.rendition (start tick), the command array. Runs in the monitors phase, after singSong.
 */
import type { SimWorld } from '../../sim';
import { StateProbe } from '../../sim/monitors/stateProbe';
import { Rendition, songbirdStateOf, type SongbirdState } from './songbirdState';

export type SongSignal = 'pitchCommandHz' | 'amplitudeCommand';

export class SongFrameProbe extends StateProbe {
  private readonly frameIndex: Int32Array;

  constructor(name: string, private readonly state: SongbirdState, signal: SongSignal, capacity: number, world: SimWorld) {
    const source = signal === 'pitchCommandHz' ? state.pitchCommandHz : state.amplitudeCommand;
    const frameIndex = new Int32Array(1);
    super(name, `songbird.${signal}`, source, frameIndex, 1, capacity, world.registry);
    this.frameIndex = frameIndex;
  }

  override sample(tick: number): void {
    const { rendition, leadTicks, frameTicks, frames } = this.state;
    const start = rendition[Rendition.startTick];
    if (start < 0) return;
    const since = tick - start - leadTicks;
    if (since < 0 || (since + 1) % frameTicks !== 0) return;
    const frame = (since + 1) / frameTicks - 1;
    if (frame >= frames) return;
    this.frameIndex[0] = frame;
    this.writeSample(tick);
  }
}

/** A song-frame probe for a world with the songbird circuit installed (null without it); capacity from the frame length. */
export function songFrameProbe(world: SimWorld, name: string, signal: SongSignal, capacityFor: (frameMs: number) => number): SongFrameProbe | null {
  const state = songbirdStateOf(world);
  return state ? new SongFrameProbe(name, state, signal, capacityFor(state.frameTicks * world.dtMs), world) : null;
}
