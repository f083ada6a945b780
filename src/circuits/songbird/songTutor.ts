/**
 * The tutor: the song a young bird memorises (its template) and the sound itself (for export).
 * A built-in tutor is synthesised in code (tutorVocalTrack → syrinx → feature extractor), so its
 * template is measured exactly like the bird's own song; a WAV tutor goes through the same
 * extractor from the file's bytes. Pure: no IO (the caller supplies the WAV bytes).
 */
import { decodeWav } from '../plugin/wav';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from './audio/syrinx';
import { templateFromSamples, templateFromWav, type SongTemplate } from './audio/songTemplate';
import { TUTOR_NAMES, isTutorName, tutorVocalTrack } from './audio/tutorSongs';

export interface SongTutor {
  /** 'zebra-finch-a' or the WAV's asset path. */
  readonly label: string;
  readonly template: SongTemplate;
  /** The tutor's sound and its sample rate. */
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
}

export type TutorResult = { ok: true; tutor: SongTutor } | { ok: false; error: string };

/** Names of the built-in tutors. */
export function builtInTutorNames(): string[] {
  return [...TUTOR_NAMES];
}

const builtInCache = new Map<string, SongTutor>();

/** A built-in tutor (cached: it is a pure function of its name and the frame length). */
export function builtInTutor(name: string, frameMs: number): TutorResult {
  if (!isTutorName(name)) return { ok: false, error: `unknown built-in tutor "${name}" (known: ${builtInTutorNames().join(', ')})` };
  const key = `${name}@${frameMs}`;
  const cached = builtInCache.get(key);
  if (cached) return { ok: true, tutor: cached };
  const samples = synthesizeSong(tutorVocalTrack(name, frameMs), SONG_SAMPLE_RATE_HZ);
  const made = checkedTutor(name, templateFromSamples(samples, SONG_SAMPLE_RATE_HZ, frameMs), samples, SONG_SAMPLE_RATE_HZ);
  if (made.ok) builtInCache.set(key, made.tutor);
  return made;
}

/** A tutor from the bytes of a WAV file. */
export function wavTutor(label: string, bytes: Uint8Array, frameMs: number): TutorResult {
  const decoded = decodeWav(bytes);
  if (!decoded.ok) return { ok: false, error: `not a usable WAV file: ${decoded.error}` };
  const made = templateFromWav(bytes, frameMs);
  if (!made.ok) return { ok: false, error: made.error };
  return checkedTutor(label, made.template, decoded.samples, decoded.sampleRateHz);
}

function checkedTutor(label: string, template: SongTemplate, samples: Float32Array, sampleRateHz: number): TutorResult {
  if (!template.voiced.some((v) => v === 1)) return { ok: false, error: 'the song has no voiced (pitched) sound to learn' };
  return { ok: true, tutor: { label, template, samples, sampleRateHz } };
}
