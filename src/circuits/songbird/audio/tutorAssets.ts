/**
 * The tutor assets (assets/tutors/*): each built-in tutor rendered through the syrinx to a WAV, plus
 * one "provided WAV" that our syrinx did NOT make — a whistled, vibrato-laden, slightly noisy song at
 * a different sample rate, built here by a separate code path — standing in for a recording a player
 * brings. Every WAV is analysed by the same feature extractor into <name>.template.json.
 * Pure and deterministic: `npm run tutors` writes these bytes (the definition's generatedAssets), and a test checks that the files in
 * the repository equal them.
 */
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from './syrinx';
import { encodeWav } from '../../plugin/wav';
import { templateFromWav } from './songTemplate';
import { songTemplateToJson } from './songTemplateJson';
import { TUTOR_NAMES, tutorVocalTrack } from './tutorSongs';

/** Command resolution used to render the built-in tutor WAVs (fine, so syllable edges are crisp). */
export const TUTOR_RENDER_FRAME_MS = 1;
/** Frame length of the stored templates. */
export const TUTOR_TEMPLATE_FRAME_MS = 5;

export const WHISTLE_NAME = 'whistle-sweep';
/** The whistle is "recorded" at 16 kHz, so importing it exercises a rate other than the syrinx's. */
export const WHISTLE_SAMPLE_RATE_HZ = 16000;

interface WhistleNote {
  startMs: number;
  durationMs: number;
  startHz: number;
  endHz: number;
  peak: number;
}

/** Four whistled notes: rising, long steady with vibrato, falling, short. 700–1100 Hz. */
export const WHISTLE_NOTES: readonly WhistleNote[] = [
  { startMs: 30, durationMs: 90, startHz: 700, endHz: 1000, peak: 0.45 },
  { startMs: 160, durationMs: 130, startHz: 900, endHz: 900, peak: 0.5 },
  { startMs: 325, durationMs: 100, startHz: 1100, endHz: 800, peak: 0.42 },
  { startMs: 470, durationMs: 60, startHz: 750, endHz: 750, peak: 0.38 },
];
export const WHISTLE_DURATION_MS = 570;
const WHISTLE_VIBRATO_HZ = 7;
const WHISTLE_VIBRATO_DEPTH = 0.02;
const WHISTLE_NOISE_RMS = 0.004;

/**
 * The whistle's true pitch at a time (Hz), or 0 outside its notes. Vibrato ±2% at 7 Hz on top of a
 * linear glide: a slope of at most ~3 Hz/ms plus ~0.9 Hz/ms of vibrato.
 */
export function whistlePitchHz(timeMs: number): number {
  for (const note of WHISTLE_NOTES) {
    const into = timeMs - note.startMs;
    if (into < 0 || into >= note.durationMs) continue;
    const glideHz = note.startHz + ((note.endHz - note.startHz) * into) / note.durationMs;
    return glideHz * (1 + WHISTLE_VIBRATO_DEPTH * Math.sin((2 * Math.PI * WHISTLE_VIBRATO_HZ * into) / 1000));
  }
  return 0;
}

/** Envelope of a whistle note: quick exponential attack, slower release (unlike the syrinx's cosine ramps). */
function whistleEnvelope(timeMs: number): number {
  for (const note of WHISTLE_NOTES) {
    const into = timeMs - note.startMs;
    const left = note.durationMs - into;
    if (into < 0 || left <= 0) continue;
    return note.peak * (1 - Math.exp(-into / 3)) * (1 - Math.exp(-left / 6));
  }
  return 0;
}

/** Seeded xorshift32 in (0, 1): the whistle's noise floor must be reproducible byte for byte. */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (state + 0.5) / 4294967296;
  };
}

/** The whistle's samples: sine + weak 2nd harmonic, phase integrated per sample, plus a faint hiss. */
export function whistleSamples(): Float32Array {
  const count = Math.round((WHISTLE_DURATION_MS * WHISTLE_SAMPLE_RATE_HZ) / 1000);
  const samples = new Float32Array(count);
  const uniform = xorshift(0x5eed);
  let phase = 0;
  for (let n = 0; n < count; n++) {
    const timeMs = (n * 1000) / WHISTLE_SAMPLE_RATE_HZ;
    const pitch = whistlePitchHz(timeMs);
    phase = (phase + (2 * Math.PI * pitch) / WHISTLE_SAMPLE_RATE_HZ) % (2 * Math.PI);
    const tone = Math.sin(phase) + 0.12 * Math.sin(2 * phase + 0.7);
    // Sum of three uniforms ≈ Gaussian; scaled to the wanted RMS (each uniform −0.5..0.5 has RMS 1/√12).
    const hiss = (uniform() + uniform() + uniform() - 1.5) * WHISTLE_NOISE_RMS * 2;
    samples[n] = whistleEnvelope(timeMs) * tone + hiss;
  }
  return samples;
}

function templateJsonText(wav: Uint8Array, source: string, sampleRateHz: number): string {
  const made = templateFromWav(wav, TUTOR_TEMPLATE_FRAME_MS);
  if (!made.ok) throw new Error(`tutor assets: analysing ${source} failed: ${made.error}`);
  return `${JSON.stringify(songTemplateToJson(made.template, source, sampleRateHz))}\n`;
}

/** Every tutor asset: file name (relative to assets/tutors/) → exact bytes. */
export function tutorAssetFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const name of TUTOR_NAMES) {
    const samples = synthesizeSong(tutorVocalTrack(name, TUTOR_RENDER_FRAME_MS), SONG_SAMPLE_RATE_HZ);
    const wav = encodeWav(samples, SONG_SAMPLE_RATE_HZ);
    files.set(`${name}.wav`, wav);
    files.set(`${name}.template.json`, encoder.encode(templateJsonText(wav, `${name}.wav`, SONG_SAMPLE_RATE_HZ)));
  }
  const whistleWav = encodeWav(whistleSamples(), WHISTLE_SAMPLE_RATE_HZ);
  files.set(`${WHISTLE_NAME}.wav`, whistleWav);
  files.set(
    `${WHISTLE_NAME}.template.json`,
    encoder.encode(templateJsonText(whistleWav, `${WHISTLE_NAME}.wav`, WHISTLE_SAMPLE_RATE_HZ)),
  );
  return files;
}
