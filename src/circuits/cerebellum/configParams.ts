/**
 * The eyeblink circuit's internals as level parameters (each with unit, range, default, citation and
 * help; src/circuits/plugin/param.ts), its conditioned stimuli, and the mapping from a level config to
 * the engine's CerebellumParams. Every default is the engine's DEFAULT_CEREBELLUM_PARAMS value, so a
 * level that sets none of them runs exactly the circuit the built-in levels were made with.
 */
import { z } from 'zod';
import { param } from '../plugin/param';
import { DEFAULT_CEREBELLUM_PARAMS as D, type CerebellumParams } from './cerebellumParams';
import { FIXED_STIMULI } from './cerebellumNetwork';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const MODEL = 'model choice for a game-sized circuit (docs/model.md, eyeblink circuit)';

/** One conditioned stimulus: its own stimulus (named by id) driving its own mossy fibres and granule basis. */
export const conditionedStimulus = z.strictObject({
  id: z.string().regex(ID_PATTERN, { message: 'must be a letter followed by up to 63 letters, digits, _ or -' })
    .refine((name) => !(FIXED_STIMULI as readonly string[]).includes(name), { message: `must not be one of the circuit's own stimuli (${FIXED_STIMULI.join(', ')})` })
    .describe('Name of the CS: the circuit adds a stimulus of this name, which the timeline cues (e.g. "tone", "light").'),
  rateHz: param({
    min: 50, max: 2000, default: D.conditionedStimuli[0].rateHz, unit: 'Hz',
    citation: 'the CS as a step in mossy-fibre activity (Medina & Mauk 2000); value: model choice',
    help: 'Rate of the Poisson input each of this CS\'s mossy fibres gets while the CS is on (its salience): how fast its fibres fire during the CS (~140 Hz at 600, after a brief onset burst), so how reliably the CS\'s onset is detected (unreliably at 50 Hz) and how strongly its fibres drive the nucleus once their synapses have learnt.',
  }),
}).describe('A conditioned stimulus with its own mossy-fibre group and granule-cell time basis.');

