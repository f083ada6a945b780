/**
 * Belief learners as a plug-in ("When error processing goes wrong"): two trial-level learners play
 * the beads task (Huq, Garety & Hemsley 1988), learn from a relevant and an irrelevant cue (Kapur
 * 2003; Rescorla & Wagner 1972) or check an action until sure (Gehring, Himle & Nisenson 2000;
 * Hauser et al. 2017), each with its own gain. It brings no neurons and no commands; its state is
 * read by its metrics and its scene (src/render/scenes/belief/).
 */
import { defineCircuit } from '../plugin/circuitDefinition';
import { beliefConfigSchema } from './configSchema';
import { beliefMetrics } from './beliefMetrics';
import { checkBeliefLearners } from './checkConfig';
import { spawnBeliefLearners } from './spawnCircuit';
import { beliefStarter } from './starter';

export const beliefLearnerCircuit = defineCircuit({
  kind: 'beliefLearner',
  title: 'the belief learners',
  schema: beliefConfigSchema,
  commands: [],
  metrics: beliefMetrics,
  // A page trial is a block of games, trials or episodes (the levels' phases say how many).
  trialNoun: 'block',
  catalogGroup: 'Error processing',
  provides: () => ({ populations: [], projections: [], stimuli: [], modulators: [] }),
  synapseEstimate: () => 0,
  check: checkBeliefLearners,
  install: spawnBeliefLearners,
  starter: beliefStarter,
});
