/**
 * Built-in tutor songs: zebra-finch-like motifs written as syrinx commands. A zebra finch motif is a
 * fixed sequence of 3–7 syllables (harmonic stacks of nearly flat pitch, frequency sweeps, short
 * calls), each 40–150 ms, separated by 20–50 ms silent gaps, fundamentals roughly 450–1100 Hz
 * (Zann 1996; SCIENCE.md §6). The command track is the ground truth; `npm run tutors` renders it
 * through the syrinx into assets/tutors/<name>.wav and analyses that WAV into <name>.template.json.
 */
import type { VocalTrack } from './vocalTrack';

export type TutorSyllableKind = 'stack' | 'upsweep' | 'downsweep' | 'call';

export interface TutorSyllableSpec {
  kind: TutorSyllableKind;
  /** Silence before this syllable (after the previous one, or after the motif's lead-in). */
  gapBeforeMs: number;
  durationMs: number;
  /** Peak loudness, 0..1. */
  amplitude: number;
  /** Pitch breakpoints (Hz) spread evenly over the syllable, linearly interpolated; one value = flat. */
  contourHz: readonly number[];
}

export interface TutorSongSpec {
  description: string;
  syllables: readonly TutorSyllableSpec[];
  /** Silence after the last syllable. */
  tailMs: number;
}

/** Raised-cosine onset and offset inside each syllable: fast like a real syllable, but click-free. */
export const TUTOR_SYLLABLE_RAMP_MS = 4;

export const TUTOR_SONGS: Readonly<Record<string, TutorSongSpec>> = {
  'zebra-finch-a': {
    description: 'Five syllables: flat stack, falling sweep, short arched call, rising sweep, low stack.',
    syllables: [
      { kind: 'stack', gapBeforeMs: 20, durationMs: 90, amplitude: 0.85, contourHz: [650] },
      { kind: 'downsweep', gapBeforeMs: 30, durationMs: 80, amplitude: 1, contourHz: [950, 650] },
      { kind: 'call', gapBeforeMs: 35, durationMs: 45, amplitude: 0.75, contourHz: [720, 880, 740] },
      { kind: 'upsweep', gapBeforeMs: 30, durationMs: 110, amplitude: 0.9, contourHz: [480, 760] },
      { kind: 'stack', gapBeforeMs: 40, durationMs: 80, amplitude: 0.8, contourHz: [560] },
    ],
    tailMs: 20,
  },
  'zebra-finch-b': {
    description: 'Four syllables, high: rising call, long flat stack, falling sweep, drifting stack.',
    syllables: [
      { kind: 'call', gapBeforeMs: 20, durationMs: 40, amplitude: 0.8, contourHz: [820, 1000] },
      { kind: 'stack', gapBeforeMs: 25, durationMs: 120, amplitude: 1, contourHz: [880] },
      { kind: 'downsweep', gapBeforeMs: 45, durationMs: 100, amplitude: 0.9, contourHz: [1080, 760] },
      { kind: 'stack', gapBeforeMs: 30, durationMs: 70, amplitude: 0.85, contourHz: [700, 740] },
    ],
    tailMs: 20,
  },
  'zebra-finch-c': {
    description: 'Six syllables, low: stack, rising sweep, arched call, long stack, falling sweep, short call.',
    syllables: [
      { kind: 'stack', gapBeforeMs: 20, durationMs: 60, amplitude: 0.8, contourHz: [470] },
      { kind: 'upsweep', gapBeforeMs: 25, durationMs: 80, amplitude: 0.95, contourHz: [500, 700] },
      { kind: 'call', gapBeforeMs: 30, durationMs: 45, amplitude: 0.7, contourHz: [600, 750, 600] },
      { kind: 'stack', gapBeforeMs: 25, durationMs: 100, amplitude: 1, contourHz: [540] },
      { kind: 'downsweep', gapBeforeMs: 35, durationMs: 90, amplitude: 0.85, contourHz: [900, 600] },
      { kind: 'call', gapBeforeMs: 50, durationMs: 40, amplitude: 0.75, contourHz: [650, 620] },
    ],
    tailMs: 20,
  },
};

export const TUTOR_NAMES: readonly string[] = Object.keys(TUTOR_SONGS);

