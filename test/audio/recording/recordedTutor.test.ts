/**
 * A recording to a tutor (src/audio/recording, with the songbird's recordedTutor hook in
 * src/circuits/songbird/recording): the pitch-range mapping of a whistle and a hum, and the
 * words-worthy problems of bad recordings (silence, clipping, noise only, no pitched sound, too long,
 * too short).
 */
import { describe, expect, it } from 'vitest';
import { recordedTutor, trimSamples } from '../../../src/audio/recording/recordedTutor';
import { decodeWav } from '../../../src/circuits/plugin/wav';
import { songbirdRecordedTutor as hook } from '../../../src/circuits/songbird/recording/recordedTutorHook';
import { SONG_FRAME_MS } from '../../../src/circuits/songbird/runSongbirdSession';
import { wavTutor } from '../../../src/circuits/songbird/songTutor';
import { FEATURE_PITCH_MAX_HZ, FEATURE_PITCH_MIN_HZ } from '../../../src/circuits/songbird/audio/songFeatures';
import { clicks, noise, whistle, WHISTLE_NOTES } from './syntheticSounds';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The template the level's tutor.wav path reads from the made WAV (what the bird learns). */
const templateOf = (wav: Uint8Array) => {
  const read = wavTutor('recorded-tutor.wav', wav, SONG_FRAME_MS);
  if (!read.ok) throw new Error(read.error);
  return read.tutor.template;
};
const voicedPitches = (pitch: Float32Array, voiced: Uint8Array) => Array.from(pitch).filter((_, i) => voiced[i] === 1);

describe('a whistle above the bird’s range', () => {
  const made = recordedTutor(whistle(WHISTLE_NOTES), 44100, hook);
  it('is moved down by whole octaves into the range the bird hears, the range shown in Hz', () => {
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.tutor.mapping.octaves).toBe(-2);
    // The tune spans 1.6-2.6 kHz (with ±1.5% vibrato); 5th-95th percentiles fall inside it.
    expect(made.tutor.mapping.sourceLowHz).toBeGreaterThan(1600 * 0.97);
    expect(made.tutor.mapping.sourceHighHz).toBeLessThan(2600 * 1.02);
    expect(made.tutor.mapping.sourceMedianHz).toBeCloseTo(2000, -2);
    expect(made.tutor.mapping.mappedLowHz).toBeCloseTo(made.tutor.mapping.sourceLowHz / 4, 6);
    expect(made.tutor.mapping.mappedLowHz).toBeGreaterThan(FEATURE_PITCH_MIN_HZ);
    expect(made.tutor.mapping.mappedHighHz).toBeLessThan(FEATURE_PITCH_MAX_HZ);
  });
  it('keeps the melody: the tutor’s template is the whistle two octaves down, note for note', () => {
    if (!made.ok) throw new Error('not made');
    const template = templateOf(made.tutor.wav);
    expect(template.syllables).toHaveLength(4);
    // Each note's median pitch in the template ≈ its whistled pitch / 4 (within 3%).
    const trimStartMs = made.facts.trim.startMs;
    WHISTLE_NOTES.forEach((note, i) => {
      const span = template.syllables[i];
      const pitches = voicedPitches(template.pitchHz.slice(span.startFrame, span.endFrame), template.voiced.slice(span.startFrame, span.endFrame));
      const expected = (note.startHz + note.endHz) / 2 / 4;
      expect(Math.abs(median(pitches) / expected - 1)).toBeLessThan(0.03);
      expect(Math.abs(span.startFrame * 10 + trimStartMs - note.startMs)).toBeLessThanOrEqual(20);
    });
  });
  it('is a WAV that the level’s tutor.wav path reads to the syllables and length the page shows', () => {
    if (!made.ok) throw new Error('not made');
    const template = templateOf(made.tutor.wav);
    expect(made.tutor.syllables).toBe(template.syllables.length);
    expect(made.tutor.songMs).toBe(template.pitchHz.length * template.frameMs);
    const decoded = decodeWav(made.tutor.wav);
    expect(decoded.ok && decoded.sampleRateHz).toBe(11025);
  });
  it('is the same bytes from the same samples (deterministic)', () => {
    const twice = recordedTutor(whistle(WHISTLE_NOTES), 44100, hook);
    expect(twice.ok && made.ok && Buffer.from(twice.tutor.wav).equals(Buffer.from(made.tutor.wav))).toBe(true);
  });
});

