/**
 * The eyeblink circuit as engine data: neuron types, populations, projections and stimuli, with
 * engine names. Tests and the bench use it directly; the level spawner adds it to a level's network.
 *
 *   tone ─► mossyFibres ─► granule (time basis) ─PF─► purkinje ◄─CF─ olive ◄─ puff
 *                │               └─► interneurons ─┤inh            ▲inh
 *                └─(plastic)─► nucleus ◄─inh── purkinje            │
 *                                 └──────────────────────────────►─┘   nucleus ─► eyelid plant
 *
 * Each conditioned stimulus (params.conditionedStimuli; by default one, "tone") has its own group of
 * mossy fibres (group c: indices c·mossyFibreCount ...) and its own granule time basis (group c:
 * c·granulePerCs ...), inside the one mossyFibres and granule populations, so lesions by region
 * and the inspector see one region each.
 */
import type { NetworkSpec, PopulationSpec, ProjectionSpec, StimulusSpec } from '../../sim';
import { NeuronModel, InputMode, type NeuronTypeParams } from '../../sim';
import type { CerebellumParams, ConditionedStimulus } from './cerebellumParams';
import { bumpDelaysMs } from './granuleTimeBasis';
import { pfBaselineWeight, pfRuleOf } from './eligibilityKernel';

export const REGION = {
  mossyFibres: 'mossyFibres',
  granule: 'granule',
  interneurons: 'interneurons',
  purkinje: 'purkinje',
  nucleus: 'nucleus',
  olive: 'olive',
} as const;

export const PROJECTION = {
  mossyGranule: 'mossyGranule',
  parallelFibres: 'parallelFibres',
  pfInterneuron: 'pfInterneuron',
  interneuronPurkinje: 'interneuronPurkinje',
  climbingFibres: 'climbingFibres',
  purkinjeNucleus: 'purkinjeNucleus',
  mossyNucleus: 'mossyNucleus',
  nucleusOlive: 'nucleusOlive',
} as const;

export const STIMULUS = { tone: 'tone', puff: 'puff' } as const;

/** Names the circuit's own stimuli use besides its CSs (a CS may not take one of them). */
export const FIXED_STIMULI = ['mossyBias', 'mossyNoise', STIMULUS.puff, 'purkinjeBias', 'purkinjeNoise', 'interneuronBias', 'interneuronNoise', 'nucleusBias', 'nucleusNoise', 'oliveBias', 'oliveNoise'] as const;

/** Weight of each Poisson CS input onto its mossy fibre (current per input spike). */
const CS_INPUT_WEIGHT = 8;
/** Mossy fibres per granule cell in the (current-free) mossyGranule projection. */
const MOSSY_PER_GRANULE = 4;

/** Granule cells of one CS's time basis. */
export function granulePerCs(p: CerebellumParams): number {
  return bumpDelaysMs(p).length * p.granulePerBump;
}

const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, i) => first + i);

/** The Poisson input of CS c onto its own mossy-fibre group. */
function csStimulus(cs: ConditionedStimulus, c: number, p: CerebellumParams): StimulusSpec {
  return { name: cs.name, kind: 'poisson', target: REGION.mossyFibres, neurons: range(c * p.mossyFibreCount, p.mossyFibreCount), rateHz: cs.rateHz, weight: CS_INPUT_WEIGHT, receptor: 'excitatory' };
}

/**
 * Mossy fibre → granule wiring for the inspector (no current). One CS: 4 random fibres per granule cell
 * (the layout every built-in level was made with); several: 4 fibres of the granule cell's own CS group.
 */
function mossyGranuleConnect(p: CerebellumParams): ProjectionSpec['connect'] {
  const groups = p.conditionedStimuli.length;
  if (groups === 1) return { rule: 'fixedInDegree', k: MOSSY_PER_GRANULE };
  const perCs = granulePerCs(p);
  const k = Math.min(MOSSY_PER_GRANULE, p.mossyFibreCount);
  const pairs: Array<[number, number]> = [];
  for (let c = 0; c < groups; c++) {
    for (let i = 0; i < perCs; i++) {
      for (let j = 0; j < k; j++) pairs.push([c * p.mossyFibreCount + ((i * k + j) % p.mossyFibreCount), c * perCs + i]);
    }
  }
  return { rule: 'pairs', pairs };
}

type TypeInput = Partial<NeuronTypeParams> & { name: string };

const lif = (name: string, tauMMs: number, refractoryMs: number, tauExcMs: number, tauInhMs: number): TypeInput => ({
  name, model: NeuronModel.lif, tauMMs, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs,
  resistanceMOhm: 1, inputMode: InputMode.current, tauExcMs, tauInhMs,
});

export interface CerebellumNetworkParts {
  neuronTypes: TypeInput[];
  populations: PopulationSpec[];
  projections: ProjectionSpec[];
  stimuli: StimulusSpec[];
}

