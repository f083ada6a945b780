/**
 * The songbird's recordedTutor hook (src/circuits/plugin/recordedTutor.ts): a whistle or hum becomes
 * the bird's tutor. make: the tutor path of tutorFromRecording.ts. withTutor: the config's tutor
 * becomes `{ wav: path }`, and the trial a rendition of it needs is measured as spawning measures it
 * (wavTutor at SONG_FRAME_MS, then renditionMs with the config's own parameters), so a level grown to
 * that length is never refused by installSongbird.
 */
import type { RecordedTutorHook } from '../../plugin/recordedTutor';
import type { SongbirdCircuitConfig } from '../configSchema';
import { songbirdParamsOf } from '../configParams';
import { renditionMs } from '../installSongbird';
import { SONG_FRAME_MS } from '../runSongbirdSession';
import { wavTutor } from '../songTutor';
import { tutorFromRecording } from './tutorFromRecording';

export const songbirdRecordedTutor: RecordedTutorHook<SongbirdCircuitConfig> = {
  make(recording) {
    const made = tutorFromRecording(recording, 'recording');
    if (!made.ok) return made;
    const { template, samples, sampleRateHz } = made.tutor;
    return {
      ok: true,
      tutor: {
        wav: made.wav,
        samples,
        sampleRateHz,
        mapping: made.mapping,
        syllables: template.syllables.length,
        songMs: template.pitchHz.length * template.frameMs,
        voicedMs: made.voicedMs,
      },
    };
  },
  withTutor(config, path, wav) {
    const read = wavTutor(path, wav, SONG_FRAME_MS);
    if (!read.ok) return read;
    return { ok: true, config: { ...config, tutor: { wav: path } }, trialMs: renditionMs(songbirdParamsOf(config), read.tutor) };
  },
};
