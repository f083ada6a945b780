/**
 * The config schema of the reward circuit: dopamine reward-prediction error (Schultz, Dayan &
 * Montague 1997). The config names the level's parts the circuit plays roles in and its parameters
 * (configParams.ts: units, ranges, defaults, citations).
 * Rewards the timeline delivers to the `dopamine` pool reach the circuit as the primary reward r;
 * the pool's dopamine then comes only from the dopamine neurons' spikes (its releasePerSpike).
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { rewardParamFields } from './configParams';

export const rewardConfigSchema = z.strictObject({
  kind: z.literal('reward').describe('Dopamine reward-prediction-error circuit (VTA / SNc, striatal value).'),
  id: id('Id of this circuit (metrics and views name it).').default('reward'),
  cues: z.array(id('Id of a stimulus in stimuli[] whose onset is a cue (tone, light).')).min(1).max(8)
    .describe('Cue stimuli. Each owns one block of time cells; several on at once make a compound cue.'),
  timeCells: id('Population of time-since-cue cells: cues × taps × cells-per-tap neurons, block per cue, tap by tap.'),
  value: id('Population of striatal value neurons read out by the circuit.'),
  valueProjection: id('Projection timeCells → value: the plastic cortico-striatal synapses.'),
  dopamineNeurons: id('Population of VTA / SNc dopamine neurons (give them a tonic drive of ~4-5 Hz).'),
  dopamine: id('Dopamine modulator pool: its sources must include dopamineNeurons; rewards delivered to it are the primary reward r.'),
  ...rewardParamFields,
}).describe('The dopamine reward-prediction-error circuit.');

export type RewardCircuitConfig = z.output<typeof rewardConfigSchema>;
