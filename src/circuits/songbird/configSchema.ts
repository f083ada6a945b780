/**
 * The config schema of the songbird circuit (Fiete, Fee & Seung 2007). The circuit brings its own
 * populations (hvc, ra, lman), projections (hvcRa, the plastic HVC→RA synapses; lmanRa) and its
 * reinforcement pool (songDopamine). Every trial of the level's timeline is one rendition of the song,
 * so its trials must be long enough for the song and its reinforcement (the loader checks built-in
 * tutors; WAV tutors are checked when the level is spawned). Commands: deafen, setWhiteNoise,
 * inactivate { region: "lman" } (and the engine's lesion and setPlasticity { projection: "hvcRa" }).
 */
import { z } from 'zod';
import { id, int, num } from '../plugin/schemaParts';
import { assetPath } from '../plugin/assetPath';
import { TUTOR_NAMES } from './audio/tutorSongs';

const tutor = z.union([
  z.strictObject({
    builtIn: z.enum(TUTOR_NAMES as [string, ...string[]]).describe('A built-in zebra-finch-like tutor song, synthesised in code.'),
  }),
  z.strictObject({
    wav: assetPath('wav', '../assets/tutors/whistle-sweep.wav', 'A WAV file, relative to the level file\'s folder, whose song becomes the template (the same feature extractor measures it).'),
  }),
]).describe('The song the bird memorised.');

const whiteNoise = z.strictObject({
  syllable: int(0, 7, 'Index (0-based) of the target syllable in the tutor song.'),
  percentile: num(0, 100, 'Percentile of the baseline pitches of the target syllable that is the threshold (Tumer & Brainard 2007 used the 60th).').default(60),
  baselinePhase: id('Id of the timeline phase whose renditions give the baseline pitches.'),
  noisePhases: z.array(id('Id of a timeline phase.')).min(1).max(64).optional()
    .describe('Phases in which the noise may play (default: every phase after the baseline phase).'),
  direction: z.enum(['below', 'above']).default('below')
    .describe('"below": noise on renditions whose target-syllable pitch is below the threshold (the bird learns to sing it higher).'),
}).describe('Pitch-contingent white noise over one syllable.');

export const songbirdConfigSchema = z.strictObject({
  kind: z.literal('songbird').describe('Songbird song learning (HVC sequence, RA motor pools, LMAN exploration, auditory critic).'),
  id: id('Id of this circuit.').default('songbird'),
  tutor,
  deafened: z.boolean().default(false).describe('Start deafened: the critic hears nothing (the deafen command changes it during a run).'),
  learningRateScale: num(0, 10, 'Scales η of the HVC→RA rule.').default(1),
  explorationScale: num(0, 5, 'Scales the strength of LMAN\'s input into RA (0 = no exploration).').default(1),
  reinforcementDelayMs: num(10, 500, 'Delay from the end of a rendition to the reinforcement (ms).').default(60),
  criterionSimilarity: num(0, 100, 'Similarity (0-100, mean of 10 renditions) that renditionsToCriterion waits for.').default(80),
  restingPitchHz: num(300, 2000, 'Pitch (Hz) of the syrinx when the pitch pools balance (default: the tutor\'s median pitch).').optional(),
  whiteNoise: whiteNoise.optional(),
}).describe('The songbird song-learning circuit.');

export type SongbirdCircuitConfig = z.output<typeof songbirdConfigSchema>;
