/**
 * The competitive cortical map as a plug-in (Merzenich et al. 1984; Sadato et al. 1996): its config,
 * metrics, checks and spawn. It uses the level's own populations (the sheet and its input groups)
 * and brings no names of its own; silencing an input group is the engine's lesion command. Listed in
 * src/circuits/registry.ts; its scene is src/render/scenes/maps/.
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { mapConfigSchema } from './configSchema';
import { mapMetrics } from './mapMetrics';
import { checkCorticalMap } from './checkConfig';
import { spawnCorticalMap } from './spawnCircuit';
import { mapStarter } from './starter';

export const corticalMapCircuit = defineCircuit({
  kind: 'corticalMap',
  title: 'the cortical map',
  schema: mapConfigSchema,
  commands: [],
  metrics: mapMetrics,
  catalogGroup: 'Cortex',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkCorticalMap,
  install: spawnCorticalMap,
  starter: mapStarter,
});
