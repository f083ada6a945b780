/**
 * The circuit's runtime: resolved eid ranges, synapse ranges, precomputed tables and every mutable
 * array (registered under `cerebellum.*`, so snapshots, restores and state hashes include them).
 * Stored in world.state under CEREBELLUM_STATE.
 */
import type { SimWorld } from '../../sim';
import { populationByName, projectionByName } from '../../sim';
import type { CerebellumParams } from './cerebellumParams';
import { PROJECTION, REGION, STIMULUS } from './cerebellumNetwork';
import { bumpDelaysMs, bumpProbabilityTable } from './granuleTimeBasis';
import { ELIGIBILITY_ORDER } from './eligibilityKernel';
import { stateKey } from '../../sim';

export const CEREBELLUM_STATE = stateKey<CerebellumState>('cerebellum');

interface Range { first: number; end: number; count: number }

export interface CerebellumState {
  readonly params: CerebellumParams;
  readonly mossy: Range;
  readonly granule: Range;
  readonly purkinje: Range;
  readonly nucleus: Range;
  readonly olive: Range;
  /** Synapse rows of the plastic projections (outRowStart of each, indexed by source neuron). */
  readonly pfRows: Int32Array;
  readonly mfNucleusRows: Int32Array;
  readonly pfEnabled: Uint8Array;
  readonly mfNucleusEnabled: Uint8Array;
  readonly toneStimulus: number;
  readonly puffStimulus: number;
  readonly bumpCount: number;
  readonly tableTicks: number;
  /** Spike probability per tick of bump b, t ticks after onset: probability[b·tableTicks + t]. */
  readonly probability: Float64Array;
  // Registered state.
  /** [0] mossy-fibre rate estimate (Hz), [1] tone onset tick (−1: no tone), [2] Purkinje rate trace (Hz per cell). */
  readonly activity: Float64Array;
  /** Eligibility chain per granule cell: stage j of cell g at [j·granule.count + g]; the last stage is the kernel (÷ chainPeak). */
  readonly pfChain: Float64Array;
  readonly eligibilityOrder: number;
  /** [0] closure 0..1, [1] nucleus drive (Hz per cell, low-passed), [2] ring write index. */
  readonly eyelid: Float64Array;
  /** Drive values of the last eyelidLatencyMs ticks (the motor path's latency). */
  readonly eyelidDelayLine: Float64Array;
  /** [0] ISI in ms that the timeline's puff events use (NaN: as the timeline says). */
  readonly isiMs: Float64Array;
  // Precomputed decay factors.
  readonly mossyDecay: number;
  readonly purkinjeDecay: number;
  readonly eligibilityDecay: number;
  /** (dt/τ)^m/m! for m = 0..order: the exact one-tick propagator of the eligibility chain. */
  readonly eligibilityCoefficients: Float64Array;
  readonly driveDecay: number;
  readonly closeDecay: number;
  readonly openDecay: number;
}

function chainCoefficients(stepOverTau: number, order: number): Float64Array {
  const c = new Float64Array(order + 1);
  c[0] = 1;
  for (let m = 1; m <= order; m++) c[m] = (c[m - 1] * stepOverTau) / m;
  return c;
}

const rangeOf = (world: SimWorld, name: string): Range => {
  const p = populationByName(world, name);
  return { first: p.firstEid, end: p.firstEid + p.count, count: p.count };
};

export function createCerebellumState(world: SimWorld, params: CerebellumParams, maxTrialMs: number): CerebellumState {
  const { registry, dtMs } = world;
  const delays = bumpDelaysMs(params);
  const tableTicks = Math.ceil(maxTrialMs / dtMs) + 1;
  const granule = rangeOf(world, REGION.granule);
  const pf = projectionByName(world, PROJECTION.parallelFibres);
  const mfn = projectionByName(world, PROJECTION.mossyNucleus);
  const stimulus = (name: string): number => world.stimuli.list.findIndex((s) => s.spec.name === name);
  return {
    params,
    mossy: rangeOf(world, REGION.mossyFibres),
    granule,
    purkinje: rangeOf(world, REGION.purkinje),
    nucleus: rangeOf(world, REGION.nucleus),
    olive: rangeOf(world, REGION.olive),
    pfRows: pf.outRowStart,
    mfNucleusRows: mfn.outRowStart,
    pfEnabled: pf.plasticityEnabled,
    mfNucleusEnabled: mfn.plasticityEnabled,
    toneStimulus: stimulus(STIMULUS.tone),
    puffStimulus: stimulus(STIMULUS.puff),
    bumpCount: delays.length,
    tableTicks,
    probability: bumpProbabilityTable(delays, tableTicks, dtMs, params),
    activity: registry.register('cerebellum.activity', new Float64Array([0, -1, 0])),
    pfChain: registry.register('cerebellum.pfEligibility', new Float64Array((ELIGIBILITY_ORDER + 1) * granule.count)),
    eligibilityOrder: ELIGIBILITY_ORDER,
    eyelid: registry.register('cerebellum.eyelid', new Float64Array(3)),
    eyelidDelayLine: registry.register('cerebellum.eyelidDelayLine', new Float64Array(Math.max(1, Math.round(params.eyelidLatencyMs / dtMs)))),
    isiMs: registry.register('cerebellum.isiMs', new Float64Array([Number.NaN])),
    mossyDecay: Math.exp(-dtMs / params.mossyTraceTauMs),
    purkinjeDecay: Math.exp(-dtMs / params.purkinjeTraceTauMs),
    eligibilityDecay: Math.exp(-dtMs / (params.eligibilityPeakMs / ELIGIBILITY_ORDER)),
    eligibilityCoefficients: chainCoefficients(dtMs / (params.eligibilityPeakMs / ELIGIBILITY_ORDER), ELIGIBILITY_ORDER),
    driveDecay: Math.exp(-dtMs / params.eyelidDriveTauMs),
    closeDecay: Math.exp(-dtMs / params.eyelidCloseTauMs),
    openDecay: Math.exp(-dtMs / params.eyelidOpenTauMs),
  };
}

export function cerebellumStateOf(world: SimWorld): CerebellumState | undefined {
  return world.state.get(CEREBELLUM_STATE);
}
