/**
 * The cerebellar eyeblink circuit as a plug-in (Marr 1969, Albus 1971, Ito 2001, Medina & Mauk
 * 2000): its config, commands, metrics, the names it brings, checks, spawn, player actions and
 * menu group. Listed in src/circuits/registry.ts; its scene is src/render/scenes/eyeblink/.
 */
import { cerebellumStarter } from './starter';
import { defineCircuit } from '../plugin/circuitDefinition';
import { cerebellumTraceSignals } from './traceSignals';
import { estimatePartsSynapses, providedPopulations } from '../plugin/networkParts';
import { cerebellumConfigSchema, cerebellumStimuli } from './configSchema';
import { cerebellumCommandSchemas, cerebellumRegion } from './commandSchemas';
import { eyeblinkMetrics } from './eyeblinkMetrics';
import { checkCerebellumCircuit } from './checkConfig';
import { prepareCerebellum, spawnCerebellum } from './spawnCircuit';
import { cerebellumParamsOf } from './configParams';
import { cerebellumPlayerActions } from './playerActions';
import { cerebellumNetworkParts, FIXED_STIMULI } from './cerebellumNetwork';

export const cerebellumCircuit = defineCircuit({
  kind: 'cerebellum',
  title: 'the eyeblink circuit',
  schema: cerebellumConfigSchema,
  commands: cerebellumCommandSchemas,
  inactivationRegions: cerebellumRegion,
  metrics: eyeblinkMetrics,
  traceSignals: cerebellumTraceSignals,
  populationLabels: {
    mossyFibres: 'Mossy fibres', granule: 'Granule cells', interneurons: 'Interneurons',
    purkinje: 'Purkinje cells', nucleus: 'Deep nucleus', olive: 'Inferior olive',
  },
  catalogGroup: 'Cerebellum',
  provides: (config) => {
    const parts = cerebellumNetworkParts(cerebellumParamsOf(config));
    return {
      populations: providedPopulations(parts),
      projections: parts.projections.map((p) => p.name),
      // Its CSs, the puff and the bias and noise currents: a level's own stimulus may take none of these names.
      stimuli: [...new Set([...cerebellumStimuli(config), ...FIXED_STIMULI])],
      modulators: [],
    };
  },
  synapseEstimate: (config) => estimatePartsSynapses(cerebellumNetworkParts(cerebellumParamsOf(config))),
  check: checkCerebellumCircuit,
  prepare: prepareCerebellum,
  install: spawnCerebellum,
  playerActions: cerebellumPlayerActions,
  liveParameters: { puffStrength: 'setPuffStrength', isiMs: 'setIsiMs' },
  starter: cerebellumStarter,
});
