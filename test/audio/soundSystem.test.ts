/**
 * createSoundSystem end to end in Node, with howler replaced by a recording fake (vi.mock) and
 * animation frames driven by the test: real levels step (their own dt and seed: eyeblink-acquisition
 * dt 1 ms, dopamine-omission dt 1 ms, songbird-tutor), their events go through a mitt bus, and the
 * test checks what the sound system asked howler to play and what it captioned. Wall time is faked
 * (performance.now advances by dt / speed per tick), so rate limits behave as in the browser.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const played: string[] = [];
vi.mock('howler', () => {
  class Howl {
    readonly src: string;
    constructor(options: { src: string[] }) { this.src = options.src[0]; }
    play(): number { played.push(this.src.slice(0, 30)); return played.length; }
    playing(): boolean { return false; }
    state(): string { return 'loaded'; }
    stop(): this { return this; }
    unload(): null { return null; }
    mute(): this { return this; }
    once(): this { return this; }
    fade(): this { return this; }
    volume(): number { return 1; }
  }
  return { Howl, Howler: { ctx: { state: 'running' }, noAudio: false, mute: vi.fn(), volume: vi.fn() } };
});

import { createBus, flushSimEvents } from '../../src/bus/bus';
import { createSoundSystem, type PlayedSound } from '../../src/audio/createSoundSystem';
import { soundLog } from '../../src/audio/soundLog';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { stepSim } from '../../src/sim/schedule';
import type { SimWorld } from '../../src/sim';

let frameCallback: (() => void) | null = null;
let wallMs = 0;
beforeEach(() => {
  wallMs = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => wallMs);
  played.length = 0;
  soundLog().length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => { frameCallback = callback; return 1; });
  vi.stubGlobal('cancelAnimationFrame', () => { frameCallback = null; });
});
afterEach(() => { vi.unstubAllGlobals(); vi.restoreAllMocks(); });

function world(level: string): SimWorld {
  const loaded = loadLevel(readFileSync(`levels/${level}.json`, 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
}

/**
 * Steps `ms` of sim time, flushing events to the bus each tick, advancing wall time by dt / speed,
 * and running an animation frame every 16 ticks (1× at 60 Hz with dt 1 ms).
 */
function run(w: SimWorld, bus: ReturnType<typeof createBus>, ms: number, speed = 1): void {
  for (let t = 0; t < ms / w.dtMs; t++) {
    wallMs += w.dtMs / speed;
    stepSim(w);
    flushSimEvents(w.events, bus);
    if (t % 16 === 15) frameCallback?.();
  }
}

const names = (): string[] => soundLog().map((e) => e.name);

describe('createSoundSystem', () => {
  it('eyeblink: the tone (synthesised at the 650 ms of the level) and the puff, captioned', () => {
    const w = world('eyeblink-acquisition');
    const bus = createBus();
    const captions: PlayedSound[] = [];
    const sound = createSoundSystem({ bus, getWorld: () => w, onSound: (s) => captions.push(s) });
    run(w, bus, 900); // trial 0: tone at 0 for 650 ms, puff at 250 ms; the next trial starts at 950 ms
    expect(names()).toEqual(['tone', 'puff']);
    expect(soundLog().every((e) => e.played)).toBe(true);
    expect(captions.map((c) => c.caption)).toEqual(['♪ tone', 'puff of air']);
    expect(sound.howlStates()).toEqual({ 'tone@650': 'loaded', puff: 'loaded' });
    expect(played.every((src) => src.startsWith('data:audio/wav;base64,'))).toBe(true);
    // At 2× the tone lasts half the wall time.
    sound.setSpeed(2);
    run(w, bus, 1000, 2);
    expect(Object.keys(sound.howlStates())).toContain('tone@330'); // 650/2 = 325 → rounded to 10 ms steps
    sound.destroy();
  });

  it('is quiet in fast-forward and above 3×', () => {
    const w = world('eyeblink-acquisition');
    const bus = createBus();
    const sound = createSoundSystem({ bus, getWorld: () => w });
    sound.setFastForward(true);
    run(w, bus, 3000, 20);
    sound.setFastForward(false);
    sound.setSpeed(10);
    run(w, bus, 3000, 10);
    expect(names()).toEqual([]);
    sound.setSpeed(1);
    run(w, bus, 1000);
    expect(names().length).toBeGreaterThan(0);
    sound.destroy();
  });

  it('dopamine-omission after training: burst at the cue, chime, and on the omitted trial (103) a dip and no chime', () => {
    const w = world('dopamine-omission');
    for (let t = 0; t < 309_000; t++) { stepSim(w); w.events.length = 0; } // trials 0–102 (3000 ms each), unheard
    const bus = createBus();
    const sound = createSoundSystem({ bus, getWorld: () => w });
    run(w, bus, 3000); // trial 103: omitted
    expect(names()).toEqual(['tone', 'dopamineBurst', 'dopamineDip']);
    soundLog().length = 0;
    run(w, bus, 3000); // trial 104: rewarded
    expect(names()).toEqual(['tone', 'dopamineBurst', 'chime']);
    sound.destroy();
  });

  it('songbird: sings each finished rendition at 1×, one every 8 s of wall time when quiet; playSong from the world', () => {
    const w = world('songbird-tutor');
    const bus = createBus();
    const sound = createSoundSystem({ bus, getWorld: () => w });
    const heard: string[] = [];
    sound.onSong((kind, rendition, durationMs) => heard.push(`${kind}:${rendition}:${Math.round(durationMs)}`));
    run(w, bus, 3 * 670 + 100);
    expect(names()).toEqual(['song:last', 'song:last', 'song:last']);
    expect(soundLog().map((e) => e.caption)).toEqual(["bird's song (rendition 1)", "bird's song (rendition 2)", "bird's song (rendition 3)"]);
    // Quiet at 1 wall ms per sim ms for 30 renditions (20.1 s of wall time): a song 8 s and 16 s after the last one.
    sound.setFastForward(true);
    const before = wallMs;
    run(w, bus, 30 * 670);
    const songsAt = soundLog().slice(3).map((e) => e.atMs - before);
    expect(songsAt.length).toBe(2);
    expect(songsAt[1] - songsAt[0]).toBeGreaterThanOrEqual(8000);
    expect(sound.playSong('tutor')).toBe(true);
    expect(names().at(-1)).toBe('song:tutor');
    expect(heard[0]).toMatch(/^last:0:\d+$/);
    sound.destroy();
  });
});