export function isTutorName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(TUTOR_SONGS, name);
}

/** A syllable's placement in time. */
export interface TutorSyllableTiming {
  spec: TutorSyllableSpec;
  startMs: number;
  endMs: number;
}

/** Start and end time of each syllable of a tutor spec, in order. */
export function tutorSyllableTimings(song: TutorSongSpec): TutorSyllableTiming[] {
  const timings: TutorSyllableTiming[] = [];
  let timeMs = 0;
  for (const spec of song.syllables) {
    const startMs = timeMs + spec.gapBeforeMs;
    timings.push({ spec, startMs, endMs: startMs + spec.durationMs });
    timeMs = startMs + spec.durationMs;
  }
  return timings;
}

/** Total length of a tutor motif, lead-in and tail included. */
export function tutorDurationMs(song: TutorSongSpec): number {
  const timings = tutorSyllableTimings(song);
  const last = timings[timings.length - 1];
  return (last === undefined ? 0 : last.endMs) + song.tailMs;
}

function contourAt(contourHz: readonly number[], fraction: number): number {
  if (contourHz.length === 1) return contourHz[0];
  const position = Math.min(1, Math.max(0, fraction)) * (contourHz.length - 1);
  const index = Math.min(contourHz.length - 2, Math.floor(position));
  const within = position - index;
  return contourHz[index] + (contourHz[index + 1] - contourHz[index]) * within;
}

/** Raised-cosine ramp 0→1 over rampMs. */
function ramp(timeIntoMs: number, rampMs: number): number {
  if (timeIntoMs >= rampMs) return 1;
  if (timeIntoMs <= 0) return 0;
  return 0.5 - 0.5 * Math.cos((Math.PI * timeIntoMs) / rampMs);
}

/**
 * Syrinx commands of a tutor at a given frame length (each frame sampled at its centre). In the gaps
 * the pitch holds the nearest syllable edge's pitch so the amplitude ramps never sweep in pitch.
 * Throws on an unknown name (callers validate names against TUTOR_NAMES first; level files are
 * checked by their schema).
 */
export function tutorVocalTrack(name: string, frameMs: number): VocalTrack {
  if (!isTutorName(name)) throw new Error(`tutorVocalTrack: unknown tutor '${name}' (known: ${TUTOR_NAMES.join(', ')})`);
  if (!(frameMs > 0) || !Number.isFinite(frameMs)) throw new Error(`tutorVocalTrack: frameMs must be > 0, got ${frameMs}`);
  const song = TUTOR_SONGS[name];
  const timings = tutorSyllableTimings(song);
  const frameCount = Math.ceil(tutorDurationMs(song) / frameMs - 1e-9);
  const pitchHz = new Float32Array(frameCount);
  const amplitude = new Float32Array(frameCount);
  for (let frame = 0; frame < frameCount; frame++) {
    const timeMs = (frame + 0.5) * frameMs;
    let nearestDistanceMs = Infinity;
    let nearestPitchHz = 0;
    for (const timing of timings) {
      const { spec, startMs, endMs } = timing;
      if (timeMs >= startMs && timeMs < endMs) {
        pitchHz[frame] = contourAt(spec.contourHz, (timeMs - startMs) / spec.durationMs);
        amplitude[frame] =
          spec.amplitude * Math.min(ramp(timeMs - startMs, TUTOR_SYLLABLE_RAMP_MS), ramp(endMs - timeMs, TUTOR_SYLLABLE_RAMP_MS));
        nearestDistanceMs = 0;
        break;
      }
      const toStartMs = Math.abs(startMs - timeMs);
      const toEndMs = Math.abs(timeMs - endMs);
      if (toStartMs < nearestDistanceMs) {
        nearestDistanceMs = toStartMs;
        nearestPitchHz = spec.contourHz[0];
      }
      if (toEndMs < nearestDistanceMs) {
        nearestDistanceMs = toEndMs;
        nearestPitchHz = spec.contourHz[spec.contourHz.length - 1];
      }
    }
    if (nearestDistanceMs > 0) pitchHz[frame] = nearestPitchHz;
  }
  return { frameMs, pitchHz, amplitude };
}
