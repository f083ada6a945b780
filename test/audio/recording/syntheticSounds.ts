/**
 * Sounds a microphone might give, generated here (seeded, so every run hears the same): a whistled
 * tune high above the bird's range, a hum below it, white noise, clicks, silence and a clipped whistle.
 */

/** Seeded xorshift32 in (0, 1). */
export function uniformStream(seed: number): () => number {
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

/** Approximately Gaussian noise of the given RMS (sum of three uniforms). */
export function gaussian(uniform: () => number, rms: number): number {
  return (uniform() + uniform() + uniform() - 1.5) * 2 * rms;
}

export interface Note {
  startMs: number;
  durationMs: number;
  startHz: number;
  endHz: number;
}

/** A human whistle: near-sine notes gliding from startHz to endHz, 5 Hz vibrato ±1.5%, soft attacks, noise under it. */
export function whistle(notes: readonly Note[], options: { rateHz?: number; peak?: number; noiseRms?: number; seed?: number; totalMs?: number; harmonics?: number[] } = {}): Float32Array {
  const rate = options.rateHz ?? 44100;
  const peak = options.peak ?? 0.3;
  const harmonics = options.harmonics ?? [1, 0.08];
  const totalMs = options.totalMs ?? Math.max(...notes.map((n) => n.startMs + n.durationMs)) + 80;
  const out = new Float32Array(Math.round((totalMs * rate) / 1000));
  const uniform = uniformStream(options.seed ?? 1);
  let phase = 0;
  for (let n = 0; n < out.length; n++) {
    const ms = (n * 1000) / rate;
    const note = notes.find((x) => ms >= x.startMs && ms < x.startMs + x.durationMs);
    let tone = 0;
    if (note !== undefined) {
      const into = ms - note.startMs;
      const glide = note.startHz + ((note.endHz - note.startHz) * into) / note.durationMs;
      const hz = glide * (1 + 0.015 * Math.sin((2 * Math.PI * 5 * into) / 1000));
      phase = (phase + (2 * Math.PI * hz) / rate) % (2 * Math.PI);
      const envelope = (1 - Math.exp(-into / 8)) * (1 - Math.exp(-(note.durationMs - into) / 10));
      for (let h = 0; h < harmonics.length; h++) tone += harmonics[h] * Math.sin((h + 1) * phase);
      tone *= peak * envelope;
    }
    out[n] = tone + gaussian(uniform, options.noiseRms ?? 0.003);
  }
  return out;
}

/** The test whistle: four notes between 1.6 and 2.6 kHz (a whistle's usual range), 50 ms lead-in. */
export const WHISTLE_NOTES: readonly Note[] = [
  { startMs: 50, durationMs: 110, startHz: 1600, endHz: 2300 },
  { startMs: 200, durationMs: 140, startHz: 2000, endHz: 2000 },
  { startMs: 380, durationMs: 110, startHz: 2600, endHz: 1800 },
  { startMs: 530, durationMs: 80, startHz: 1700, endHz: 1700 },
];

/** The test hum: the same rhythm as the whistle, four notes between 130 and 190 Hz (a low voice). */
export const HUM_NOTES: readonly Note[] = [
  { startMs: 50, durationMs: 110, startHz: 130, endHz: 165 },
  { startMs: 200, durationMs: 140, startHz: 150, endHz: 150 },
  { startMs: 380, durationMs: 110, startHz: 190, endHz: 140 },
  { startMs: 530, durationMs: 80, startHz: 135, endHz: 135 },
];

/** A hummed voice's overtones (relative amplitudes of harmonics 1-5): far richer than a whistle's. */
export const HUM_HARMONICS: readonly number[] = [1, 0.6, 0.4, 0.3, 0.2];

export function noise(ms: number, rms: number, rateHz = 44100, seed = 3): Float32Array {
  const uniform = uniformStream(seed);
  return Float32Array.from({ length: Math.round((ms * rateHz) / 1000) }, () => gaussian(uniform, rms));
}

/** Sharp clicks (a few samples each) every 100 ms over a faint noise floor. */
export function clicks(ms: number, rateHz = 44100): Float32Array {
  const out = noise(ms, 0.0005, rateHz, 5);
  for (let t = 50; t < ms - 10; t += 100) {
    const at = Math.round((t * rateHz) / 1000);
    for (let k = 0; k < 20; k++) out[at + k] += 0.5 * Math.exp(-k / 4) * (k % 2 === 0 ? 1 : -1);
  }
  return out;
}
