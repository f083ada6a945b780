/**
 * The credit-assignment arena as a plug-in ("Backprop and the brain"): five learning rules train the
 * same small rate network on the same task side by side (Rumelhart et al. 1986; Lillicrap et al.
 * 2016; Whittington & Bogacz 2017; Fiete & Seung 2006; Izhikevich 2007). It brings no neurons and
 * no commands; its networks are read by its metrics and its scene (src/render/scenes/arena/).
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { arenaConfigSchema } from './configSchema';
import { arenaMetrics } from './arenaMetrics';
import { checkCreditArena } from './checkConfig';
import { spawnCreditArena } from './spawnCircuit';
import { arenaStarter } from './starter';

export const creditArenaCircuit = defineCircuit({
  kind: 'creditArena',
  title: 'the credit-assignment arena',
  schema: arenaConfigSchema,
  commands: [],
  metrics: arenaMetrics,
  catalogGroup: 'Learning rules',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkCreditArena,
  install: spawnCreditArena,
  starter: arenaStarter,
});
