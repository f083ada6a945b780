/**
 * The songbird circuit's runtime: resolved eid ranges, the tutor, the HVC burst schedule and every
 * mutable array (registered under `songbird.*`, so snapshots, restores and state hashes include
 * them). Stored in world.state under SONGBIRD_STATE.
 */
import type { SimWorld } from '../../sim';
import { populationByName, projectionByName } from '../../sim';
import { POOL_COUNT, type SongbirdParams } from './songbirdParams';
import { MODULATOR, PROJECTION, REGION, lmanCountOf } from './songbirdNetwork';
import type { SongTutor } from './songTutor';
import { hvcBurstStartTicks } from './hvcSequence';
import { creditSegmentBounds, creditWindows } from './temporalCredit';
import { createSongRecord, type SongRecord } from './songRecord';
import type { WhiteNoiseState } from './whiteNoiseContingency';
import { medianVoicedPitchHz } from './songCritic';
import { stateKey } from '../../sim';

export const SONGBIRD_STATE = stateKey<SongbirdState>('songbird');

interface Range { first: number; end: number; count: number }

/** Entries of songbird.rendition: the rendition in progress. */
export const Rendition = {
  /** Renditions started so far. */
  started: 0,
  /** Tick the current rendition began (−1: none yet). */
  startTick: 1,
  /** 1 while singing (HVC sequence and motor frames), 0 otherwise. */
  singing: 2,
  /** Tick the pending reinforcement arrives (−1: none pending). */
  deliverTick: 3,
  /** The pending reinforcement R. */
  reinforcement: 4,
  /** Baseline R̄ (NaN before the first rendition). */
  baseline: 5,
  /** 1: deafened (the critic hears nothing). */
  deafened: 6,
  /** 1: the pitch-contingent white noise may play. */
  whiteNoiseOn: 7,
  /** Last R − R̄ delivered. */
  lastDelta: 8,
} as const;
const RENDITION_FIELDS = 9;

export interface SongbirdState {
  readonly params: SongbirdParams;
  readonly tutor: SongTutor;
  readonly hvc: Range;
  readonly ra: Range;
  readonly lman: Range;
  readonly pool: number;
  /** First synapse of each HVC neuron's dense row onto RA (synapse of HVC j → RA i is hvcRows[j] + i). */
  readonly hvcRows: Int32Array;
  readonly hvcRaEnabled: Uint8Array;
  readonly lmanWeight: number;
  /** LMAN index (0-based) driving each RA neuron. */
  readonly lmanOfRa: Int32Array;
  /** Rendition-relative tick each HVC neuron's drive pulse starts. */
  readonly burstStartTicks: Int32Array;
  readonly burstTicks: number;
  /** Ticks from rendition start to the first song frame, ticks per frame, frames per motif. */
  readonly leadTicks: number;
  readonly frameTicks: number;
  readonly frames: number;
  readonly deliveryDelayTicks: number;
  /** The pitch-contingent white noise (null: none in this level). */
  whiteNoise: WhiteNoiseState | null;
  /** Pitch of the syrinx when the pitch pools balance (Hz). */
  readonly restingPitchHz: number;
  // Precomputed factors.
  readonly motorDecay: number;
  readonly motorPerSpikeHz: number;
  readonly synapseDecay: number;
  readonly lmanDecay: number;
  // Registered state.
  readonly rendition: Float64Array;
  /** Filtered rate of each motor pool (Hz per neuron). */
  readonly poolRateHz: Float64Array;
  /** Sum of each pool's filtered rate over the current frame's ticks. */
  readonly frameSum: Float64Array;
  /** This rendition's syrinx commands, per frame. */
  readonly pitchCommandHz: Float32Array;
  readonly amplitudeCommand: Float32Array;
  /** Per HVC neuron: presynaptic trace x_j (its synaptic current shape). */
  readonly hvcTrace: Float64Array;
  /** Per RA neuron: the input current from its LMAN neuron (injected next tick by driveLmanInput). */
  readonly lmanCurrent: Float64Array;
  /** Eligibility e_ij = Σ_t x_j(t)·(lman_i(t) − mean), at [j·raCount + i]. */
  readonly eligibility: Float64Array;
  /** Per HVC neuron: [first, end) of the song frames whose reinforcement its synapses take (temporalCredit.ts). */
  readonly creditWindows: Int32Array;
  /** Per song frame: the pending reinforcement R_k (Σ_k R_k = R). */
  readonly frameReinforcement: Float64Array;
  /** Per song frame: the baseline R̄_k (NaN before the first rendition). */
  readonly frameBaseline: Float64Array;
  /** First frame of each syllable's credit segment, then the frame count (temporalCredit.ts). */
  readonly segmentBounds: Int32Array;
  /** Per segment: running mean of (Σ of its R_k − R̄_k)² (the size of the critic's fluctuations there, kept for deafened birds). */
  readonly segmentDeviationSquare: Float64Array;
  /** Scratch of deliverReinforcement and evaluateRendition (recomputed each rendition; not state). */
  readonly frameScratch: Float64Array;
  readonly hvcDeltaScratch: Float64Array;
  readonly record: SongRecord;
}

