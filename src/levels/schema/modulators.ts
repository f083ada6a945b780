/** Neuromodulator pools: a level that decays to baseline and is raised by spikes, pulses or rewards. */
import { z } from 'zod';
import { id, num, tauMs, MAX_MAGNITUDE } from './common';

export const modulator = z.strictObject({
  id: id('Id of this modulator pool.'),
  kind: z.enum(['dopamine', 'acetylcholine', 'norepinephrine']).describe('Which neuromodulator.'),
  baseline: num(0, MAX_MAGNITUDE, 'Tonic level the pool decays back to (Izhikevich 2007: 0.002 per ms for dopamine).'),
  tauMs: tauMs('Decay time constant of the level in ms (200 for dopamine in Izhikevich 2007).'),
  releasePerSpike: num(0, MAX_MAGNITUDE, 'Amount added to the level by each spike of a source neuron.').optional(),
  sources: z.array(id('Id of a population whose spikes release this modulator.')).max(64).optional()
    .describe('Populations whose spikes release the modulator (e.g. VTA dopamine neurons).'),
}).describe('A neuromodulator pool.');

export type Modulator = z.infer<typeof modulator>;
