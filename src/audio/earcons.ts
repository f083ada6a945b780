/**
 * The game's short sounds, synthesised in code: pure functions from parameters to mono samples in
 * [−1, 1] at EARCON_SAMPLE_RATE_HZ. Nothing here touches howler or the DOM, so a unit test can
 * render each earcon to a WAV and check it by analysis (test/audio/earcons.test.ts).
 *
 * Every earcon starts and ends at zero through a raised-cosine ramp (no clicks) and peaks well
 * below full scale (the puff at 0.85, the others near 0.5): several may sound at once without the
 * mix clipping much.
 */
import { whiteNoiseSource } from './noiseSource';

/** 22.05 kHz: everything here sits below 6 kHz, and it halves the WAV size of 44.1 kHz. */
export const EARCON_SAMPLE_RATE_HZ = 22050;

/** The conditioned-stimulus tone of conditioning levels (a lab's 1 kHz tone). */
export const TONE_HZ = 1000;
export const TONE_RAMP_MS = 5;
export const PUFF_MS = 140;
export const CHIME_NOTE_HZ: readonly [number, number] = [880, 1318.5]; // A5 then E6: a rising fifth
export const CHIME_NOTE_MS = 180;
export const BURST_CHIRP_HZ: readonly [number, number] = [500, 1500];
export const BURST_CHIRP_MS = 180;
export const DIP_TONE_HZ: readonly [number, number] = [320, 160];
export const DIP_TONE_MS = 320;
export const CLICK_MS = 4;
export const BUZZ_HZ = 140;

const sampleCount = (durationMs: number, rateHz: number): number => Math.max(1, Math.round((durationMs * rateHz) / 1000));

/** Raised-cosine fade-in over rampSamples and fade-out over the last rampSamples (in place). */
export function applyRamps(samples: Float32Array, rampSamples: number): Float32Array {
  const n = Math.min(Math.floor(samples.length / 2), Math.max(1, Math.round(rampSamples)));
  for (let i = 0; i < n; i++) {
    const gain = 0.5 - 0.5 * Math.cos((Math.PI * i) / n);
    samples[i] *= gain;
    samples[samples.length - 1 - i] *= gain;
  }
  return samples;
}

/** A pure sine of `durationMs` with raised-cosine ramps (the CS tone: 1 kHz, 5 ms ramps by default). */
export function toneSamples(durationMs: number, frequencyHz = TONE_HZ, rampMs = TONE_RAMP_MS, rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(durationMs, rateHz));
  const step = (2 * Math.PI * frequencyHz) / rateHz;
  // 0.35: a pure 1 kHz sine is piercing; the puff and chime must stand out over it.
  for (let i = 0; i < out.length; i++) out[i] = 0.35 * Math.sin(step * i);
  return applyRamps(out, (rampMs * rateHz) / 1000);
}

/**
 * An air puff: white noise through a two-pole resonant band-pass (centre 2.5 kHz, broad Q) with a
 * 3 ms attack and an exponential decay, so it hisses like air rather than sounding like a note.
 */
export function puffSamples(durationMs = PUFF_MS, seed = 1, rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(durationMs, rateHz));
  const noise = whiteNoiseSource(seed);
  // RBJ band-pass biquad (constant 0 dB peak gain).
  const centreHz = 2500;
  const q = 0.7;
  const w0 = (2 * Math.PI * centreHz) / rateHz;
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w0)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  const attack = sampleCount(3, rateHz);
  const decayTau = out.length / 2.5;
  let peak = 0;
  for (let i = 0; i < out.length; i++) {
    const x = noise();
    const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = x; y2 = y1; y1 = y;
    const envelope = i < attack ? i / attack : Math.exp(-(i - attack) / decayTau);
    out[i] = y * envelope;
    peak = Math.max(peak, Math.abs(out[i]));
  }
  normalise(out, peak, 0.85);
  return applyRamps(out, sampleCount(2, rateHz));
}

