/**
 * The circuit's runtime: resolved eid ranges, synapse ranges, precomputed tables and every mutable
 * array (registered under `cerebellum.*`, so snapshots, restores and state hashes include them).
 * Stored in world.state under CEREBELLUM_STATE.
 */
import type { SimWorld } from '../../sim';
import { populationByName, projectionByName } from '../../sim';
import type { CerebellumParams } from './cerebellumParams';
import { PROJECTION, REGION, STIMULUS, granulePerCs } from './cerebellumNetwork';
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
  /** Stimulus index of each CS (params.conditionedStimuli order; −1 if missing). */
  readonly csStimuli: Int32Array;
  readonly puffStimulus: number;
  /** Mossy fibres and granule cells of each CS's group (group c starts at c × this). */
  readonly mossyPerCs: number;
  readonly granulePerCs: number;
  readonly bumpCount: number;
  readonly tableTicks: number;
  /** Spike probability per tick of bump b, t ticks after onset: probability[b·tableTicks + t]. */
  readonly probability: Float64Array;
  /** Per-tick scratch: mossy-fibre spikes of each CS's group this tick (recomputed every tick; not state). */
  readonly mossySpikes: Int32Array;
  // Registered state.
  /**
   * [0] CS 0's mossy-fibre rate estimate (Hz), [1] CS 0's onset tick (−1: off), [2] Purkinje rate
   * trace (Hz per cell), then rate and onset of CS c ≥ 1 at csActivitySlot(c) and the next entry
   * (the layout of the one-tone circuit, extended, so its snapshots and hashes stay as they were).
   */
  readonly activity: Float64Array;
  /** Eligibility chain per granule cell: stage j of cell g at [j·granule.count + g]; the last stage is the kernel (÷ chainPeak). */
  readonly pfChain: Float64Array;
  readonly eligibilityOrder: number;
  /** [0] closure 0..1, [1] nucleus drive (Hz per cell, low-passed), [2] ring write index, [3] slow average of the drive (motor adaptation). */
  readonly eyelid: Float64Array;
  /** Drive values of the last eyelidLatencyMs ticks (the motor path's latency). */
  readonly eyelidDelayLine: Float64Array;
  /** [c] ISI in ms that the puff events of CS c's trial types use (NaN: as the timeline says); one entry with one CS, as before. */
  readonly isiMs: Float64Array;
  /** [2c] CS c's onset-burst current onto its mossy fibres now, [2c + 1] 1 if its stimulus was on last tick (driveCsOnsetBurst.ts). */
  readonly csOnsetBurst: Float64Array;
  // Precomputed decay factors.
  readonly mossyDecay: number;
  readonly purkinjeDecay: number;
  readonly onsetBurstDecay: number;
  readonly eligibilityDecay: number;
  /** (dt/τ)^m/m! for m = 0..order: the exact one-tick propagator of the eligibility chain. */
  readonly eligibilityCoefficients: Float64Array;
  readonly driveDecay: number;
  /** Per-tick decay of the motor path's slow average of the drive (eyelidAdaptTauMs). */
  readonly motorAdaptDecay: number;
  readonly closeDecay: number;
  readonly openDecay: number;
}

/** Index in cerebellum.activity of CS c's mossy rate estimate (its onset tick is the next entry). */
export function csActivitySlot(c: number): number {
  return c === 0 ? 0 : 1 + 2 * c;
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
    csStimuli: Int32Array.from(params.conditionedStimuli, (cs) => stimulus(cs.name)),
    puffStimulus: stimulus(STIMULUS.puff),
    mossyPerCs: params.mossyFibreCount,
    granulePerCs: granulePerCs(params),
    bumpCount: delays.length,
    tableTicks,
    probability: bumpProbabilityTable(delays, tableTicks, dtMs, params),
    mossySpikes: new Int32Array(params.conditionedStimuli.length),
    activity: registry.register('cerebellum.activity', initialActivity(params.conditionedStimuli.length)),
    pfChain: registry.register('cerebellum.pfEligibility', new Float64Array((ELIGIBILITY_ORDER + 1) * granule.count)),
    eligibilityOrder: ELIGIBILITY_ORDER,
    eyelid: registry.register('cerebellum.eyelid', new Float64Array(4)),
    eyelidDelayLine: registry.register('cerebellum.eyelidDelayLine', new Float64Array(Math.max(1, Math.round(params.eyelidLatencyMs / dtMs)))),
    isiMs: registry.register('cerebellum.isiMs', new Float64Array(params.conditionedStimuli.length).fill(Number.NaN)),
    csOnsetBurst: registry.register('cerebellum.csOnsetBurst', new Float64Array(2 * params.conditionedStimuli.length)),
    mossyDecay: Math.exp(-dtMs / params.mossyTraceTauMs),
    onsetBurstDecay: Math.exp(-dtMs / params.mossyOnsetTauMs),
    purkinjeDecay: Math.exp(-dtMs / params.purkinjeTraceTauMs),
    eligibilityDecay: Math.exp(-dtMs / (params.eligibilityPeakMs / ELIGIBILITY_ORDER)),
    eligibilityCoefficients: chainCoefficients(dtMs / (params.eligibilityPeakMs / ELIGIBILITY_ORDER), ELIGIBILITY_ORDER),
    driveDecay: Math.exp(-dtMs / params.eyelidDriveTauMs),
    motorAdaptDecay: Math.exp(-dtMs / params.eyelidAdaptTauMs),
    closeDecay: Math.exp(-dtMs / params.eyelidCloseTauMs),
    openDecay: Math.exp(-dtMs / params.eyelidOpenTauMs),
  };
}

function initialActivity(csCount: number): Float64Array {
  const activity = new Float64Array(1 + 2 * csCount);
  for (let c = 0; c < csCount; c++) activity[csActivitySlot(c) + 1] = -1;
  return activity;
}

/** Whether any CS's stimulus is on now. */
export function anyCsOn(world: SimWorld, state: CerebellumState): boolean {
  const enabled = world.stimuli.enabled;
  for (let c = 0; c < state.csStimuli.length; c++) {
    const s = state.csStimuli[c];
    if (s >= 0 && enabled[s] === 1) return true;
  }
  return false;
}

/** Index of the CS named `name` (−1: none). */
export function csIndexOf(state: CerebellumState, name: string): number {
  return state.params.conditionedStimuli.findIndex((cs) => cs.name === name);
}

export function cerebellumStateOf(world: SimWorld): CerebellumState | undefined {
  return world.state.get(CEREBELLUM_STATE);
}
