/**
 * The end of a rendition (called by singSong on the motif's last tick): the syrinx sings the
 * rendition's commands as audio, the feature extractor measures the song (the experimenter's view:
 * metrics, variability, syllable pitch), the pitch-contingent white noise may be mixed in over the
 * target syllable, and the critic compares what the bird hears with the tutor template, frame by
 * frame: R_k = −e_k + noise, E = Σ_k e_k (or, for a deafened bird, noise around R̄_k as large as the
 * critic's usual fluctuations in that syllable). R = Σ_k R_k and the R_k are scheduled to arrive
 * reinforcementDelayMs later (deliverReinforcement.ts; temporalCredit.ts says why per frame).
 * Random draws: stream 'songbird/critic' (critic noise, white-noise seeds).
 */
import type { SimWorld } from '../../sim';
import { trialTimelineOf } from '../../sim/timeline/trialTimeline';
import { Cursor } from '../../sim/timeline/trialTimeline';
import { extractSongFeatures, type SongFeatures } from './audio/songFeatures';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from './audio/syrinx';
import { compareWithTemplate, semitones, syllablePitchHz } from './songCritic';
import { Rendition, type SongbirdState } from './songbirdState';
import { History, HISTORY_FIELDS, KEPT_FIELDS, Kept, MAX_SYLLABLES, Summary, recentPitchVariability } from './songRecord';
import { addBaselinePitch, addSyllableBaseline, isNoisePhase, noiseTriggered } from './whiteNoiseContingency';
import { updateSyllableShifts } from './syllableShifts';
import { mixWhiteNoise } from './songNoise';
import type { RandomStream } from '../../sim/rng/stream';

const scratch = { samples: new Float32Array(0) };

/** The rendition's commands as audio (a reused buffer: valid until the next call). */
function sing(state: SongbirdState): Float32Array {
  const track = { frameMs: state.tutor.template.frameMs, pitchHz: state.pitchCommandHz, amplitude: state.amplitudeCommand };
  const needed = Math.round((state.frames * track.frameMs * SONG_SAMPLE_RATE_HZ) / 1000) + 1;
  if (scratch.samples.length < needed) scratch.samples = new Float32Array(needed);
  return synthesizeSong(track, SONG_SAMPLE_RATE_HZ, scratch.samples);
}

export function evaluateRendition(world: SimWorld, state: SongbirdState): void {
  const { template } = state.tutor;
  const { params, record, rendition: r } = state;
  const samples = sing(state);
  const sung = extractSongFeatures(samples, SONG_SAMPLE_RATE_HZ, template.frameMs);
  const sungComparison = compareWithTemplate(sung, template, params);
  const index = r[Rendition.started] - 1;
  const syllables = Math.min(MAX_SYLLABLES, template.syllables.length);
  const pitches = template.syllables.slice(0, syllables).map((s) => syllablePitchHz(sung, template, s.startFrame, s.endFrame));

  // Pitch-contingent white noise: decided on the sung pitch of the target syllable.
  const stream = world.rng.stream('songbird/critic');
  let heard: SongFeatures = sung;
  let noiseSeed = 0;
  let noise = false;
  const wn = state.whiteNoise;
  if (wn) {
    const timeline = trialTimelineOf(world);
    const phase = timeline ? timeline.phases[timeline.cursor[Cursor.phase]]?.name ?? '' : '';
    const target = wn.setting.syllable < template.syllables.length ? pitches[wn.setting.syllable] ?? Number.NaN : Number.NaN;
    if (phase === wn.setting.baselinePhase) { addBaselinePitch(wn, target); addSyllableBaseline(wn, pitches); }
    else if (r[Rendition.whiteNoiseOn] === 1 && isNoisePhase(wn, phase) && noiseTriggered(wn, target)) {
      const syllable = template.syllables[wn.setting.syllable];
      noiseSeed = stream.uint32();
      noise = true;
      mixWhiteNoise(samples, syllable.startFrame * template.frameMs, syllable.endFrame * template.frameMs, SONG_SAMPLE_RATE_HZ, params.whiteNoiseAmplitude, noiseSeed);
      heard = extractSongFeatures(samples, SONG_SAMPLE_RATE_HZ, template.frameMs);
    }
    record.summary[Summary.whiteNoiseThresholdHz] = wn.status[1];
  }

  // The critic: reinforcement of each song frame from what the bird hears, or noise when deafened.
  const reinforcement = r[Rendition.deafened] === 1
    ? judgeDeafened(state, stream)
    : judgeHeard(state, heard, stream);
  r[Rendition.reinforcement] = reinforcement;
  r[Rendition.deliverTick] = world.clock[0] + state.deliveryDelayTicks;

  // Records: recent pitch (variability), summary, history, kept renditions.
  const frames = state.frames;
  const slot = index % record.window;
  for (let k = 0; k < frames; k++) {
    const voiced = template.voiced[k] === 1 && sung.voiced[k] === 1 && sung.pitchHz[k] > 0;
    record.recentPitch[slot * frames + k] = voiced ? semitones(sung.pitchHz[k], template.pitchHz[k]) : Number.NaN;
  }
  const variability = recentPitchVariability(record, index + 1);
  const s = record.summary;
  s[Summary.templateError] = sungComparison.templateError;
  s[Summary.pitchErrorSemitones] = sungComparison.pitchErrorSemitones;
  s[Summary.amplitudeError] = sungComparison.amplitudeError;
  s[Summary.similarity] = sungComparison.similarity;
  s[Summary.variabilitySemitones] = variability;
  s[Summary.renditions] = index + 1;
  s[Summary.reinforcement] = reinforcement;
  s[Summary.whiteNoise] = noise ? 1 : 0;
  for (let k = 0; k < MAX_SYLLABLES; k++) s[Summary.syllablePitchHz + k] = k < syllables ? pitches[k] : Number.NaN;
  if (index < record.maxRenditions) {
    const row = index * HISTORY_FIELDS;
    const h = record.history;
    h[row + History.templateError] = sungComparison.templateError;
    h[row + History.pitchErrorSemitones] = sungComparison.pitchErrorSemitones;
    h[row + History.amplitudeError] = sungComparison.amplitudeError;
    h[row + History.similarity] = sungComparison.similarity;
    h[row + History.whiteNoise] = noise ? 1 : 0;
    h[row + History.variabilitySemitones] = variability;
    h[row + History.reinforcement] = reinforcement;
    for (let k = 0; k < syllables; k++) h[row + History.syllablePitchHz + k] = pitches[k];
  }
  updateMeanSimilarity(state, index, sungComparison.similarity);
  if (wn) updateSyllableShifts(record, wn, index, syllables);
  keep(state, Kept.last, index, sungComparison.similarity, noise, noiseSeed);
  if (index === 0) keep(state, Kept.first, index, sungComparison.similarity, noise, noiseSeed);
  const best = record.kept[Kept.best * KEPT_FIELDS];
  if (best < 0 || sungComparison.similarity > record.kept[Kept.best * KEPT_FIELDS + 1]) keep(state, Kept.best, index, sungComparison.similarity, noise, noiseSeed);
}

