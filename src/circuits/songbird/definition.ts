/**
 * The songbird circuit as a plug-in (Fiete, Fee & Seung 2007; Tumer & Brainard 2007): its config,
 * commands, metrics, the names it brings, checks, spawn, the WAV tutor it may load, its songs for
 * playback and export, the tutor a player may record (recording/), and its menu group. Listed in
 * src/circuits/registry.ts; its scene and side panel are in src/render/scenes/songbird/.
 */
import { songbirdStarter } from './starter';
import { defineCircuit } from '../plugin/circuitDefinition';
import { songbirdTraceSignals } from './traceSignals';
import { songbirdConfigSchema, type SongbirdCircuitConfig } from './configSchema';
import { estimatePartsSynapses, providedPopulations } from '../plugin/networkParts';
import { songbirdCommandSchemas, songbirdRegion } from './commandSchemas';
import { songbirdMetrics } from './songbirdMetrics';
import { checkSongbirdCircuit } from './checkConfig';
import { prepareSongbird, spawnSongbird } from './spawnCircuit';
import { songbirdParamsOf } from './configParams';
import { exportSongFiles, songPlayback } from './songPlayback';
import { MODULATOR, lmanFits, songbirdNetworkParts } from './songbirdNetwork';
import { tutorAssetFiles } from './audio/tutorAssets';
import { describeTutorAsset } from './audio/describeTutorAsset';
import { songbirdRecordedTutor } from './recording/recordedTutorHook';

/** The network a config builds; an LMAN bigger than RA is reported by the check, so this one has one LMAN neuron per RA neuron. */
function partsOf(config: SongbirdCircuitConfig) {
  const params = songbirdParamsOf(config);
  return songbirdNetworkParts(lmanFits(params) ? params : { ...params, lmanCount: undefined });
}

export const songbirdCircuit = defineCircuit({
  kind: 'songbird',
  title: 'the songbird circuit',
  schema: songbirdConfigSchema,
  commands: songbirdCommandSchemas,
  inactivationRegions: songbirdRegion,
  metrics: songbirdMetrics,
  traceSignals: songbirdTraceSignals,
  populationLabels: { hvc: 'HVC', ra: 'RA', lman: 'LMAN' },
  // The bird sings renditions, and its scene counts them so.
  trialNoun: 'rendition',
  catalogGroup: 'Songbird',
  provides: (config) => {
    const parts = partsOf(config);
    return {
      populations: providedPopulations(parts),
      projections: parts.projections.map((p) => p.name),
      stimuli: [],
      modulators: [MODULATOR.dopamine],
    };
  },
  synapseEstimate: (config) => estimatePartsSynapses(partsOf(config)),
  check: checkSongbirdCircuit,
  prepare: prepareSongbird,
  install: spawnSongbird,
  assets: (config) => ('wav' in config.tutor ? [{ path: config.tutor.wav, field: ['tutor', 'wav'] }] : []),
  exportAudio: exportSongFiles,
  playback: songPlayback,
  generatedAssets: { folder: 'tutors', files: tutorAssetFiles, describe: describeTutorAsset },
  recordedTutor: songbirdRecordedTutor,
  starter: songbirdStarter,
});
