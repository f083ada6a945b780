/**
 * All playback goes through here, and through howler: one Howl per synthesised earcon (created
 * lazily, on first use, from a WAV data URL), sustained cues at their duration (cached per length),
 * and one song at a time. Every request is logged (soundLog.ts) and reported to `onSound` so the
 * page can caption it.
 *
 * Browsers keep audio locked until the player's first key or click. Until then nothing is passed to
 * howler (howler would queue the sounds and play them all at once on unlock); requests are still
 * logged and captioned, with played: false, reason 'locked'. The first gesture resumes howler's
 * AudioContext; nothing in here throws when there is no audio at all (Howler.noAudio).
 */
import { Howl, Howler } from 'howler';
import {
  EARCON_SAMPLE_RATE_HZ, burstChirpSamples, buzzSamples, chimeSamples, clickTrainSamples, dipToneSamples,
  puffSamples, spikeClickSamples, toneSamples,
} from './earcons';
import { appendSoundLog, type SoundLogEntry } from './soundLog';
import { earconCaption, songCaption, type EarconName, type SongKind, type SoundName } from './soundNames';
import { wavDataUrl } from './wavDataUrl';
import { disposeHowl } from './disposeHowl';

export interface PlayedSound {
  name: SoundName;
  caption: string;
  /** False for sounds too frequent to speak (spike clicks): shown in the strip, not announced. */
  announce: boolean;
}

type SustainedName = Extract<EarconName, 'tone' | 'buzz' | 'clickTrain'>;
const SUSTAINED: ReadonlySet<EarconName> = new Set<EarconName>(['tone', 'buzz', 'clickTrain']);

/** Sustained cues are synthesised at their wall duration, rounded to this step and clamped. */
const DURATION_STEP_MS = 10;
const MIN_SUSTAIN_MS = 30;
const MAX_SUSTAIN_MS = 5000;
/** Used when a cue's duration is unknown (switched on by a command): stopped when it switches off. */
export const DEFAULT_SUSTAIN_MS = 1000;
/** Cached sustained Howls (one per duration); the oldest is unloaded beyond this. */
const MAX_SUSTAINED_HOWLS = 12;
const STOP_FADE_MS = 8;

const FIXED_EARCONS: Record<Exclude<EarconName, SustainedName>, () => Float32Array> = {
  puff: () => puffSamples(),
  chime: () => chimeSamples(),
  dopamineBurst: () => burstChirpSamples(),
  dopamineDip: () => dipToneSamples(),
  spikeClick: () => spikeClickSamples(),
};

const SUSTAINED_SYNTH: Record<SustainedName, (durationMs: number) => Float32Array> = {
  tone: (durationMs) => toneSamples(durationMs),
  buzz: (durationMs) => buzzSamples(durationMs),
  clickTrain: (durationMs) => clickTrainSamples(durationMs),
};

const EARCON_VOLUME: Partial<Record<EarconName, number>> = { spikeClick: 0.5, dopamineDip: 0.9 };

function makeHowl(samples: Float32Array, sampleRateHz: number, volume = 1): Howl {
  return new Howl({ src: [wavDataUrl(samples, sampleRateHz)], format: ['wav'], preload: true, volume });
}

