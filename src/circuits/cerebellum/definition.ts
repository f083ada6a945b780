/**
 * The cerebellar eyeblink circuit as a plug-in (Marr 1969, Albus 1971, Ito 2001, Medina & Mauk
 * 2000): its config, commands, metrics, the names it brings, checks, spawn, player actions and
 * menu group. Listed in src/circuits/registry.ts; its scene is src/render/scenes/eyeblink/.
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { cerebellumConfigSchema } from './configSchema';
import { cerebellumCommandSchemas, cerebellumRegion } from './commandSchemas';
import { eyeblinkMetrics } from './eyeblinkMetrics';
import { checkCerebellumCircuit } from './checkConfig';
import { cerebellumParamsOf, prepareCerebellum, spawnCerebellum } from './spawnCircuit';
import { cerebellumPlayerActions } from './playerActions';
import { cerebellumNetworkParts, STIMULUS } from './cerebellumNetwork';

export const cerebellumCircuit = defineCircuit({
  kind: 'cerebellum',
  title: 'the eyeblink circuit',
  schema: cerebellumConfigSchema,
  commands: cerebellumCommandSchemas,
  inactivationRegions: cerebellumRegion,
  metrics: eyeblinkMetrics,
  catalogGroup: 'Cerebellum',
  provides: (config) => {
    const parts = cerebellumNetworkParts(cerebellumParamsOf(config));
    return {
      populations: parts.populations.map((p) => ({ id: p.name, type: p.type, count: p.count, tags: p.tags ?? [] })),
      projections: parts.projections.map((p) => p.name),
      stimuli: [STIMULUS.tone, STIMULUS.puff],
      modulators: [],
    };
  },
  check: checkCerebellumCircuit,
  prepare: prepareCerebellum,
  install: spawnCerebellum,
  playerActions: cerebellumPlayerActions,
});
