/**
 * Developmental pruning as a plug-in (Huttenlocher 1979, 1990; Huttenlocher & Dabholkar 1997;
 * Petanjek et al. 2011): a rate network that grows synapses to a peak, learns a category task and
 * prunes by blame and usage or at random. It brings no neurons and no commands; its network is read
 * by its metrics and its scene (src/render/scenes/pruning/).
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { devPruningConfigSchema } from './configSchema';
import { devPruningMetrics } from './devPruningMetrics';
import { checkDevPruning } from './checkConfig';
import { spawnDevPruning } from './spawnCircuit';
import { devPruningStarter } from './starter';

export const devPruningCircuit = defineCircuit({
  kind: 'devPruning',
  title: 'the developing network (pruning)',
  schema: devPruningConfigSchema,
  commands: [],
  metrics: devPruningMetrics,
  // A level's trials are years of the model's life (12 epochs each), so its curves read in years.
  trialNoun: 'year',
  catalogGroup: 'Development',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkDevPruning,
  install: spawnDevPruning,
  starter: devPruningStarter,
});
