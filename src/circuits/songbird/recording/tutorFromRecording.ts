/**
 * From the kept span of a recording (microphone PCM or a dropped WAV's samples, already checked for
 * length and level by the page) to a songbird tutor, or the reasons it cannot be one:
 *   1. pitch-range mapping by whole octaves (octaveMapping.ts), and the pitch checks: noise only,
 *      no pitched sound;
 *   2. the tutor WAV: the mapped pitch and loudness sung as a whistle tone (resungTutor.ts);
 *   3. that WAV's bytes through wavTutor, the same code that reads a level's `tutor.wav`, at the
 *      circuit's frame length: the template and syllables the bird learns are what spawning will make.
 * Pure and deterministic: the same samples give the same bytes.
 */
import { encodeWav } from '../../plugin/wav';
import type { PitchMapping, RecordingForTutor, TutorProblem } from '../../plugin/recordedTutor';
import { SONG_FRAME_MS } from '../runSongbirdSession';
import { wavTutor, type SongTutor } from '../songTutor';
import { SYRINX_RMS_AT_FULL_AMPLITUDE } from '../../songbird/audio/syrinx';
import { MIN_VOICED_MS, MIN_VOICED_SHARE, NOISE_MIN_MS, RECORDED_TUTOR_RATE_HZ } from './tutorLimits';
import { mapPitchRange } from './octaveMapping';
import { resungSamples } from './resungTutor';

export type SongFromRecording =
  | { ok: true; mapping: PitchMapping; wav: Uint8Array; tutor: SongTutor; voicedMs: number }
  | { ok: false; problems: TutorProblem[] };

/** The samples scaled so the loudest 10 ms frame reads amplitude 1 to the extractor (as templateFromSamples does). */
function normalised(recording: RecordingForTutor): Float32Array {
  const gain = recording.peakFrameRms > 0 ? SYRINX_RMS_AT_FULL_AMPLITUDE / recording.peakFrameRms : 1;
  return recording.samples.map((x) => x * gain);
}

export function tutorFromRecording(recording: RecordingForTutor, label: string): SongFromRecording {
  const { soundMs } = recording;
  const mapped = mapPitchRange(normalised(recording), recording.sampleRateHz);
  if (mapped.mapping === null || mapped.voicedMs < MIN_VOICED_MS || mapped.voicedMs < MIN_VOICED_SHARE * soundMs) {
    return {
      ok: false,
      problems: [mapped.voicedMs === 0 && soundMs >= NOISE_MIN_MS
        ? { code: 'noiseOnly', soundMs }
        : { code: 'noPitch', voicedMs: mapped.voicedMs, soundMs }],
    };
  }
  const wav = encodeWav(resungSamples(mapped.features), RECORDED_TUTOR_RATE_HZ);
  const made = wavTutor(label, wav, SONG_FRAME_MS);
  if (!made.ok) return { ok: false, problems: [{ code: 'unusable', detail: made.error }] };
  return { ok: true, mapping: mapped.mapping, wav, tutor: made.tutor, voicedMs: mapped.voicedMs };
}
