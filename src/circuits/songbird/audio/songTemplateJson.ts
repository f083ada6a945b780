/**
 * Song templates as JSON (assets/tutors/<name>.template.json): plain arrays, rounded to what the
 * extractor can resolve (pitch 0.1 Hz, amplitude 0.001), so the files stay small and diff-able.
 * The reader checks everything and names the offending path; it never throws.
 */
import type { SongTemplate, SyllableSpan } from './songTemplate';

export const SONG_TEMPLATE_FORMAT = 'synaptica-song-template';
export const SONG_TEMPLATE_VERSION = 1;

export interface SongTemplateJson {
  format: typeof SONG_TEMPLATE_FORMAT;
  version: typeof SONG_TEMPLATE_VERSION;
  /** Where the template was measured from (e.g. the WAV's file name). */
  source: string;
  /** Sample rate of the analysed audio. */
  sampleRateHz: number;
  frameMs: number;
  syllables: SyllableSpan[];
  pitchHz: number[];
  amplitude: number[];
  voiced: number[];
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** JSON-ready form of a template. */
export function songTemplateToJson(template: SongTemplate, source: string, sampleRateHz: number): SongTemplateJson {
  return {
    format: SONG_TEMPLATE_FORMAT,
    version: SONG_TEMPLATE_VERSION,
    source,
    sampleRateHz,
    frameMs: template.frameMs,
    syllables: template.syllables.map((span) => ({ startFrame: span.startFrame, endFrame: span.endFrame })),
    pitchHz: Array.from(template.pitchHz, (hz) => round(hz, 1)),
    amplitude: Array.from(template.amplitude, (level) => round(level, 3)),
    voiced: Array.from(template.voiced),
  };
}

export type SongTemplateReadResult =
  | { ok: true; template: SongTemplate; source: string; sampleRateHz: number }
  | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberArray(
  value: unknown,
  path: string,
  check: (item: number) => boolean,
  expectation: string,
): { ok: true; values: number[] } | { ok: false; error: string } {
  if (!Array.isArray(value)) return { ok: false, error: `${path}: expected an array` };
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'number' || !Number.isFinite(item) || !check(item)) {
      return { ok: false, error: `${path}[${i}]: expected ${expectation}, got ${JSON.stringify(item)}` };
    }
  }
  return { ok: true, values: value as number[] };
}

/** Reads a parsed template JSON value; `path` prefixes error messages (e.g. the file name). */
export function songTemplateFromJson(value: unknown, path = 'template'): SongTemplateReadResult {
  if (!isRecord(value)) return { ok: false, error: `${path}: expected an object` };
  if (value.format !== SONG_TEMPLATE_FORMAT) {
    return { ok: false, error: `${path}.format: expected '${SONG_TEMPLATE_FORMAT}', got ${JSON.stringify(value.format)}` };
  }
  if (value.version !== SONG_TEMPLATE_VERSION) {
    return { ok: false, error: `${path}.version: expected ${SONG_TEMPLATE_VERSION}, got ${JSON.stringify(value.version)}` };
  }
  const source = typeof value.source === 'string' ? value.source : '';
  const { sampleRateHz, frameMs } = value;
  if (typeof sampleRateHz !== 'number' || !(sampleRateHz > 0)) {
    return { ok: false, error: `${path}.sampleRateHz: expected a positive number` };
  }
  if (typeof frameMs !== 'number' || !(frameMs > 0) || !Number.isFinite(frameMs)) {
    return { ok: false, error: `${path}.frameMs: expected a positive number` };
  }
  const pitch = numberArray(value.pitchHz, `${path}.pitchHz`, (hz) => hz >= 0, 'a frequency ≥ 0');
  if (!pitch.ok) return pitch;
  const amplitude = numberArray(value.amplitude, `${path}.amplitude`, (level) => level >= 0, 'an amplitude ≥ 0');
  if (!amplitude.ok) return amplitude;
  const voiced = numberArray(value.voiced, `${path}.voiced`, (flag) => flag === 0 || flag === 1, '0 or 1');
  if (!voiced.ok) return voiced;
  const frameCount = pitch.values.length;
  if (amplitude.values.length !== frameCount || voiced.values.length !== frameCount) {
    return {
      ok: false,
      error: `${path}: pitchHz, amplitude and voiced must have one entry per frame (${frameCount}, ${amplitude.values.length}, ${voiced.values.length})`,
    };
  }
  if (!Array.isArray(value.syllables)) return { ok: false, error: `${path}.syllables: expected an array` };
  const syllables: SyllableSpan[] = [];
  for (let i = 0; i < value.syllables.length; i++) {
    const span: unknown = value.syllables[i];
    const at = `${path}.syllables[${i}]`;
    if (!isRecord(span) || !Number.isInteger(span.startFrame) || !Number.isInteger(span.endFrame)) {
      return { ok: false, error: `${at}: expected { startFrame, endFrame } integers` };
    }
    const startFrame = span.startFrame as number;
    const endFrame = span.endFrame as number;
    const previousEnd = i === 0 ? 0 : syllables[i - 1].endFrame;
    if (startFrame < previousEnd || endFrame <= startFrame || endFrame > frameCount) {
      return { ok: false, error: `${at}: frames [${startFrame}, ${endFrame}) must be ordered, non-empty and within ${frameCount} frames` };
    }
    syllables.push({ startFrame, endFrame });
  }
  return {
    ok: true,
    source,
    sampleRateHz,
    template: {
      frameMs,
      pitchHz: Float32Array.from(pitch.values),
      amplitude: Float32Array.from(amplitude.values),
      voiced: Uint8Array.from(voiced.values),
      syllables,
    },
  };
}
