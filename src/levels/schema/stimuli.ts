/**
 * Stimuli: external input to populations or modulator pools. Currents are in pA (for Izhikevich
 * neurons the dimensionless I of the 2003 paper, read as pA). Noise is redrawn every tick.
 * A stimulus is active from startMs to endMs unless the timeline switches it (stimulusOn, cue, us).
 */
import { z } from 'zod';
import { id, num, timeMs, neuronIndices, MAX_MAGNITUDE } from './common';

const current = (description: string) => num(-MAX_MAGNITUDE, MAX_MAGNITUDE, description);

const base = {
  id: id('Id of this stimulus, referenced by timeline events.'),
  target: id('Id of the target population.'),
  neurons: neuronIndices('Only these neurons of the target (default: all).').optional(),
  startMs: timeMs('When the stimulus starts, in ms from the start of the run (default 0).').optional(),
  endMs: timeMs('When the stimulus stops, in ms from the start of the run (default: never).').optional(),
  initiallyActive: z.boolean().default(true)
    .describe('Whether the stimulus is on before any timeline event switches it. Cues and USs usually start off (false).'),
};

export const constantCurrent = z.strictObject({
  kind: z.literal('constantCurrent').describe('A constant injected current.'),
  ...base,
  amplitudePa: current('Injected current in pA.'),
}).describe('Constant current.');

export const stepCurrent = z.strictObject({
  kind: z.literal('stepCurrent').describe('A current step between startMs and endMs.'),
  ...base,
  amplitudePa: current('Injected current in pA.'),
}).describe('Current step.');

export const gaussianNoise = z.strictObject({
  kind: z.literal('gaussianNoise').describe('Gaussian noise current, drawn per neuron per tick.'),
  ...base,
  sdPa: num(0, MAX_MAGNITUDE, 'Standard deviation in pA.'),
  meanPa: current('Mean in pA.').default(0),
}).describe('Gaussian noise current.');

export const uniformNoise = z.strictObject({
  kind: z.literal('uniformNoise').describe('Uniform noise current, drawn per neuron per tick (Izhikevich 2007: 13·(U − 0.5)).'),
  ...base,
  minPa: current('Lowest value in pA.'),
  maxPa: current('Highest value in pA.'),
}).describe('Uniform noise current.');

export const poissonInput = z.strictObject({
  kind: z.literal('poisson').describe('Independent Poisson spike trains delivered as synaptic input to each target neuron.'),
  ...base,
  rateHz: num(0, 100_000, 'Rate of the input train per neuron in Hz.'),
  weight: num(0, MAX_MAGNITUDE, 'Synaptic weight of each input spike (same units as projection weights).'),
  receptor: z.enum(['excitatory', 'inhibitory']).describe('Receptor the input spikes act on.'),
}).describe('Poisson synaptic input.');

export const pulses = z.strictObject({
  kind: z.literal('pulses').describe('Rectangular current pulses at listed times.'),
  ...base,
  timesMs: z.array(timeMs('Pulse onset in ms from the start of the run.')).max(100_000).describe('Pulse onsets in ms.'),
  amplitudePa: current('Pulse current in pA.'),
  widthMs: num(0, 100_000, 'Pulse width in ms (at least one tick).'),
}).describe('Current pulses.');

export const modulatorPulse = z.strictObject({
  kind: z.literal('modulatorPulse').describe('Adds an amount to a modulator pool at listed times.'),
  id: id('Id of this stimulus.'),
  modulator: id('Id of the modulator pool.'),
  timesMs: z.array(timeMs('Pulse time in ms from the start of the run.')).max(100_000).describe('Pulse times in ms.'),
  amount: num(-MAX_MAGNITUDE, MAX_MAGNITUDE, 'Amount added to the modulator level.'),
}).describe('Modulator pulses.');

export const stimulus = z.discriminatedUnion('kind', [constantCurrent, stepCurrent, gaussianNoise, uniformNoise, poissonInput, pulses, modulatorPulse])
  .meta({ id: 'Stimulus', description: 'An external input.' });

export type Stimulus = z.infer<typeof stimulus>;
export type StimulusKind = Stimulus['kind'];
