/**
 * The dopamine reward-prediction-error circuit as a plug-in (Schultz, Dayan & Montague 1997): its
 * config (which of the level's parts play its roles), metrics, checks, spawn, the player's juice
 * button, its δ for the page's dopamine earcons and its menu group. It brings no names of its own. Listed in src/circuits/registry.ts;
 * its scene is src/render/scenes/dopamine/.
 */
import { rewardStarter } from './starter';
import { defineCircuit } from '../plugin/circuitDefinition';
import { rewardTraceSignals } from './traceSignals';
import { rewardConfigSchema } from './configSchema';
import { rewardMetrics } from './rewardMetrics';
import { checkRewardCircuit } from './checkConfig';
import { spawnRewardCircuit } from './spawnCircuit';
import { rewardCircuitsOf, Signal } from './rewardCircuit';

export const rewardCircuit = defineCircuit({
  kind: 'reward',
  title: 'the reward circuit',
  schema: rewardConfigSchema,
  commands: [],
  metrics: rewardMetrics,
  traceSignals: rewardTraceSignals,
  catalogGroup: 'Dopamine',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkRewardCircuit,
  install: spawnRewardCircuit,
  predictionError: (world) => rewardCircuitsOf(world)[0]?.signals[Signal.delta] ?? null,
  playerActions: () => [{ kind: 'button', id: 'deliverReward', label: 'Give juice now (reward 1)', command: () => ({ type: 'deliverReward', amount: 1 }) }],
  starter: rewardStarter,
});