/** One bell strike: a fundamental with weak inharmonic partials (2.0, 2.76), each decaying. */
function addBell(out: Float32Array, startSample: number, frequencyHz: number, lengthSamples: number, rateHz: number): void {
  const partials = [[1, 1, 1], [2, 0.25, 1.6], [2.76, 0.12, 2.4]] as const;
  const tau = lengthSamples / 4;
  for (let i = 0; i < lengthSamples && startSample + i < out.length; i++) {
    let value = 0;
    for (const [ratio, gain, decayFactor] of partials) {
      value += gain * Math.exp((-i * decayFactor) / tau) * Math.sin((2 * Math.PI * frequencyHz * ratio * i) / rateHz);
    }
    const attack = Math.min(1, i / sampleCount(2, rateHz));
    out[startSample + i] += 0.45 * attack * value;
  }
}

/** The reward chime: two bell notes, CHIME_NOTE_HZ[0] then CHIME_NOTE_HZ[1], CHIME_NOTE_MS apart, the second ringing longer. */
export function chimeSamples(rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const note = sampleCount(CHIME_NOTE_MS, rateHz);
  const out = new Float32Array(note + 2 * note);
  addBell(out, 0, CHIME_NOTE_HZ[0], note, rateHz);
  addBell(out, note, CHIME_NOTE_HZ[1], 2 * note, rateHz);
  return applyRamps(out, sampleCount(1, rateHz));
}

/**
 * An exponential sweep from fromHz to toHz (phase-continuous), with a sine-shaped envelope.
 * Rising for a dopamine burst, falling and low for a dip.
 */
export function sweepSamples(fromHz: number, toHz: number, durationMs: number, amplitude: number, rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(durationMs, rateHz));
  const n = out.length;
  const ratio = toHz / fromHz;
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const frequencyHz = fromHz * Math.pow(ratio, i / n);
    phase += (2 * Math.PI * frequencyHz) / rateHz;
    // Mostly flat with soft edges: sin^0.5 of the position gives a quick rise and a quick fall.
    const envelope = Math.sqrt(Math.sin((Math.PI * (i + 0.5)) / n));
    out[i] = amplitude * envelope * (Math.sin(phase) + 0.15 * Math.sin(2 * phase));
  }
  return applyRamps(out, sampleCount(3, rateHz));
}

/** Dopamine burst: a bright rising chirp. */
export function burstChirpSamples(rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  return sweepSamples(BURST_CHIRP_HZ[0], BURST_CHIRP_HZ[1], BURST_CHIRP_MS, 0.5, rateHz);
}

/** Dopamine dip: a low falling tone, softer and longer than the burst. */
export function dipToneSamples(rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  return sweepSamples(DIP_TONE_HZ[0], DIP_TONE_HZ[1], DIP_TONE_MS, 0.45, rateHz);
}

/** A spike click: a 4 ms decaying 3 kHz ping (a loudspeaker on an electrode sounds like this). */
export function spikeClickSamples(rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(CLICK_MS, rateHz));
  const tau = out.length / 4;
  for (let i = 0; i < out.length; i++) out[i] = 0.6 * Math.exp(-i / tau) * Math.sin((2 * Math.PI * 3000 * i) / rateHz);
  return applyRamps(out, 2);
}

/** A buzzer cue: a band-limited sawtooth at BUZZ_HZ (harmonics up to 4 kHz) with 5 ms ramps. */
export function buzzSamples(durationMs: number, rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(durationMs, rateHz));
  const harmonics = Math.floor(4000 / BUZZ_HZ);
  for (let i = 0; i < out.length; i++) {
    let value = 0;
    for (let k = 1; k <= harmonics; k++) value += Math.sin((2 * Math.PI * BUZZ_HZ * k * i) / rateHz) / k;
    out[i] = 0.3 * value;
  }
  return applyRamps(out, sampleCount(5, rateHz));
}

/** A click-train cue: CLICK_MS clicks at `rateHz` clicks per second for durationMs. */
export function clickTrainSamples(durationMs: number, clicksPerSecond = 20, rateHz = EARCON_SAMPLE_RATE_HZ): Float32Array {
  const out = new Float32Array(sampleCount(durationMs, rateHz));
  const click = spikeClickSamples(rateHz);
  const period = Math.round(rateHz / clicksPerSecond);
  for (let start = 0; start + click.length <= out.length; start += period) out.set(click, start);
  return out;
}

function normalise(samples: Float32Array, peak: number, target: number): void {
  if (!(peak > 0)) return;
  const gain = target / peak;
  for (let i = 0; i < samples.length; i++) samples[i] *= gain;
}