/**
 * R_k = −e_k + σ_k·g_k into state.frameReinforcement (σ_k = reinforcementNoiseSd/√frames, so R = Σ_k R_k
 * has the noise SD reinforcementNoiseSd); returns R.
 */
function judgeHeard(state: SongbirdState, heard: SongFeatures, stream: RandomStream): number {
  const frameError = state.frameScratch;
  compareWithTemplate(heard, state.tutor.template, state.params, frameError);
  const out = state.frameReinforcement;
  const sd = state.params.reinforcementNoiseSd / Math.sqrt(Math.max(1, out.length));
  let sum = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = -frameError[k] + sd * stream.gaussian();
    sum += out[k];
  }
  return sum;
}

/**
 * A deafened critic: around R̄_k, each syllable's reinforcement fluctuates as much as it did while the
 * bird heard (one draw per syllable, spread evenly over its frames), saying nothing about the song;
 * returns R.
 */
function judgeDeafened(state: SongbirdState, stream: RandomStream): number {
  const { frameReinforcement: out, frameBaseline, segmentBounds: bounds, segmentDeviationSquare } = state;
  const floorSd = state.params.reinforcementNoiseSd / Math.sqrt(Math.max(1, segmentDeviationSquare.length));
  let sum = 0;
  for (let s = 0; s < segmentDeviationSquare.length; s++) {
    const share = (Math.max(floorSd, Math.sqrt(segmentDeviationSquare[s])) * stream.gaussian()) / Math.max(1, bounds[s + 1] - bounds[s]);
    for (let k = bounds[s]; k < bounds[s + 1]; k++) {
      out[k] = (Number.isNaN(frameBaseline[k]) ? 0 : frameBaseline[k]) + share;
      sum += out[k];
    }
  }
  return sum;
}

/** Mean similarity of the last 10 renditions, and the rendition count when it first reached the criterion. */
function updateMeanSimilarity(state: SongbirdState, index: number, similarity: number): void {
  const { record } = state;
  const s = record.summary;
  const n = Math.min(10, index + 1);
  let sum = similarity;
  for (let k = 1; k < n; k++) {
    const past = index - k;
    sum += past < record.maxRenditions ? record.history[past * HISTORY_FIELDS + History.similarity] : similarity;
  }
  s[Summary.meanSimilarity] = sum / n;
  if (Number.isNaN(s[Summary.renditionsToCriterion]) && n === 10 && s[Summary.meanSimilarity] >= state.params.criterionSimilarity) {
    s[Summary.renditionsToCriterion] = index + 1;
  }
}

function keep(state: SongbirdState, which: number, index: number, similarity: number, noise: boolean, seed: number): void {
  const { record, frames } = state;
  const at = which * KEPT_FIELDS;
  record.kept[at] = index;
  record.kept[at + 1] = similarity;
  record.kept[at + 2] = noise ? 1 : 0;
  record.kept[at + 3] = seed;
  record.keptPitchHz.set(state.pitchCommandHz, which * frames);
  record.keptAmplitude.set(state.amplitudeCommand, which * frames);
}