/** The level format's spelling of the engine's default CSs (one definition: DEFAULT_CONDITIONED_STIMULI). */
export const DEFAULT_CS = D.conditionedStimuli.map((cs) => ({ id: cs.name, rateHz: cs.rateHz }));

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const cerebellumParamFields = {
  cs: z.array(conditionedStimulus).min(1).max(8).default(DEFAULT_CS)
    .describe('The conditioned stimuli (default one, "tone"). Each brings a stimulus of its name onto its own mossy fibres and granule cells; trial types choose a CS by cueing it and the US by adding a "puff" event (or not).'),
  mossyFibresPerCs: param({
    min: 4, max: 200, integer: true, default: D.mossyFibreCount, unit: 'neurons', citation: MODEL,
    help: 'Mossy fibres of each CS (the mossyFibres population holds one group per CS).',
  }),
  granulePerBump: param({
    title: 'Granule cells per bump', min: 1, max: 50, integer: true, default: D.granulePerBump, unit: 'neurons',
    citation: 'granule time basis of Medina & Mauk 2000; size: model choice',
    help: 'Granule cells per bump of the time basis (cells sharing a preferred delay). More cells: a smoother, less noisy clock, and a slower world.',
  }),
  basisLastDelayMs: param({
    min: 200, max: 5000, default: D.lastDelayMs, unit: 'ms', citation: 'Medina & Mauk 2000; span: model choice',
    help: 'Preferred delay of the last bump of the granule time basis: the longest CS-US interval the circuit can time.',
  }),
  basisWidthPerDelay: param({
    title: 'Bump width per delay', min: 0.05, max: 1, default: D.widthPerDelay, unit: '1',
    citation: 'CR timing blurs in proportion to the interval (scalar timing; Gibbon 1977; Medina et al. 2000)',
    help: 'Growth of each bump\'s width with its delay: σ(d) = 12 ms + this × d. Larger: blurrier timing at long intervals, fewer granule cells.',
  }),
  interneuronCount: param({ min: 1, max: 200, integer: true, default: D.interneuronCount, unit: 'neurons', citation: MODEL, help: 'Molecular-layer interneurons (basket and stellate cells) inhibiting the Purkinje cells.' }),
  purkinjeCount: param({ min: 1, max: 200, integer: true, default: D.purkinjeCount, unit: 'neurons', citation: 'one climbing fibre per Purkinje cell (Eccles, Llinás & Sasaki 1966); count: model choice', help: 'Purkinje cells; the inferior olive has as many cells, one climbing fibre each.' }),
  nucleusCount: param({ min: 1, max: 200, integer: true, default: D.nucleusCount, unit: 'neurons', citation: MODEL, help: 'Deep-nucleus (interpositus) cells driving the eyelid.' }),
  eligibilityPeakMs: param({
    min: 20, max: 500, default: D.eligibilityPeakMs, unit: 'ms',
    citation: 'PF-CF LTD needs the PF 50-200 ms before the CF (Chen & Thompson 1995; Wang, Denk & Häusser 2000)',
    help: 'Delay after a parallel-fibre spike at which a climbing-fibre spike depresses it most; the CR comes this much before the US is timed.',
  }),
  pfLtdPerClimbingSpike: param({
    title: 'Parallel-fibre LTD per climbing-fibre spike', min: 0, max: 0.5, default: D.ltdPerClimbingSpike, unit: '1',
    citation: 'climbing-fibre-gated LTD (Marr 1969; Albus 1971; Ito 2001); size: model choice',
    help: 'Fraction of a parallel-fibre synapse\'s weight a climbing-fibre spike removes at the kernel\'s peak (before learningRateScale).',
  }),
  pfLtpPerParallelSpike: param({
    title: 'Parallel-fibre LTP per parallel-fibre spike', min: 0, max: 0.1, default: D.ltpPerParallelSpike, unit: '1',
    citation: 'PF LTP without climbing fibres (Lev-Ram et al. 2002); size: model choice',
    help: 'Fraction of the headroom a parallel-fibre spike adds to its synapses (before learningRateScale); it undoes LTD and drives extinction.',
  }),
  nucleusLtpPerSpike: param({
    min: 0, max: 0.01, default: D.nucleusLtpPerSpike, unit: 'weight per spike',
    citation: 'MF→nucleus plasticity gated by Purkinje pauses (Medina & Mauk 2000)',
    help: 'Weight a mossy-fibre spike adds to its nucleus synapses while the Purkinje cells pause; sets how fast the CR grows after the pause is learnt.',
  }),
  nucleusLtdPerSpike: param({
    min: 0, max: 0.01, default: D.nucleusLtdPerSpike, unit: 'weight per spike',
    citation: 'Medina & Mauk 2000',
    help: 'Weight a mossy-fibre spike removes from its nucleus synapses under strong Purkinje inhibition; the slow forgetting that leaves savings.',
  }),
};

/** The part of a circuit config mapped onto the engine's parameters (the fields above, as parsed, and two of configSchema.ts). */
export type CerebellumParamConfig = { readonly [K in keyof typeof cerebellumParamFields]: z.output<(typeof cerebellumParamFields)[K]> } & {
  readonly crCriterion: number;
  readonly learningRateScale: number;
};

/** The engine parameters of a level's circuit config. */
export function cerebellumParamsOf(config: CerebellumParamConfig): CerebellumParams {
  return {
    ...D,
    conditionedStimuli: config.cs.map((cs) => ({ name: cs.id, rateHz: cs.rateHz })),
    mossyFibreCount: config.mossyFibresPerCs,
    granulePerBump: config.granulePerBump,
    lastDelayMs: config.basisLastDelayMs,
    widthPerDelay: config.basisWidthPerDelay,
    interneuronCount: config.interneuronCount,
    purkinjeCount: config.purkinjeCount,
    nucleusCount: config.nucleusCount,
    eligibilityPeakMs: config.eligibilityPeakMs,
    ltdPerClimbingSpike: config.pfLtdPerClimbingSpike * config.learningRateScale,
    ltpPerParallelSpike: config.pfLtpPerParallelSpike * config.learningRateScale,
    nucleusLtpPerSpike: config.nucleusLtpPerSpike,
    nucleusLtdPerSpike: config.nucleusLtdPerSpike,
    crCriterion: config.crCriterion,
  };
}
