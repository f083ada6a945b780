/**
 * The config schema of the songbird circuit (Fiete, Fee & Seung 2007). The circuit brings its own
 * populations (hvc, ra, lman), projections (hvcRa, the plastic HVC→RA synapses; lmanRa) and its
 * reinforcement pool (songDopamine). Every trial of the level's timeline is one rendition of the song,
 * so its trials must be long enough for the song and its reinforcement (the loader checks built-in
 * tutors; WAV tutors are checked when the level is spawned). Commands: deafen, setWhiteNoise,
 * inactivate { region: "lman" } (and the engine's lesion and setPlasticity { projection: "hvcRa" }).
 * Its internals (sizes, rates, η, the critic's delay, noise and memory) are parameters (configParams.ts).
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { assetPath } from '../plugin/assetPath';
import { optionalParam, param, requiredParam } from '../plugin/param';
import { songbirdParamFields } from './configParams';
import { DEFAULT_SONGBIRD_PARAMS } from './songbirdParams';

const MODEL = 'model choice (docs/model.md, songbird circuit)';
import { TUTOR_NAMES } from './audio/tutorSongs';

const tutor = z.union([
  z.strictObject({
    builtIn: z.enum(TUTOR_NAMES as [string, ...string[]]).describe('A built-in zebra-finch-like tutor song, synthesised in code.'),
  }).meta({ title: 'A built-in song' }),
  z.strictObject({
    wav: assetPath('wav', 'assets:tutors/whistle-sweep.wav', 'A WAV file (relative to the level file\'s folder, or "assets:" and a path inside Synaptica\'s assets/ folder) whose song becomes the template (the same feature extractor measures it).'),
  }).meta({ title: 'A recorded song (WAV file)' }),
]).describe('The song the bird memorised.');

const whiteNoise = z.strictObject({
  syllable: requiredParam({
    min: 0, max: 7, integer: true, unit: 'syllable index (0-based)',
    citation: 'pitch-contingent noise on one targeted syllable (Tumer & Brainard 2007)',
    help: 'Index (0-based) of the target syllable in the tutor song: its pitch decides whether the noise plays, and only its pitch is pushed away from the noise.',
  }),
  percentile: param({
    min: 0, max: 100, default: 60, unit: 'percentile',
    citation: 'Tumer & Brainard 2007 used the 60th percentile of baseline pitches',
    help: 'Percentile of the baseline pitches of the target syllable that is the threshold: higher (with "below") means noise on more renditions, so a stronger push.',
  }),
  baselinePhase: id('Id of the timeline phase whose renditions give the baseline pitches.'),
  noisePhases: z.array(id('Id of a timeline phase.')).min(1).max(64).optional()
    .describe('Phases in which the noise may play (default: every phase after the baseline phase).'),
  direction: z.enum(['below', 'above']).default('below')
    .describe('Below: noise on renditions whose target-syllable pitch is below the threshold (the bird learns to sing it higher); Above: noise on those above it (the bird learns to sing it lower).'),
}).describe('Pitch-contingent white noise over one syllable.');

export const songbirdConfigSchema = z.strictObject({
  kind: z.literal('songbird').describe('Songbird song learning (HVC sequence, RA motor pools, LMAN exploration, auditory critic).'),
  id: id('Id of this circuit.').default('songbird'),
  tutor,
  deafened: z.boolean().default(false).describe('Start deafened: the critic hears nothing (the deafen command changes it during a run).'),
  learningRateScale: param({ min: 0, max: 10, default: 1, unit: '1', citation: MODEL, help: 'Scales η of the HVC→RA rule (learningRate).' }),
  explorationScale: param({
    min: 0, max: 5, default: 1, unit: '1', citation: 'LMAN input drives the song\'s variability (Kao, Doupe & Brainard 2005; Ölveczky, Andalman & Fee 2005)',
    help: 'Scales the strength of LMAN\'s input into RA (0 = no exploration).',
  }),
  reinforcementDelayMs: param({
    min: 10, max: 500, default: DEFAULT_SONGBIRD_PARAMS.reinforcementDelayMs, unit: 'ms', citation: 'the critic\'s signal arrives after the song (Fiete, Fee & Seung 2007); value: ' + MODEL,
    help: 'Critic delay: from the end of a rendition to the reinforcement.',
  }),
  criterionSimilarity: param({ min: 0, max: 100, default: 80, unit: '% similarity', citation: MODEL, help: 'Similarity (mean of 10 renditions) that renditionsToCriterion waits for.' }),
  restingPitchHz: optionalParam({ min: 300, max: 2000, unit: 'Hz', citation: MODEL, help: 'Pitch of the syrinx when the pitch pools balance (default: the tutor\'s median pitch).' }),
  ...songbirdParamFields,
  whiteNoise: whiteNoise.optional(),
}).describe('The songbird song-learning circuit.');

export type SongbirdCircuitConfig = z.output<typeof songbirdConfigSchema>;
