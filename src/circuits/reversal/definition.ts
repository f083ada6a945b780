/**
 * The reversal agent as a plug-in ("Error monitoring and strategy switching"): a rate circuit of
 * prefrontal rule units, response units, an anterior-cingulate error unit and a switch integrator
 * plays a two-choice reversal task (Gehring et al. 1993; Holroyd & Coles 2002; Miller & Cohen 2001).
 * It brings no neurons; its units are read by its metrics and its scene (src/render/scenes/reversal/).
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { reversalConfigSchema } from './configSchema';
import { reversalMetrics } from './reversalMetrics';
import { checkReversal } from './checkConfig';
import { spawnReversal } from './spawnCircuit';
import { reversalStarter } from './starter';
import { reversalCommandSchemas } from './commandSchemas';
import { reversalPlayerActions } from './playerActions';

export const reversalCircuit = defineCircuit({
  kind: 'reversal',
  title: 'the reversal agent',
  schema: reversalConfigSchema,
  commands: reversalCommandSchemas,
  metrics: reversalMetrics,
  catalogGroup: 'Decisions',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkReversal,
  install: spawnReversal,
  playerActions: reversalPlayerActions,
  liveParameters: { switchThreshold: 'setSwitchThreshold', integratorLeakMs: 'setSwitchLeakMs' },
  starter: reversalStarter,
});