describe('a hum below the bird’s range', () => {
  it('is moved up by two octaves', () => {
    const hum = whistle(
      [{ startMs: 50, durationMs: 300, startHz: 130, endHz: 160 }, { startMs: 400, durationMs: 200, startHz: 180, endHz: 180 }],
      { harmonics: [1, 0.6, 0.4, 0.3, 0.2] },
    );
    const made = recordedTutor(hum, 44100, hook);
    expect(made.ok && made.tutor.mapping.octaves).toBe(2);
    expect(made.ok && made.tutor.mapping.sourceMedianHz).toBeGreaterThan(130);
    expect(made.ok && made.tutor.mapping.sourceMedianHz).toBeLessThan(185);
    expect(made.ok && made.tutor.syllables).toBe(2);
  });
});

describe('recordings that cannot serve say why', () => {
  const problems = (samples: Float32Array) => {
    const made = recordedTutor(samples, 44100, hook);
    return made.ok ? [] : made.problems;
  };
  it('silence: a quiet room, with how loud its loudest moment was', () => {
    expect(problems(noise(800, 0.0003))).toEqual([{ code: 'silence', peakDbfs: -70 }]);
  });
  it('clipping: a whistle far too loud for the input', () => {
    const hot = whistle(WHISTLE_NOTES, { peak: 3 }).map((x) => Math.max(-1, Math.min(1, x)));
    const found = problems(hot);
    expect(found.map((p) => p.code)).toEqual(['clipping']);
    expect(found[0].code === 'clipping' && found[0].percent).toBeGreaterThan(30);
    // The same whistle at a sane level passes.
    expect(problems(whistle(WHISTLE_NOTES, { peak: 0.9 }))).toEqual([]);
  });
  it('noise only: breath or hiss with no pitch at all', () => {
    expect(problems(noise(800, 0.05))).toEqual([{ code: 'noiseOnly', soundMs: 800 }]);
  });
  it('no pitched sound: clicks', () => {
    const found = problems(clicks(800));
    expect(found.map((p) => p.code)).toEqual(['noPitch']);
  });
  it('too long: a 3.5 s note, over the 3 s a tutor may last; trimmed to 3 s it serves', () => {
    const long = whistle([{ startMs: 50, durationMs: 3500, startHz: 1500, endHz: 2000 }]);
    expect(problems(long)).toEqual([{ code: 'tooLong', seconds: 3.6, maxSeconds: 3 }]);
    const trimmed = recordedTutor(long, 44100, hook, { startMs: 500, endMs: 3500 });
    expect(trimmed.ok).toBe(true);
    expect(trimSamples(long, 44100, { startMs: 500, endMs: 3500 }).length).toBe(132300);
  });
  it('too short: a 50 ms trim inside a whistled note says so (not "no pitch"); 100 ms of it serves', () => {
    const note = whistle([{ startMs: 50, durationMs: 600, startHz: 1800, endHz: 1800 }]);
    const short = recordedTutor(note, 44100, hook, { startMs: 200, endMs: 250 });
    expect(short.ok ? [] : short.problems).toEqual([{ code: 'tooShort', ms: 50, minMs: 100 }]);
    expect(recordedTutor(note, 44100, hook, { startMs: 200, endMs: 300 }).ok).toBe(true);
  });
  it('too short: a 20 ms pip, trimmed automatically to the sound and its margins (80 ms)', () => {
    expect(problems(whistle([{ startMs: 100, durationMs: 20, startHz: 1800, endHz: 1800 }]))).toEqual([{ code: 'tooShort', ms: 80, minMs: 100 }]);
  });
});
