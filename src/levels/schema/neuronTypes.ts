/** Neuron types: the per-type parameter tables (Izhikevich 2003, LIF, Poisson spike sources). */
import { z } from 'zod';
import { id, num, tauMs } from './common';

const currentInput = z.strictObject({
  mode: z.literal('current').describe('Synaptic input is a current added to the membrane equation.'),
  tauMs: num(0, 10_000, 'Decay time constant of the synaptic current in ms; 0 = a one-tick pulse (Izhikevich 2003).'),
}).describe('Current-based synapses.');

const conductanceInput = z.strictObject({
  mode: z.literal('conductance').describe('Synaptic input opens conductances with reversal potentials.'),
  tauExcMs: tauMs('Decay time constant of the excitatory conductance in ms (e.g. 5).'),
  tauInhMs: tauMs('Decay time constant of the inhibitory conductance in ms (e.g. 5).'),
  eExcMv: num(-200, 200, 'Excitatory reversal potential in mV (e.g. 0).'),
  eInhMv: num(-200, 200, 'Inhibitory reversal potential in mV (e.g. -80).'),
}).describe('Conductance-based synapses.');

export const synapticInput = z.discriminatedUnion('mode', [currentInput, conductanceInput])
  .meta({ id: 'SynapticInput', description: 'How synaptic input enters the neuron.' });

const defaultInput = { mode: 'current' as const, tauMs: 0 };

export const izhikevichType = z.strictObject({
  id: id('Id of this neuron type, referenced by populations[].type.'),
  model: z.literal('izhikevich').describe('Izhikevich (2003): dv/dt = 0.04v² + 5v + 140 − u + I, du/dt = a(bv − u).'),
  a: num(-10, 10, 'Recovery time scale a (1/ms). RS 0.02, FS 0.1.'),
  b: num(-10, 10, 'Recovery sensitivity b. RS 0.2, LTS 0.25.'),
  c: num(-200, 100, 'Reset voltage c in mV. RS -65, CH -50.'),
  d: num(-100, 100, 'Recovery increment d after a spike. RS 8, FS 2.'),
  scheme: z.enum(['network1ms', 'euler']).default('network1ms')
    .describe('Integration scheme: Network 1 ms (v in two half-steps then u, the 2003 network code, for a 1 ms time step) or Euler (forward Euler, e.g. with a 0.25 ms time step).'),
  vPeakMv: num(-100, 100, 'Spike cut-off voltage in mV.').default(30),
  input: synapticInput.default(defaultInput),
}).describe('An Izhikevich (2003) neuron type.');

export const lifType = z.strictObject({
  id: id('Id of this neuron type, referenced by populations[].type.'),
  model: z.literal('lif').describe('Leaky integrate-and-fire, integrated with the exact exponential step.'),
  tauMMs: tauMs('Membrane time constant in ms (e.g. 20).'),
  vRestMv: num(-200, 100, 'Resting potential in mV (e.g. -70).'),
  vThreshMv: num(-200, 100, 'Spike threshold in mV (e.g. -54).'),
  vResetMv: num(-200, 100, 'Reset potential in mV after a spike (e.g. -60).'),
  refractoryMs: num(0, 1000, 'Absolute refractory period in ms.'),
  resistanceMOhm: num(0, 100_000, 'Membrane resistance in MΩ; an input current in pA moves v by pA × MΩ / 1000 mV.'),
  input: synapticInput.default(defaultInput),
}).describe('A leaky integrate-and-fire neuron type.');

export const poissonType = z.strictObject({
  id: id('Id of this neuron type, referenced by populations[].type.'),
  model: z.literal('poisson').describe('A Poisson spike source: it fires at rateHz and has no membrane.'),
  rateHz: num(0, 1000, 'Mean firing rate in Hz.'),
}).describe('A Poisson spike source.');

export const neuronType = z.discriminatedUnion('model', [izhikevichType, lifType, poissonType])
  .describe('A neuron type: a model and its parameters.');

export type NeuronType = z.infer<typeof neuronType>;
export type SynapticInput = z.infer<typeof synapticInput>;
