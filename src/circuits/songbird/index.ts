/** The songbird circuit: learning a tutor's song by reinforcement of LMAN's exploration (SCIENCE.md §6; docs/model.md). */
export { DEFAULT_SONGBIRD_PARAMS, Pool, POOL_COUNT, type SongbirdParams } from './songbirdParams';
export { songbirdNetworkParts, songbirdNetworkSpec, REGION, PROJECTION, MODULATOR, SONGBIRD_POPULATIONS, SONGBIRD_PROJECTIONS } from './songbirdNetwork';
export { installSongbird, renditionMs, type SongbirdHandle, type SongbirdOptions } from './installSongbird';
export { songbirdStateOf, Rendition, type SongbirdState } from './songbirdState';
export { Summary, SUMMARY_NAME, MAX_SYLLABLES, renditionResults, type RenditionResult, type SongRecord } from './songRecord';
export { compareWithTemplate, similarityOf, semitones, syllablePitchHz, type SongComparison } from './songCritic';
export { accumulateEligibility, applyNodePerturbation } from './nodePerturbation';
export { builtInTutor, builtInTutorNames, wavTutor, type SongTutor, type TutorResult } from './songTutor';
export { songTimeline, type SongPhase } from './songbirdTimeline';
export { runSongbirdSession, defaultTutor, songTrialMs, SONG_FRAME_MS, type SongbirdSession } from './runSongbirdSession';
export type { WhiteNoiseSetting } from './whiteNoiseContingency';
export { exportSongAudio, type ExportedSong } from './exportSongAudio';
export { keptSong, type KeptSong, type KeptSongKind } from './keptSongs';