const rangeOf = (world: SimWorld, name: string): Range => {
  const p = populationByName(world, name);
  return { first: p.firstEid, end: p.firstEid + p.count, count: p.count };
};

export function createSongbirdState(world: SimWorld, params: SongbirdParams, tutor: SongTutor, restingPitchHz: number | undefined, maxRenditions: number): SongbirdState {
  const { registry, dtMs } = world;
  const hvc = rangeOf(world, REGION.hvc);
  const ra = rangeOf(world, REGION.ra);
  const hvcRa = projectionByName(world, PROJECTION.hvcRa);
  if (!hvcRa.denseRows) throw new Error('the HVC→RA projection must be all-to-all');
  const pool = world.modulators.names.indexOf(MODULATOR.dopamine);
  if (pool < 0) throw new Error(`the songbird circuit needs the modulator pool "${MODULATOR.dopamine}"`);
  const template = tutor.template;
  const frames = template.pitchHz.length;
  const frameTicks = Math.max(1, Math.round(template.frameMs / dtMs));
  const motifTicks = frames * frameTicks;
  const burstStartTicks = hvcBurstStartTicks(hvc.count, motifTicks);
  const leadTicks = Math.max(0, Math.round(params.hvcLeadMs / dtMs));
  const segmentBounds = creditSegmentBounds(template.syllables, frames);
  const reg = <T extends Float64Array | Float32Array>(name: string, array: T): T => registry.register(`songbird.${name}`, array);
  return {
    params,
    tutor,
    hvc,
    ra,
    lman: rangeOf(world, REGION.lman),
    pool,
    hvcRows: hvcRa.outRowStart,
    hvcRaEnabled: hvcRa.plasticityEnabled,
    lmanWeight: params.lmanRaWeight,
    lmanOfRa: Int32Array.from({ length: ra.count }, (_, i) => i % lmanCountOf(params)),
    burstStartTicks,
    burstTicks: Math.max(1, Math.round(params.hvcBurstMs / dtMs)),
    leadTicks,
    frameTicks,
    frames,
    deliveryDelayTicks: Math.max(1, Math.round(params.reinforcementDelayMs / dtMs)),
    whiteNoise: null,
    restingPitchHz: restingPitchHz ?? medianVoicedPitchHz(template),
    motorDecay: Math.exp(-dtMs / params.motorTauMs),
    motorPerSpikeHz: 1000 / (params.motorTauMs * params.raPerPool),
    synapseDecay: Math.exp(-dtMs / params.raSynapseTauMs),
    lmanDecay: Math.exp(-dtMs / params.lmanTauMs),
    rendition: reg('rendition', new Float64Array(RENDITION_FIELDS)),
    poolRateHz: reg('poolRateHz', new Float64Array(POOL_COUNT)),
    frameSum: reg('frameSum', new Float64Array(POOL_COUNT)),
    pitchCommandHz: reg('pitchCommandHz', new Float32Array(frames)),
    amplitudeCommand: reg('amplitudeCommand', new Float32Array(frames)),
    hvcTrace: reg('hvcTrace', new Float64Array(hvc.count)),
    lmanCurrent: reg('lmanCurrent', new Float64Array(ra.count)),
    eligibility: reg('eligibility', new Float64Array(hvc.count * ra.count)),
    creditWindows: creditWindows(burstStartTicks, leadTicks, frameTicks, segmentBounds, Math.max(1, Math.round(params.creditWindowMs / dtMs))),
    frameReinforcement: reg('frameReinforcement', new Float64Array(frames)),
    frameBaseline: reg('frameBaseline', new Float64Array(frames).fill(Number.NaN)),
    segmentBounds,
    segmentDeviationSquare: reg('segmentDeviationSquare', new Float64Array(segmentBounds.length - 1)),
    frameScratch: new Float64Array(frames),
    hvcDeltaScratch: new Float64Array(hvc.count),
    record: createSongRecord(world, template, maxRenditions, params.variabilityRenditions),
  };
}

export function initialRendition(state: SongbirdState, deafened: boolean, whiteNoiseOn: boolean): void {
  const r = state.rendition;
  r.fill(0);
  r[Rendition.startTick] = -1;
  r[Rendition.deliverTick] = -1;
  r[Rendition.baseline] = Number.NaN;
  r[Rendition.deafened] = deafened ? 1 : 0;
  r[Rendition.whiteNoiseOn] = whiteNoiseOn ? 1 : 0;
}

export function songbirdStateOf(world: SimWorld): SongbirdState | undefined {
  return world.state.get(SONGBIRD_STATE);
}
