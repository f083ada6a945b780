/**
 * The songbird circuit as engine data: neuron types, populations, projections, a bias stimulus and
 * the reinforcement pool, with engine names. Tests use it directly; the level spawner adds it to a
 * level's network.
 *
 *   HVC (sparse sequence) ──plastic──► RA motor pools ──► syrinx ──► song ──► auditory critic
 *   LMAN (Poisson, exploration) ──────► RA                                        │
 *                                        ▲  Δw = η (R − R̄) e                       ▼
 *                                        └──────────── songDopamine ◄── delayed, noisy R
 */
import type { ModulatorSpecInput, NetworkSpec, PopulationSpec, ProjectionSpec, StimulusSpec } from '../../sim';
import { NeuronModel, InputMode, type NeuronTypeParams } from '../../sim';
import { POOL_COUNT, type SongbirdParams } from './songbirdParams';

export const REGION = { hvc: 'hvc', ra: 'ra', lman: 'lman' } as const;
export const PROJECTION = { hvcRa: 'hvcRa', lmanRa: 'lmanRa' } as const;
export const MODULATOR = { dopamine: 'songDopamine' } as const;
export const SONGBIRD_POPULATIONS = [REGION.hvc, REGION.ra, REGION.lman] as const;
export const SONGBIRD_PROJECTIONS = [PROJECTION.hvcRa, PROJECTION.lmanRa] as const;

type TypeInput = Partial<NeuronTypeParams> & { name: string };

export interface SongbirdNetworkParts {
  neuronTypes: TypeInput[];
  populations: PopulationSpec[];
  projections: ProjectionSpec[];
  stimuli: StimulusSpec[];
  modulators: ModulatorSpecInput[];
}

/** LMAN's size: params.lmanCount, or one neuron per RA neuron; never more than RA's. */
export function lmanCountOf(p: SongbirdParams): number {
  const raCount = POOL_COUNT * p.raPerPool;
  if (!lmanFits(p)) throw new Error(`LMAN needs 1 to ${raCount} neurons (RA has ${raCount}), got ${p.lmanCount}`);
  return p.lmanCount ?? raCount;
}

/** Whether params.lmanCount (if given) is a size LMAN may have. */
export function lmanFits(p: SongbirdParams): boolean {
  return p.lmanCount === undefined || (Number.isInteger(p.lmanCount) && p.lmanCount >= 1 && p.lmanCount <= POOL_COUNT * p.raPerPool);
}

/** LMAN neuron i drives RA neurons i, i + lmanCount, ... (one to one when the sizes agree). */
function lmanRaConnect(lmanCount: number, raCount: number): ProjectionSpec['connect'] {
  if (lmanCount === raCount) return { rule: 'oneToOne' };
  return { rule: 'pairs', pairs: Array.from({ length: raCount }, (_, i): [number, number] => [i % lmanCount, i]) };
}

export function songbirdNetworkParts(p: SongbirdParams): SongbirdNetworkParts {
  const raCount = POOL_COUNT * p.raPerPool;
  const lmanCount = lmanCountOf(p);
  return {
    neuronTypes: [
      // HVC_RA projection neurons: a 1 ms refractory period turns a 7 ms drive pulse into 4 spikes.
      {
        name: 'sbHvc', model: NeuronModel.lif, tauMMs: 10, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 1,
        resistanceMOhm: 1, inputMode: InputMode.current, tauExcMs: 2, tauInhMs: 2,
      },
      {
        name: 'sbRa', model: NeuronModel.lif, tauMMs: p.raMembraneTauMs, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 2,
        resistanceMOhm: 1, inputMode: InputMode.current, tauExcMs: p.raSynapseTauMs, tauInhMs: p.raSynapseTauMs,
      },
      { name: 'sbLman', model: NeuronModel.poisson, rateHz: p.lmanRateHz },
    ],
    populations: [
      { name: REGION.hvc, type: 'sbHvc', count: p.hvcCount, tags: ['HVC'] },
      { name: REGION.ra, type: 'sbRa', count: raCount, tags: ['RA'] },
      { name: REGION.lman, type: 'sbLman', count: lmanCount, tags: ['LMAN'] },
    ],
    projections: [
      {
        name: PROJECTION.hvcRa, from: REGION.hvc, to: REGION.ra, connect: { rule: 'allToAll' },
        weight: { dist: 'uniform', min: p.hvcRaWeightMin, max: p.hvcRaWeightMax }, delayMs: 1, receptor: 'excitatory',
      },
      // LMAN's slow (NMDA) current into RA is computed by the circuit (driveLmanInput.ts), since the
      // engine gives a target type one synaptic time constant; this projection carries no current
      // (weight 0) and exists so the inspector and lesions see the pathway.
      { name: PROJECTION.lmanRa, from: REGION.lman, to: REGION.ra, connect: lmanRaConnect(lmanCount, raCount), weight: 0, delayMs: 1, receptor: 'excitatory' },
    ],
    stimuli: [
      { name: 'raBias', kind: 'constantCurrent', target: REGION.ra, amplitude: p.raBiasCurrent },
    ],
    modulators: [
      { name: MODULATOR.dopamine, kind: 'dopamine', baseline: 0, tauMs: 100 },
    ],
  };
}

/** A complete network spec of the circuit alone (tests). */
export function songbirdNetworkSpec(p: SongbirdParams, seed: number, dtMs = 1): NetworkSpec {
  return { seed, dtMs, ...songbirdNetworkParts(p) };
}