export class SoundBoard {
  private readonly howls = new Map<string, Howl>();
  private readonly sustainedKeys: string[] = [];
  private readonly sounding = new Map<EarconName, { howl: Howl; id: number }>();
  private song: { howl: Howl; id: number } | null = null;
  private gesture = false;
  private readonly unlock = (): void => {
    this.gesture = true;
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state === 'suspended') ctx.resume().catch(() => undefined);
    this.removeUnlockListeners();
  };

  constructor(private readonly onSound: (sound: PlayedSound) => void = () => undefined) {
    const activation = typeof navigator !== 'undefined' ? (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation : undefined;
    this.gesture = activation?.hasBeenActive ?? false;
    if (!this.gesture && typeof window !== 'undefined') {
      for (const type of ['keydown', 'pointerdown', 'click', 'touchend']) window.addEventListener(type, this.unlock, { capture: true, passive: true });
    }
  }

  /** True once the player has pressed a key or clicked (or the page was allowed to play without). */
  get unlocked(): boolean {
    if (this.gesture) return true;
    const ctx = Howler.ctx as AudioContext | undefined;
    return ctx !== undefined && ctx !== null && ctx.state === 'running';
  }

  /**
   * Plays an earcon. Sustained cues (tone, buzz, clicks) last `wallDurationMs` (DEFAULT_SUSTAIN_MS
   * when null) unless stop() ends them sooner. Returns whether it was handed to howler.
   */
  play(name: EarconName, wallDurationMs: number | null = null): boolean {
    const caption = earconCaption(name);
    const howl = SUSTAINED.has(name)
      ? this.sustainedHowl(name as SustainedName, wallDurationMs ?? DEFAULT_SUSTAIN_MS)
      : this.fixedHowl(name as Exclude<EarconName, SustainedName>);
    const played = this.start(name, caption, howl);
    if (played !== null && SUSTAINED.has(name)) {
      this.stop(name);
      this.sounding.set(name, { howl, id: played });
    }
    return played !== null;
  }

  /** Ends a sustained cue early with a short fade (its stimulus switched off). */
  stop(name: EarconName): void {
    const sound = this.sounding.get(name);
    if (!sound) return;
    this.sounding.delete(name);
    const { howl, id } = sound;
    if (!howl.playing(id)) return;
    howl.once('fade', () => howl.stop(id), id);
    howl.fade(howl.volume(id) as number, 0, STOP_FADE_MS, id);
  }

  /** Plays a song (stopping the previous one); rendition is 0-based (null for the tutor). Returns the Howl's sound id, or null. */
  playSong(kind: SongKind, samples: Float32Array, sampleRateHz: number, rendition: number | null = null): number | null {
    this.stopSong();
    const howl = makeHowl(samples, sampleRateHz);
    const id = this.start(`song:${kind}`, songCaption(kind, rendition), howl);
    if (id === null) {
      disposeHowl(howl);
      return null;
    }
    this.song = { howl, id };
    howl.once('end', () => {
      if (this.song?.howl === howl) this.song = null;
      disposeHowl(howl);
    }, id);
    return id;
  }

  get songPlaying(): boolean {
    return this.song !== null && this.song.howl.playing(this.song.id);
  }

  stopSong(): void {
    if (!this.song) return;
    const { howl } = this.song;
    this.song = null;
    disposeHowl(howl);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  setVolume(volume: number): void {
    Howler.volume(Math.min(1, Math.max(0, volume)));
  }

  /** Load state of every Howl made so far, by key (for tests and the harness). */
  howlStates(): Record<string, string> {
    const states: Record<string, string> = {};
    for (const [key, howl] of this.howls) states[key] = howl.state();
    if (this.song) states['song'] = this.song.howl.state();
    return states;
  }

  destroy(): void {
    this.removeUnlockListeners();
    this.stopSong();
    for (const howl of this.howls.values()) disposeHowl(howl);
    this.howls.clear();
    this.sounding.clear();
    this.sustainedKeys.length = 0;
  }

  private start(name: SoundName, caption: string, howl: Howl): number | null {
    const entry: SoundLogEntry = { name, atMs: now(), caption, played: false };
    if (Howler.noAudio) entry.reason = 'no-audio';
    else if (!this.unlocked) entry.reason = 'locked';
    let id: number | null = null;
    if (entry.reason === undefined) {
      id = howl.play();
      entry.played = true;
    }
    appendSoundLog(entry);
    this.onSound({ name, caption, announce: name !== 'spikeClick' });
    return id;
  }

  private fixedHowl(name: Exclude<EarconName, SustainedName>): Howl {
    let howl = this.howls.get(name);
    if (!howl) {
      howl = makeHowl(FIXED_EARCONS[name](), EARCON_SAMPLE_RATE_HZ, EARCON_VOLUME[name] ?? 1);
      this.howls.set(name, howl);
    }
    return howl;
  }

  private sustainedHowl(name: SustainedName, wallDurationMs: number): Howl {
    const durationMs = Math.min(MAX_SUSTAIN_MS, Math.max(MIN_SUSTAIN_MS, Math.round(wallDurationMs / DURATION_STEP_MS) * DURATION_STEP_MS));
    const key = `${name}@${durationMs}`;
    let howl = this.howls.get(key);
    if (!howl) {
      howl = makeHowl(SUSTAINED_SYNTH[name](durationMs), EARCON_SAMPLE_RATE_HZ, EARCON_VOLUME[name] ?? 1);
      this.howls.set(key, howl);
      this.sustainedKeys.push(key);
      if (this.sustainedKeys.length > MAX_SUSTAINED_HOWLS) {
        const oldest = this.sustainedKeys.shift() as string;
        const old = this.howls.get(oldest);
        this.howls.delete(oldest);
        if (old && !old.playing()) disposeHowl(old);
      }
    }
    return howl;
  }

  private removeUnlockListeners(): void {
    if (typeof window === 'undefined') return;
    for (const type of ['keydown', 'pointerdown', 'click', 'touchend']) window.removeEventListener(type, this.unlock, { capture: true });
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : 0;
}
