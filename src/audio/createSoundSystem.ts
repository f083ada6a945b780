/**
 * The game's sound, wired in one call. How to wire it (src/app/levelViews.ts does):
 *
 *   const captions = createCaptions(captionsElement);            // src/ui/captions.ts
 *   const sound = createSoundSystem({ bus, getWorld: () => currentWorld, onSound: (s) => captions.show(s) });
 *   createSoundControls(controlsElement, sound);                  // src/ui/soundControls.ts (mute 'm', volume)
 *   // on speed change:        sound.setSpeed(speed)             (sim ms per wall ms)
 *   // fast-forward on/off:    sound.setFastForward(on)
 *   // inspector selection:    sound.selectNeuron(eid | null)    (spike clicks for that neuron)
 *   // listen buttons:         sound.playSong('tutor' | 'last' | 'best')  (samples from the world), or
 *   //                         sound.playSong(kind, samples, sampleRateHz, rendition)
 *   // level change:           nothing (it notices a new world); page teardown: sound.destroy()
 *
 * It listens to the bus for sim events (eventSounds.ts decides: cue → tone/buzz/clicks for the cue's
 * duration, US → puff, reward → chime), and once per animation frame reads the world for what is not
 * an event: a circuit's reward-prediction error (dopamine burst / dip earcons), the selected
 * neuron's spikes (clicks, at most SPIKE_CLICKS_PER_S), and a singing circuit's finished renditions
 * (each new rendition is sung once it is finished, unless a song is still playing; songOfWorld.ts). When fast-forward is on,
 * or the speed is above QUIET_ABOVE_SPEED, it stays quiet except for a rendition at most every
 * FAST_SONG_INTERVAL_MS. Tests read window.__synapticaSoundLog (soundLog.ts).
 */
import type { Bus, SimBusEvents } from '../bus/bus';
import type { SimWorld } from '../sim';
import type { SimEvent } from '../sim/events/simEvents';
import { CIRCUIT_DEFINITIONS } from '../circuits/registry';
import { DopamineEarconDetector } from './dopamineEarconDetector';
import { soundForEvent } from './eventSounds';
import { RateLimiter } from './rateLimiter';
import { SoundBoard, type PlayedSound } from './soundBoard';
import type { EarconName, SongKind } from './soundNames';
import { lastRenditionOf, songOfWorld } from './songOfWorld';
import { stimulusDurationMs } from './stimulusDuration';
import { stimulusRolesOf, type StimulusRole } from './stimulusRoles';

export type { PlayedSound } from './soundBoard';

/** Above this speed (sim ms per wall ms) events come too fast to hear one by one: quiet, like fast-forward. */
export const QUIET_ABOVE_SPEED = 3;
/** While quiet, at most one rendition of the bird's song this often (wall ms). */
export const FAST_SONG_INTERVAL_MS = 8000;
export const SPIKE_CLICKS_PER_S = 40;
/** Shortest wall interval between two plays of the same earcon (a burst of events is one sound). */
/** Circuits whose reward-prediction error the dopamine earcons follow (each definition's predictionError). */
const PREDICTION_ERRORS = CIRCUIT_DEFINITIONS.flatMap((d) => (d.predictionError ? [d.predictionError] : []));

/** The first such circuit's δ in the world, or null when the world has none. */
function predictionErrorOf(world: SimWorld): number | null {
  for (const read of PREDICTION_ERRORS) {
    const delta = read(world);
    if (delta !== null) return delta;
  }
  return null;
}

const MIN_INTERVAL_MS: Partial<Record<EarconName, number>> = {
  tone: 60, buzz: 60, clickTrain: 60, puff: 80, chime: 150, dopamineBurst: 200, dopamineDip: 200, spikeClick: 1000 / SPIKE_CLICKS_PER_S,
};

export interface SoundSystemOptions {
  bus: Bus;
  /** The main-thread world the views read (null between levels). */
  getWorld: () => SimWorld | null;
  /** Called for every sound requested (played or locked): show its caption. */
  onSound?: (sound: PlayedSound) => void;
  /** Stimulus name → sound role (null: silent), overriding the name rules of stimulusRoles.ts. */
  stimulusRoles?: Readonly<Record<string, StimulusRole | null>>;
  /** Sing each finished rendition of a level whose circuit sings (default true). */
  autoSongs?: boolean;
}

export interface SoundSystem {
  /** A song from the world (tutor / last / best), or given samples. Returns whether a song was found and requested. */
  playSong(kind: SongKind, samples?: Float32Array, sampleRateHz?: number, rendition?: number | null): boolean;
  setFastForward(on: boolean): void;
  setSpeed(simMsPerWallMs: number): void;
  selectNeuron(eid: number | null): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  /** Listeners told when a song starts (a scene can sync the bird's animation to it). */
  onSong(listener: (kind: SongKind, rendition: number | null, durationMs: number) => void): () => void;
  /** Load state of each Howl (tests, harness). */
  howlStates(): Record<string, string>;
  destroy(): void;
}

