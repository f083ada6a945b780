/**
 * The config schema of the reward circuit: dopamine reward-prediction error (Schultz, Dayan &
 * Montague 1997). The config names the level's parts the circuit plays roles in and its parameters.
 * Rewards the timeline delivers to the `dopamine` pool reach the circuit as the primary reward r;
 * the pool's dopamine then comes only from the dopamine neurons' spikes (its releasePerSpike).
 */
import { z } from 'zod';
import { id, int, num, tauMs, MAX_MAGNITUDE } from '../plugin/schemaParts';

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
  taps: int(1, 200, 'Number of time cells (taps) per cue: a tapped delay line covering taps × tapMs after cue onset.'),
  tapMs: num(1, 10_000, 'Width of each tap\'s time field in ms; also the TD time step Δ.').default(100),
  timeCellCurrentPa: num(0, MAX_MAGNITUDE, 'Current injected into the active tap\'s cells, in pA.').default(400),
  gamma: num(0, 1, 'Discount factor γ per TD step (per tapMs).').default(1),
  valuePerHz: num(0, MAX_MAGNITUDE, 'Value V per Hz of the value population\'s filtered rate above valueRestHz.').default(0.02),
  valueRestHz: num(0, 1000, 'Rate of the value population that reads as V = 0, in Hz.').default(0),
  valueFilterMs: tauMs('Time constant of the exponential filter on the value population\'s spikes, in ms.').default(30),
  deltaCurrentPa: num(0, MAX_MAGNITUDE, 'Current injected into the dopamine neurons per unit δ, in pA.').default(100),
  rewardDelayMs: num(0, 1000, 'Delay from a reward\'s delivery to its r reaching δ, in ms (at least one tick): the latency of the value readout, so a predicted reward and the fall of V meet.').default(20),
  rewardScale: num(0, MAX_MAGNITUDE, 'r per unit of delivered reward amount; r lasts one tap (tapMs).').default(1),
  learningRate: num(0, MAX_MAGNITUDE, 'η of Δw = η · eligibility · (dopamine − D̄) per ms.').default(0.01),
  eligibilityTauMs: tauMs('Time constant of the low-pass filter on the eligibility (the time cells\' spikes delayed by one tap), in ms.').default(20),
  eligibilityLagMs: num(0, 10_000, 'Extra delay of the eligibility beyond one tap, in ms: the lag of δ through value readout, dopamine neurons and pool.').default(80),
  tonicRateHz: num(0, 1000, 'Tonic firing rate of the dopamine neurons in Hz; sets the starting dopamine level and the reference D̄.').default(4.5),
  referenceTauMs: tauMs('Time constant of the running average D̄ of dopamine that learning compares with, in ms.').default(10_000),
  dipGain: num(0, 100, 'Weight of dopamine dips (D < D̄) relative to bursts in learning: a pause can lower dopamine only by its tonic level.').default(1),
  wMax: num(0, MAX_MAGNITUDE, 'Upper bound of the value synapses\' weights (lower bound 0).').default(10),
}).describe('The dopamine reward-prediction-error circuit.');

export type RewardCircuitConfig = z.output<typeof rewardConfigSchema>;
