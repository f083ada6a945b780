/**
 * The event → sound mapping and the helpers around it, without a browser. Pure functions; the
 * dopamine detector is fed a δ trace shaped like levels/dopamine-omission.json's (dt 1 ms).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { soundForEvent } from '../../src/audio/eventSounds';
import { roleFromName, stimulusRolesOf, type StimulusRole } from '../../src/audio/stimulusRoles';
import { DopamineEarconDetector } from '../../src/audio/dopamineEarconDetector';
import { RateLimiter } from '../../src/audio/rateLimiter';
import { stimulusDurationMs } from '../../src/audio/stimulusDuration';
import { songCaption, earconCaption } from '../../src/audio/soundNames';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { stepSim } from '../../src/sim/schedule';
import type { SimEvent } from '../../src/sim/events/simEvents';

const roles = new Map<string, StimulusRole>([['tone', 'tone'], ['puff', 'puff'], ['buzzCue', 'buzz']]);
const duration = (): number => 650;

describe('soundForEvent', () => {
  it('cue on → sustained sound with its duration; off → stop; US → puff; reward → chime', () => {
    expect(soundForEvent({ type: 'stimulusChanged', tick: 5, stimulus: 'tone', on: true }, roles, duration)).toEqual({ kind: 'play', name: 'tone', durationMs: 650 });
    expect(soundForEvent({ type: 'stimulusChanged', tick: 9, stimulus: 'tone', on: false }, roles, duration)).toEqual({ kind: 'stop', name: 'tone' });
    expect(soundForEvent({ type: 'stimulusChanged', tick: 5, stimulus: 'buzzCue', on: true }, roles, duration)).toEqual({ kind: 'play', name: 'buzz', durationMs: 650 });
    expect(soundForEvent({ type: 'stimulusChanged', tick: 5, stimulus: 'puff', on: true }, roles, duration)).toEqual({ kind: 'play', name: 'puff', durationMs: null });
    expect(soundForEvent({ type: 'stimulusChanged', tick: 6, stimulus: 'puff', on: false }, roles, duration)).toBeNull();
    expect(soundForEvent({ type: 'rewardDelivered', tick: 1, amount: 1, modulator: 'dopamine' }, roles, duration)).toEqual({ kind: 'play', name: 'chime', durationMs: null });
  });

  it('is silent for unknown stimuli, zero rewards and bookkeeping events', () => {
    const silent: SimEvent[] = [
      { type: 'stimulusChanged', tick: 1, stimulus: 'lightCue', on: true },
      { type: 'rewardDelivered', tick: 1, amount: 0 },
      { type: 'rewardOmitted', tick: 1 },
      { type: 'trialStarted', tick: 1, phase: 'p', trial: 0, trialType: 'paired' },
      { type: 'trialEnded', tick: 1, phase: 'p', trial: 0 },
      { type: 'modulatorReleased', tick: 1, modulator: 'dopamine', amount: 1 },
    ];
    for (const event of silent) expect(soundForEvent(event, roles, duration)).toBeNull();
  });
});

describe('stimulus roles', () => {
  it('come from the name: tone/cue sounds, puffs, buzzers, clicks; lights and pulses are silent', () => {
    expect(roleFromName('toneCue')).toBe('tone');
    expect(roleFromName('tone')).toBe('tone');
    expect(roleFromName('puff')).toBe('puff');
    expect(roleFromName('buzzCue')).toBe('buzz');
    expect(roleFromName('clickCue')).toBe('clickTrain');
    expect(roleFromName('lightCue')).toBeNull();
    expect(roleFromName('timeline.pulse.0')).toBeNull();
    expect(roleFromName('vtaNoise')).toBeNull();
  });

  it('of levels/eyeblink-acquisition.json: tone and puff, and the tone lasts the 650 ms the level says', () => {
    const loaded = loadLevel(readFileSync('levels/eyeblink-acquisition.json', 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const world = spawned.world;
    expect([...stimulusRolesOf(world).entries()]).toEqual([['tone', 'tone'], ['puff', 'puff']]);
    expect(stimulusRolesOf(world, { puff: null }).has('puff')).toBe(false);
    const heard: string[] = [];
    for (let t = 0; t < 700; t++) {
      stepSim(world);
      for (const event of world.events) {
        const action = soundForEvent(event, stimulusRolesOf(world), (s, tick) => stimulusDurationMs(world, s, tick));
        if (action) heard.push(`${action.kind}:${action.name}@${event.tick}${action.kind === 'play' && action.durationMs !== null ? `/${action.durationMs}ms` : ''}`);
      }
      world.events.length = 0;
    }
    // dt 1 ms (the level's): tone at trial start for 650 ms, the puff 250 ms after it.
    expect(heard).toEqual(['play:tone@0/650ms', 'play:puff@250', 'stop:tone@650']);
  });
});

describe('DopamineEarconDetector', () => {
  it('fires one burst per excursion above +0.6 and one dip below −0.6, not on noise', () => {
    const detector = new DopamineEarconDetector();
    const heard: string[] = [];
    const feed = (delta: number, from: number, to: number): void => {
      for (let ms = from; ms < to; ms += 16) { // one sample per 60 Hz frame
        const earcon = detector.sample(delta + 0.3 * Math.sin(ms), ms);
        if (earcon) heard.push(`${earcon}@${ms}`);
      }
    };
    feed(0, 0, 1000); // noise within ±0.3 (measured ±0.4)
    feed(1.0, 1000, 1150); // a cue burst (measured 0.86–1.28 for ~150 ms)
    feed(0, 1150, 2000);
    feed(-1.0, 2000, 2150); // an omission dip (measured −0.94 to −1.17)
    feed(0, 2150, 3000);
    expect(heard).toEqual(['dopamineBurst@1000', 'dopamineDip@2000']);
  });

  it('resets when time goes back (new level, restored snapshot)', () => {
    const detector = new DopamineEarconDetector();
    expect(detector.sample(1, 1000)).toBe('dopamineBurst');
    expect(detector.sample(1, 1016)).toBeNull();
    expect(detector.sample(1, 10)).toBe('dopamineBurst');
  });
});

describe('RateLimiter and captions', () => {
  it('lets a key through once per interval', () => {
    const limiter = new RateLimiter({ chime: 150 });
    expect([0, 100, 149, 150, 200, 301].map((t) => limiter.accept('chime', t))).toEqual([true, false, false, true, false, true]);
    expect(limiter.accept('other', 0)).toBe(true);
    expect(limiter.accept('other', 0)).toBe(true); // no interval for unknown keys
  });

  it('names each sound for players who cannot hear it', () => {
    expect(earconCaption('tone')).toBe('♪ tone');
    expect(earconCaption('puff')).toBe('puff of air');
    expect(earconCaption('chime')).toBe('reward chime');
    expect(earconCaption('dopamineBurst')).toBe('dopamine burst');
    expect(earconCaption('dopamineDip')).toBe('dopamine dip');
    expect(songCaption('tutor', null)).toBe('tutor song');
    expect(songCaption('last', 311)).toBe("bird's song (rendition 312)");
    expect(songCaption('best', 87)).toBe("bird's best song (rendition 88)");
  });
});