export function createSoundSystem(options: SoundSystemOptions): SoundSystem {
  const { bus, getWorld } = options;
  const autoSongs = options.autoSongs ?? true;
  const board = new SoundBoard(options.onSound);
  const limiter = new RateLimiter(MIN_INTERVAL_MS);
  const dopamine = new DopamineEarconDetector();
  const songListeners = new Set<(kind: SongKind, rendition: number | null, durationMs: number) => void>();
  let fastForward = false;
  let speed = 1;
  let selectedEid: number | null = null;
  let world: SimWorld | null = null;
  let roles = new Map<string, StimulusRole>();
  let spikeCursor = 0;
  let lastRendition = -1;
  let lastFastSongMs = -Infinity;
  let frame = 0;

  const quiet = (): boolean => fastForward || speed > QUIET_ABOVE_SPEED;

  /** The current world; a new one (level change, reload) resets what was learnt about the old. */
  const currentWorld = (): SimWorld | null => {
    const next = getWorld();
    if (next !== world) {
      world = next;
      roles = next ? stimulusRolesOf(next, options.stimulusRoles) : new Map();
      dopamine.reset();
      limiter.reset();
      board.stopSong();
      spikeCursor = next ? next.monitors.spikes.written : 0;
      lastRendition = next ? lastRenditionOf(next) : -1;
    }
    return world;
  };

  const request = (name: EarconName, wallDurationMs: number | null = null): void => {
    const nowMs = performance.now();
    // Skipped requests are neither logged nor captioned: in fast-forward they would flood both.
    if (quiet() || !limiter.accept(name, nowMs)) return;
    board.play(name, wallDurationMs);
  };

  const onEvent = (_type: keyof SimBusEvents, event: SimBusEvents[keyof SimBusEvents]): void => {
    // Quiet (fast-forward): nothing to do; a worker's chunk can flush thousands of events at once.
    if (quiet()) return;
    const w = currentWorld();
    if (!w) return;
    const action = soundForEvent(event as SimEvent, roles, (stimulus, tick) => stimulusDurationMs(w, stimulus, tick));
    if (!action) return;
    if (action.kind === 'stop') board.stop(action.name);
    else request(action.name, action.durationMs === null ? null : action.durationMs / Math.max(speed, 1e-3));
  };
  bus.on('*', onEvent);

  const startSong = (kind: SongKind, samples: Float32Array, sampleRateHz: number, rendition: number | null): boolean => {
    const id = board.playSong(kind, samples, sampleRateHz, rendition);
    const durationMs = (samples.length / sampleRateHz) * 1000;
    if (id !== null) for (const listener of songListeners) listener(kind, rendition, durationMs);
    return true;
  };

  const pollWorld = (): void => {
    const w = currentWorld();
    if (!w) return;
    const simMs = w.clock[0] * w.dtMs;
    const delta = predictionErrorOf(w);
    if (delta !== null) {
      const earcon = dopamine.sample(delta, simMs);
      if (earcon) request(earcon);
    }
    const ring = w.monitors.spikes;
    if (ring.written < spikeCursor) spikeCursor = ring.written; // restored snapshot
    if (selectedEid !== null && ring.written > spikeCursor) {
      const wanted = selectedEid - 1; // the ring stores neuron index = eid − 1
      const oldest = Math.max(spikeCursor, ring.written - ring.capacity);
      let spiked = false;
      for (let k = oldest; k < ring.written && !spiked; k++) spiked = ring.neurons[k % ring.capacity] === wanted;
      if (spiked && !quiet()) request('spikeClick');
    }
    spikeCursor = ring.written;
    if (autoSongs) {
      const rendition = lastRenditionOf(w);
      if (rendition !== lastRendition && rendition >= 0) {
        lastRendition = rendition;
        const nowMs = performance.now();
        const due = quiet() ? nowMs - lastFastSongMs >= FAST_SONG_INTERVAL_MS : !board.songPlaying;
        if (due) {
          const song = songOfWorld(w, 'last');
          if (song) {
            lastFastSongMs = nowMs;
            startSong('last', song.samples, song.sampleRateHz, song.rendition);
          }
        }
      }
    }
  };

  const loop = (): void => {
    pollWorld();
    frame = requestAnimationFrame(loop);
  };
  frame = requestAnimationFrame(loop);

  return {
    playSong(kind, samples, sampleRateHz, rendition = null) {
      if (samples && sampleRateHz) return startSong(kind, samples, sampleRateHz, rendition);
      const w = currentWorld();
      const song = w ? songOfWorld(w, kind) : null;
      return song ? startSong(kind, song.samples, song.sampleRateHz, song.rendition) : false;
    },
    setFastForward(on) {
      fastForward = on;
      if (on) for (const name of ['tone', 'buzz', 'clickTrain'] as const) board.stop(name);
    },
    setSpeed(simMsPerWallMs) {
      if (Number.isFinite(simMsPerWallMs) && simMsPerWallMs > 0) speed = simMsPerWallMs;
    },
    selectNeuron(eid) {
      selectedEid = eid !== null && Number.isInteger(eid) && eid > 0 ? eid : null;
    },
    setMuted: (muted) => board.setMuted(muted),
    setVolume: (volume) => board.setVolume(volume),
    onSong(listener) {
      songListeners.add(listener);
      return () => songListeners.delete(listener);
    },
    howlStates: () => board.howlStates(),
    destroy() {
      cancelAnimationFrame(frame);
      bus.off('*', onEvent);
      songListeners.clear();
      board.destroy();
    },
  };
}

