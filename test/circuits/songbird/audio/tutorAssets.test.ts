/**
 * The built-in tutors and the files in assets/tutors: specs within zebra-finch ranges, syllable
 * segmentation of each tutor's WAV, pitch readback against the command track and against the
 * whistle's known pitch, and byte-identical regeneration (`npm run tutors` keeps assets in sync).
 * Synthesis at 22,050 Hz (whistle 16,000 Hz, its hiss from xorshift32 seed 0x5eed); templates at 5 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  TUTOR_TEMPLATE_FRAME_MS, WHISTLE_NAME, WHISTLE_NOTES, tutorAssetFiles, whistlePitchHz,
} from '../../../../src/circuits/songbird/audio/tutorAssets';
import { extractSongFeatures } from '../../../../src/circuits/songbird/audio/songFeatures';
import { templateFromWav } from '../../../../src/circuits/songbird/audio/songTemplate';
import { songTemplateFromJson } from '../../../../src/circuits/songbird/audio/songTemplateJson';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from '../../../../src/circuits/songbird/audio/syrinx';
import {
  TUTOR_NAMES, TUTOR_SONGS, tutorDurationMs, tutorSyllableTimings, tutorVocalTrack,
} from '../../../../src/circuits/songbird/audio/tutorSongs';
import { decodeWav, encodeWav } from '../../../../src/circuits/plugin/wav';

const ASSET_DIR = fileURLToPath(new URL('../../../../assets/tutors/', import.meta.url));

describe('built-in tutor specs', () => {
  it('has at least 3 zebra-finch-like motifs within the stated ranges', () => {
    expect(TUTOR_NAMES.length).toBeGreaterThanOrEqual(3);
    for (const name of TUTOR_NAMES) {
      const song = TUTOR_SONGS[name];
      expect(song.syllables.length).toBeGreaterThanOrEqual(3);
      expect(song.syllables.length).toBeLessThanOrEqual(6);
      expect(tutorDurationMs(song)).toBeGreaterThanOrEqual(400);
      expect(tutorDurationMs(song)).toBeLessThanOrEqual(800);
      song.syllables.forEach((syllable, index) => {
        expect(syllable.durationMs).toBeGreaterThanOrEqual(40);
        expect(syllable.durationMs).toBeLessThanOrEqual(150);
        if (index > 0) {
          expect(syllable.gapBeforeMs).toBeGreaterThanOrEqual(20);
          expect(syllable.gapBeforeMs).toBeLessThanOrEqual(50);
        }
        for (const hz of syllable.contourHz) {
          expect(hz).toBeGreaterThanOrEqual(450);
          expect(hz).toBeLessThanOrEqual(1100);
        }
      });
      const kinds = new Set(song.syllables.map((syllable) => syllable.kind));
      expect(kinds.has('stack')).toBe(true);
      expect(kinds.has('upsweep') || kinds.has('downsweep')).toBe(true);
    }
    expect(() => tutorVocalTrack('canary', 5)).toThrow(/unknown tutor 'canary'.*zebra-finch-a/);
  });

  it('each tutor track is silent between syllables and voiced inside them', () => {
    for (const name of TUTOR_NAMES) {
      const track = tutorVocalTrack(name, 1);
      for (const timing of tutorSyllableTimings(TUTOR_SONGS[name])) {
        const middle = Math.floor((timing.startMs + timing.endMs) / 2);
        expect(track.amplitude[middle]).toBeCloseTo(timing.spec.amplitude, 6);
        expect(track.amplitude[Math.floor(timing.startMs) - 2]).toBe(0);
        expect(track.amplitude[Math.ceil(timing.endMs) + 1]).toBe(0);
      }
    }
  });
});

describe('tutor WAVs analysed into templates', () => {
  for (const frameMs of [5, 10]) {
    it(`segmentation finds each tutor's syllables at ${frameMs} ms frames, each within a frame or two of the spec`, () => {
      for (const name of TUTOR_NAMES) {
        const wav = encodeWav(synthesizeSong(tutorVocalTrack(name, 1)), SONG_SAMPLE_RATE_HZ);
        const made = templateFromWav(wav, frameMs);
        if (!made.ok) throw new Error(made.error);
        const timings = tutorSyllableTimings(TUTOR_SONGS[name]);
        expect(made.template.syllables.length, name).toBe(timings.length);
        made.template.syllables.forEach((span, index) => {
          expect(Math.abs(span.startFrame * frameMs - timings[index].startMs)).toBeLessThanOrEqual(frameMs + 4);
          expect(Math.abs(span.endFrame * frameMs - timings[index].endMs)).toBeLessThanOrEqual(frameMs + 4);
        });
      }
    });
  }

  it('measured pitch matches the command within 2% wherever the command is steady (and ≤ 1.5% even at call apexes)', () => {
    for (const name of TUTOR_NAMES) {
      const track = tutorVocalTrack(name, 5);
      const decoded = decodeWav(encodeWav(synthesizeSong(track), SONG_SAMPLE_RATE_HZ));
      if (!decoded.ok) throw new Error(decoded.error);
      const features = extractSongFeatures(decoded.samples, decoded.sampleRateHz, 5);
      let worstSteady = 0;
      let worstAny = 0;
      for (let frame = 2; frame < track.pitchHz.length - 2; frame++) {
        // Full amplitude over ±10 ms: the analysis window sees one syllable only.
        const full = [-2, -1, 0, 1, 2].every((offset) => track.amplitude[frame + offset] >= 0.99 * track.amplitude[frame]) && track.amplitude[frame] > 0;
        if (!full) continue;
        expect(features.voiced[frame], `${name} frame ${frame}`).toBe(1);
        const error = Math.abs(features.pitchHz[frame] / track.pitchHz[frame] - 1);
        worstAny = Math.max(worstAny, error);
        const p = track.pitchHz;
        const curvature = Math.abs(p[frame - 2] - 2 * p[frame] + p[frame + 2]) / p[frame];
        if (curvature < 0.005) worstSteady = Math.max(worstSteady, error);
      }
      expect(worstSteady, name).toBeLessThan(0.02);
      expect(worstAny, name).toBeLessThan(0.015);
    }
  });
});

describe('the provided WAV (whistle-sweep, not made by the syrinx)', () => {
  it('reads back within 2% of its true pitch inside each note, at its own 16 kHz rate', () => {
    const bytes = readFileSync(join(ASSET_DIR, `${WHISTLE_NAME}.wav`));
    const decoded = decodeWav(new Uint8Array(bytes));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.sampleRateHz).toBe(16000);
    const features = extractSongFeatures(decoded.samples, decoded.sampleRateHz, 5);
    let checked = 0;
    for (let frame = 0; frame < features.pitchHz.length; frame++) {
      const timeMs = (frame + 0.5) * 5;
      const inside = WHISTLE_NOTES.some((note) => timeMs >= note.startMs + 10 && timeMs <= note.startMs + note.durationMs - 10);
      if (!inside) continue;
      checked++;
      expect(features.voiced[frame]).toBe(1);
      expect(Math.abs(features.pitchHz[frame] / whistlePitchHz(timeMs) - 1)).toBeLessThan(0.02);
    }
    expect(checked).toBeGreaterThan(50);
    const made = templateFromWav(new Uint8Array(bytes), 5);
    expect(made.ok && made.template.syllables.length).toBe(WHISTLE_NOTES.length);
  });
});

describe('assets/tutors', () => {
  const files = tutorAssetFiles();

  it('regenerating gives byte-identical files (run `npm run tutors` after changing the audio code)', () => {
    expect(files.size).toBe(2 * (TUTOR_NAMES.length + 1));
    for (const [name, bytes] of files) {
      const onDisk = new Uint8Array(readFileSync(join(ASSET_DIR, name)));
      expect(onDisk.length, name).toBe(bytes.length);
      expect(Buffer.compare(Buffer.from(onDisk), Buffer.from(bytes)), `${name} differs from its regeneration`).toBe(0);
    }
  });

  it('every file is small and every template file reads back with the segmentation of its WAV', () => {
    for (const [name, bytes] of files) {
      expect(bytes.length, name).toBeLessThan(60_000);
      if (!name.endsWith('.template.json')) continue;
      const read = songTemplateFromJson(JSON.parse(new TextDecoder().decode(bytes)), name);
      if (!read.ok) throw new Error(read.error);
      expect(read.template.frameMs).toBe(TUTOR_TEMPLATE_FRAME_MS);
      expect(read.source).toBe(name.replace('.template.json', '.wav'));
      const tutor = name.replace('.template.json', '');
      const expected = tutor === WHISTLE_NAME ? WHISTLE_NOTES.length : TUTOR_SONGS[tutor].syllables.length;
      expect(read.template.syllables.length, name).toBe(expected);
    }
  });
});
