/**
 * The songbird circuit's internals as level parameters (each with unit, range, default, citation and
 * help; src/circuits/plugin/param.ts) and the mapping from a level config to the engine's
 * SongbirdParams. Every default is the engine's DEFAULT_SONGBIRD_PARAMS value, so a level that sets
 * none of them runs exactly the circuit the built-in levels were made with.
 */
import { optionalParam, param } from '../plugin/param';
import { DEFAULT_SONGBIRD_PARAMS as D, type SongbirdParams } from './songbirdParams';

const MODEL = 'model choice for a game-sized circuit (docs/model.md, songbird circuit)';
const FIETE = 'node perturbation with a delayed reinforcement (Fiete, Fee & Seung 2007), judged syllable by syllable (Gadagkar et al. 2016; docs/model.md)';

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const songbirdParamFields = {
  hvcCount: param({
    title: 'HVC projection neurons', min: 10, max: 1000, integer: true, default: D.hvcCount, unit: 'neurons',
    citation: 'HVC(RA) neurons burst once per motif, each at its own time (Hahnloser, Kozhevnikov & Fee 2002); count: ' + MODEL,
    help: 'HVC projection neurons: each bursts once per song, so more neurons give RA a finer clock (and a slower world).',
  }),
  raPerPool: param({
    title: 'RA neurons per motor pool', min: 1, max: 128, integer: true, default: D.raPerPool, unit: 'neurons',
    citation: 'RA motor pools (Fiete, Fee & Seung 2007); count: ' + MODEL,
    help: 'RA neurons in each of the four motor pools (pitch up, pitch down, louder, softer). Bigger pools average their noise: a steadier song that explores less.',
  }),
  lmanCount: optionalParam({
    title: 'LMAN neurons', min: 1, max: 512, integer: true, unit: 'neurons',
    citation: 'LMAN drives the song\'s variability (Ölveczky, Andalman & Fee 2005); count: ' + MODEL,
    help: 'LMAN neurons (default: one per RA neuron, at most that many). With fewer, RA neuron i listens to LMAN neuron i mod n, so neighbours explore together.',
  }),
  lmanRateHz: param({
    title: 'LMAN firing rate', min: 1, max: 300, default: D.lmanRateHz, unit: 'Hz',
    citation: 'Ölveczky, Andalman & Fee 2005; value: ' + MODEL,
    help: 'Firing rate of the LMAN neurons (Poisson): how often an exploratory kick reaches RA.',
  }),
  learningRate: param({
    min: 0, max: 1, default: D.learningRate, unit: 'weight per unit R per unit eligibility',
    citation: FIETE,
    help: 'η of the HVC→RA rule Δw = η·(R − R̄)·e (multiplied by learningRateScale).',
  }),
  reinforcementNoiseSd: param({
    min: 0, max: 1, default: D.reinforcementNoiseSd, unit: 'R units',
    citation: FIETE,
    help: 'Noise of the critic: SD of the noise on each rendition\'s reinforcement R = −error + noise. Larger: the bird learns from a less reliable judge.',
  }),
  baselineRenditions: param({
    min: 1, max: 1000, default: D.baselineRenditions, unit: 'renditions',
    citation: FIETE,
    help: 'Memory of the critic\'s baseline R̄ (an exponential average over this many renditions) that each R is compared with.',
  }),
};

/** The part of a circuit config mapped onto the engine's parameters. */
export interface SongbirdParamConfig {
  hvcCount: number;
  raPerPool: number;
  lmanCount?: number;
  lmanRateHz: number;
  learningRate: number;
  reinforcementNoiseSd: number;
  baselineRenditions: number;
  learningRateScale: number;
  explorationScale: number;
  reinforcementDelayMs: number;
  criterionSimilarity: number;
}

/** The engine parameters of a level's circuit config. */
export function songbirdParamsOf(config: SongbirdParamConfig): SongbirdParams {
  return {
    ...D,
    hvcCount: config.hvcCount,
    raPerPool: config.raPerPool,
    ...(config.lmanCount !== undefined ? { lmanCount: config.lmanCount } : {}),
    lmanRateHz: config.lmanRateHz,
    learningRate: config.learningRate * config.learningRateScale,
    reinforcementNoiseSd: config.reinforcementNoiseSd,
    baselineRenditions: config.baselineRenditions,
    lmanRaWeight: D.lmanRaWeight * config.explorationScale,
    reinforcementDelayMs: config.reinforcementDelayMs,
    criterionSimilarity: config.criterionSimilarity,
  };
}
