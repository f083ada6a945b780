/**
 * Templates: syllable segmentation (threshold, gap merging, short-run dropping), level normalisation,
 * templateFromWav's errors, and the template JSON reader. Audio at 22,050 Hz, 5 ms frames; noise seed 9.
 */
import { describe, expect, it } from 'vitest';
import { segmentSyllables, templateFromSamples, templateFromWav } from '../../../../src/circuits/songbird/audio/songTemplate';
import { songTemplateFromJson, songTemplateToJson } from '../../../../src/circuits/songbird/audio/songTemplateJson';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from '../../../../src/circuits/songbird/audio/syrinx';
import { tutorVocalTrack } from '../../../../src/circuits/songbird/audio/tutorSongs';
import { encodeWav } from '../../../../src/circuits/plugin/wav';
import { addWhiteNoise } from '../../../../src/circuits/songbird/audio/whiteNoise';
import { xorshift32 } from './audioTestTracks';

describe('segmentSyllables', () => {
  it('thresholds at 20% of the peak, merges gaps shorter than 12 ms and drops runs shorter than 15 ms', () => {
    const envelope = Float32Array.from([
      0, 1, 1, 1, 1, 0.1, 1, 1, 0, 0, 0, 0.5, 0.5, 0.5, 0, 0, 0, 0.9, 0, 0, 0, 0.8, 0.8, 0.8, 0.8,
    ]);
    // 5 ms frames: the one-frame dip at 5 is merged (5 ms < 12 ms); the lone frame 17 is 5 ms long (dropped).
    expect(segmentSyllables(envelope, 5)).toEqual([
      { startFrame: 1, endFrame: 8 },
      { startFrame: 11, endFrame: 14 },
      { startFrame: 21, endFrame: 25 },
    ]);
    expect(segmentSyllables(new Float32Array(10), 5)).toEqual([]);
    expect(segmentSyllables(envelope, 5, { minGapMs: 0, minSyllableMs: 0 }).length).toBe(5);
  });
});

describe('templateFromSamples / templateFromWav', () => {
  const tutor = synthesizeSong(tutorVocalTrack('zebra-finch-b', 1));

  it('normalises the level: a recording 20× quieter gives the same template', () => {
    const loud = templateFromSamples(tutor, SONG_SAMPLE_RATE_HZ, 5);
    const quiet = templateFromSamples(tutor.map((x) => x / 20), SONG_SAMPLE_RATE_HZ, 5);
    expect(Math.max(...loud.amplitude)).toBeCloseTo(1, 5);
    expect(quiet.syllables).toEqual(loud.syllables);
    expect(Array.from(quiet.voiced)).toEqual(Array.from(loud.voiced));
    quiet.pitchHz.forEach((hz, frame) => expect(Math.abs(hz - loud.pitchHz[frame])).toBeLessThan(0.01 * loud.pitchHz[frame] + 1e-6));
    quiet.amplitude.forEach((level, frame) => expect(Math.abs(level - loud.amplitude[frame])).toBeLessThan(0.01));
  });

  it('unvoiced frames carry pitch 0; voiced frames sit inside syllables', () => {
    const template = templateFromSamples(tutor, SONG_SAMPLE_RATE_HZ, 5);
    template.voiced.forEach((flag, frame) => {
      if (flag === 0) expect(template.pitchHz[frame]).toBe(0);
      else expect(template.syllables.some((span) => frame >= span.startFrame - 1 && frame < span.endFrame + 1)).toBe(true);
    });
  });

  it('returns clear errors for unusable input instead of throwing', () => {
    const fail = (result: ReturnType<typeof templateFromWav>, pattern: RegExp) => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(pattern);
    };
    fail(templateFromWav(new TextEncoder().encode('hello'), 5), /^WAV: file is 5 bytes/);
    fail(templateFromWav(encodeWav(new Float32Array(22050), SONG_SAMPLE_RATE_HZ), 5), /recording is silent/);
    fail(templateFromWav(encodeWav(new Float32Array(10), SONG_SAMPLE_RATE_HZ), 5), /shorter than one 5 ms frame/);
    fail(templateFromWav(encodeWav(tutor, SONG_SAMPLE_RATE_HZ), 0), /frameMs must be > 0/);
    const noise = new Float32Array(22050);
    addWhiteNoise(noise, 2000, 20000, 0.5, xorshift32(9));
    fail(templateFromWav(encodeWav(noise, SONG_SAMPLE_RATE_HZ), 5), /no pitched sound/);
  });
});

describe('template JSON', () => {
  const template = templateFromSamples(synthesizeSong(tutorVocalTrack('zebra-finch-a', 1)), SONG_SAMPLE_RATE_HZ, 5);
  const json = JSON.parse(JSON.stringify(songTemplateToJson(template, 'a.wav', SONG_SAMPLE_RATE_HZ))) as Record<string, unknown>;

  it('round-trips (pitch to 0.1 Hz, amplitude to 0.001)', () => {
    const read = songTemplateFromJson(json);
    if (!read.ok) throw new Error(read.error);
    expect(read.template.syllables).toEqual(template.syllables);
    expect(Array.from(read.template.voiced)).toEqual(Array.from(template.voiced));
    read.template.pitchHz.forEach((hz, frame) => expect(Math.abs(hz - template.pitchHz[frame])).toBeLessThanOrEqual(0.05 + 1e-3));
    read.template.amplitude.forEach((level, frame) => expect(Math.abs(level - template.amplitude[frame])).toBeLessThanOrEqual(0.0005 + 1e-6));
  });

  it('names the offending path in malformed templates', () => {
    const broken = (patch: Record<string, unknown>) => songTemplateFromJson({ ...json, ...patch }, 'tutor.json');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ format: 'x' }, /^tutor\.json\.format/],
      [{ version: 2 }, /^tutor\.json\.version/],
      [{ frameMs: -5 }, /^tutor\.json\.frameMs/],
      [{ pitchHz: 'no' }, /^tutor\.json\.pitchHz: expected an array/],
      [{ amplitude: [...(json.amplitude as number[]).slice(1), -1] }, /^tutor\.json\.amplitude\[\d+\]: expected an amplitude ≥ 0, got -1/],
      [{ voiced: (json.voiced as number[]).slice(1) }, /one entry per frame/],
      [{ syllables: [{ startFrame: 5, endFrame: 3 }] }, /^tutor\.json\.syllables\[0\]: frames \[5, 3\)/],
      [{ syllables: [{ startFrame: 'a' }] }, /^tutor\.json\.syllables\[0\]: expected/],
    ];
    for (const [patch, pattern] of cases) {
      const read = broken(patch);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(pattern);
    }
    expect(songTemplateFromJson(null).ok).toBe(false);
  });
});