/** The circuit's parts (engine names of cerebellumNetwork.ts). */
export function cerebellumNetworkParts(p: CerebellumParams): CerebellumNetworkParts {
  const groups = p.conditionedStimuli.length;
  if (groups < 1) throw new Error('the eyeblink circuit needs at least one conditioned stimulus');
  const granuleCount = groups * granulePerCs(p);
  return {
    neuronTypes: [
      lif('cbMossy', 10, 2, 3, 3),
      { name: 'cbGranule', model: NeuronModel.poisson, rateHz: 0 },
      lif('cbInterneuron', 10, 2, 5, 5),
      lif('cbPurkinje', 20, 2, 5, 5),
      lif('cbNucleus', 20, 2, 5, 10),
      lif('cbOlive', 20, 8, 5, 10),
    ],
    populations: [
      { name: REGION.mossyFibres, type: 'cbMossy', count: groups * p.mossyFibreCount, tags: ['MossyFibre'] },
      { name: REGION.granule, type: 'cbGranule', count: granuleCount, tags: ['Granule'] },
      { name: REGION.interneurons, type: 'cbInterneuron', count: p.interneuronCount, tags: ['MolecularLayerInterneuron'] },
      { name: REGION.purkinje, type: 'cbPurkinje', count: p.purkinjeCount, tags: ['Purkinje'] },
      { name: REGION.nucleus, type: 'cbNucleus', count: p.nucleusCount, tags: ['DeepNucleus'] },
      { name: REGION.olive, type: 'cbOlive', count: p.purkinjeCount, tags: ['InferiorOlive'] },
    ],
    projections: [
      // The time basis is driven by the circuit's granule system from mossy-fibre activity; this
      // projection carries no current (weight 0) and exists so the inspector shows the pathway.
      { name: PROJECTION.mossyGranule, from: REGION.mossyFibres, to: REGION.granule, connect: mossyGranuleConnect(p), weight: 0, delayMs: 1, receptor: 'excitatory' },
      { name: PROJECTION.parallelFibres, from: REGION.granule, to: REGION.purkinje, connect: { rule: 'allToAll' }, weight: pfBaselineWeight(pfRuleOf(p), p.baselineClimbingHz), delayMs: 1, receptor: 'excitatory' },
      { name: PROJECTION.pfInterneuron, from: REGION.granule, to: REGION.interneurons, connect: { rule: 'allToAll' }, weight: 0.5, delayMs: 1, receptor: 'excitatory' },
      { name: PROJECTION.interneuronPurkinje, from: REGION.interneurons, to: REGION.purkinje, connect: { rule: 'allToAll' }, weight: -2.8, delayMs: 1, receptor: 'inhibitory' },
      { name: PROJECTION.climbingFibres, from: REGION.olive, to: REGION.purkinje, connect: { rule: 'oneToOne' }, weight: 40, delayMs: 2, receptor: 'excitatory' },
      { name: PROJECTION.purkinjeNucleus, from: REGION.purkinje, to: REGION.nucleus, connect: { rule: 'allToAll' }, weight: -2, delayMs: 2, receptor: 'inhibitory' },
      { name: PROJECTION.mossyNucleus, from: REGION.mossyFibres, to: REGION.nucleus, connect: { rule: 'allToAll' }, weight: p.mfNucleusWeightMin, delayMs: 2, receptor: 'excitatory' },
      { name: PROJECTION.nucleusOlive, from: REGION.nucleus, to: REGION.olive, connect: { rule: 'allToAll' }, weight: -2.5, delayMs: 5, receptor: 'inhibitory' },
    ],
    stimuli: [
      { name: 'mossyBias', kind: 'constantCurrent', target: REGION.mossyFibres, amplitude: 11 },
      { name: 'mossyNoise', kind: 'gaussianNoise', target: REGION.mossyFibres, sd: 12 },
      ...p.conditionedStimuli.map((cs, c) => csStimulus(cs, c, p)),
      { name: STIMULUS.puff, kind: 'constantCurrent', target: REGION.olive, amplitude: 35 },
      { name: 'purkinjeBias', kind: 'constantCurrent', target: REGION.purkinje, amplitude: 22 },
      { name: 'purkinjeNoise', kind: 'gaussianNoise', target: REGION.purkinje, sd: 20 },
      { name: 'interneuronBias', kind: 'constantCurrent', target: REGION.interneurons, amplitude: 12 },
      { name: 'interneuronNoise', kind: 'gaussianNoise', target: REGION.interneurons, sd: 20 },
      { name: 'nucleusBias', kind: 'constantCurrent', target: REGION.nucleus, amplitude: p.nucleusBias },
      { name: 'nucleusNoise', kind: 'gaussianNoise', target: REGION.nucleus, sd: p.nucleusNoiseSd },
      { name: 'oliveBias', kind: 'constantCurrent', target: REGION.olive, amplitude: p.oliveBias },
      { name: 'oliveNoise', kind: 'gaussianNoise', target: REGION.olive, sd: 30 },
    ],
  };
}

/** A complete network spec of the circuit alone (tests, bench). */
export function cerebellumNetworkSpec(p: CerebellumParams, seed: number, dtMs = 1): NetworkSpec {
  return { seed, dtMs, ...cerebellumNetworkParts(p) };
}
