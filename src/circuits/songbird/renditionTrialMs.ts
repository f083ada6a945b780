/** How long a trial must last for one rendition of a built-in tutor song and its reinforcement (the check and the editor's template both ask). */
import { DEFAULT_SONGBIRD_PARAMS } from './songbirdParams';
import { SONG_FRAME_MS } from './runSongbirdSession';
import { TUTOR_SONGS, tutorDurationMs } from './audio/tutorSongs';

export function renditionTrialMs(tutorName: string, reinforcementDelayMs: number): number {
  const songMs = Math.ceil(tutorDurationMs(TUTOR_SONGS[tutorName]) / SONG_FRAME_MS) * SONG_FRAME_MS;
  return DEFAULT_SONGBIRD_PARAMS.hvcLeadMs + songMs + reinforcementDelayMs + 1;
}
