/**
 * The reward circuit on a built world: resolves its parts by name, registers its state (so snapshots
 * and state hashes include it) and installs its two systems (driveRewardCircuit at 'stimuli',
 * learnValueWeights at 'traces and plasticity'). Schultz, Dayan & Montague (1997).
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import { populationByName, projectionByName, type SimWorld } from '../../sim/world/world';
import { stimulusIndex } from '../../sim/stimuli/stimulusTable';
import { driveRewardCircuit } from './driveRewardCircuit';
import { learnValueWeights } from './learnValueWeights';
import type { RewardCircuitSpec } from './rewardCircuitSpec';

/** The kind's component holds each reward circuit's data; its systems find them by its query. */
export const REWARD_CIRCUIT = circuitKind<RewardCircuit>('reward');

export interface RewardCircuit {
  readonly spec: RewardCircuitSpec;
  /** The circuit's entity (Circuit component, kind 'reward'). */
  readonly eid: number;
  readonly cueStimuli: Int32Array;
  readonly timeCellFirstEid: number;
  readonly cellsPerTap: number;
  readonly valueFirstEid: number;
  readonly valueCount: number;
  readonly daFirstEid: number;
  readonly daCount: number;
  readonly pool: number;
  readonly poolName: string;
  readonly firstSynapse: number;
  /** Synapse rows of the value projection, per time cell (absolute synapse ids). */
  readonly outRowStart: Int32Array;
  /** The value projection's plasticity switch ([0] = 1: learning on); setPlasticity writes it. */
  readonly plasticityEnabled: Uint8Array;
  readonly tapTicks: number;
  /** Ticks from a delivery to its r reaching δ (rewardDelayMs, at least 1). */
  readonly rewardDelayTicks: number;
  readonly valueDecay: number;
  readonly eligibilityDecay: number;
  readonly eligibilityGain: number;
  /** Dopamine level the tonic firing holds the pool at: the δ = 0 reference of learning. */
  readonly tonicDopamine: number;
  readonly updateEveryTicks: number;
  /** Per-tick gain of the running average D̄ (1 − e^(−dt/referenceTauMs)). */
  readonly referenceGain: number;
  /**
   * Ticks without a running cue sequence or a reward after which the circuit counts as quiet (nothing
   * predicted, nothing received, δ settled): one TD step plus five time constants of the value
   * filter and of the pool. Only quiet ticks update D̄.
   */
  readonly quietAfterTicks: number;
  // Registered state.
  /** Per cue: onset tick of the running time-since-cue sequence (−1: none). */
  readonly cueOnsetTick: Float64Array;
  readonly cueWasOn: Uint8Array;
  /** [0] filtered value-population rate (Hz), [1] V, [2] δ, [3] r, [4] ticks of r left, [5] D̄, [6] r after the readout filter, [7] ticks since a cue sequence ran or r was on. */
  readonly signals: Float64Array;
  /** Rewards delivered over the last rewardDelayTicks ticks (ring, index tick mod rewardDelayTicks), on their way to δ. */
  readonly rewardRing: Float64Array;
  /** V over the last tapTicks ticks (ring, index tick mod tapTicks): gives V(t − Δ). */
  readonly valueHistory: Float64Array;
  /** Ticks by which eligibility trails the time cells' spikes: one TD step plus eligibilityLagMs. */
  readonly eligibilityDelayTicks: number;
  /** Per time cell, eligibilityDelayTicks slots (row i·eligibilityDelayTicks): its recent spikes, to delay them. */
  readonly spikeHistory: Uint8Array;
  /** Per time cell: the (delayed) presynaptic eligibility trace and the accumulated e·(D − D_tonic). */
  readonly eligibility: Float64Array;
  readonly credit: Float64Array;
}

/** Registry name of a reward circuit's signals array (Signal.value is its value readout V). */
export function rewardSignalsName(circuitName: string): string {
  return `circuit.${circuitName}.signals`;
}

export const Signal = { valueRateHz: 0, value: 1, delta: 2, reward: 3, rewardTicksLeft: 4, dopamineReference: 5, filteredReward: 6, quietTicks: 7 } as const;

export function installRewardCircuit(world: SimWorld, spec: RewardCircuitSpec): RewardCircuit {
  const dt = world.dtMs;
  const timeCells = populationByName(world, spec.timeCells);
  const value = populationByName(world, spec.value);
  const da = populationByName(world, spec.dopamineNeurons);
  const projection = projectionByName(world, spec.valueProjection);
  if (projection.from !== timeCells.index || projection.to !== value.index) throw new Error(`projection "${spec.valueProjection}" must go from "${spec.timeCells}" to "${spec.value}"`);
  const pool = world.modulators.names.indexOf(spec.dopamine);
  if (pool < 0) throw new Error(`unknown modulator "${spec.dopamine}"`);
  const blocks = spec.cues.length * spec.taps;
  if (timeCells.count % blocks !== 0) throw new Error(`"${spec.timeCells}" needs a multiple of cues × taps = ${blocks} neurons`);
  const decay = world.modulators.decay[pool];
  const poolTauMs = decay > 0 && decay < 1 ? -dt / Math.log(decay) : 0;
  const releasePerTick = da.count * spec.tonicRateHz * (dt / 1000) * world.modulators.releasePerSpike[pool];
  const delayTicks = Math.max(1, Math.round((spec.tapMs + spec.eligibilityLagMs) / dt));
  const key = `circuit.${spec.name}`;
  const reg = <T extends Float64Array | Uint8Array>(name: string, array: T): T => world.registry.register(`${key}.${name}`, array);
  const circuit = (eid: number): RewardCircuit => ({
    spec,
    eid,
    cueStimuli: Int32Array.from(spec.cues, (name) => stimulusIndex(world.stimuli, name)),
    timeCellFirstEid: timeCells.firstEid,
    cellsPerTap: timeCells.count / blocks,
    valueFirstEid: value.firstEid,
    valueCount: value.count,
    daFirstEid: da.firstEid,
    daCount: da.count,
    pool,
    poolName: spec.dopamine,
    firstSynapse: projection.firstSynapse,
    outRowStart: projection.outRowStart,
    plasticityEnabled: projection.plasticityEnabled,
    tapTicks: Math.max(1, Math.round(spec.tapMs / dt)),
    rewardDelayTicks: Math.max(1, Math.round(spec.rewardDelayMs / dt)),
    valueDecay: Math.exp(-dt / spec.valueFilterMs),
    eligibilityDecay: Math.exp(-dt / spec.eligibilityTauMs),
    // Unit area per spike: a spike adds (1 − decay) so the trace of a cell firing at f Hz tends to f·dt/1000.
    eligibilityGain: 1 - Math.exp(-dt / spec.eligibilityTauMs),
    tonicDopamine: world.modulators.baseline[pool] + releasePerTick / (1 - decay),
    updateEveryTicks: Math.max(1, Math.round(10 / dt)),
    referenceGain: 1 - Math.exp(-dt / spec.referenceTauMs),
    quietAfterTicks: Math.round((spec.tapMs + 5 * (spec.valueFilterMs + poolTauMs)) / dt),
    cueOnsetTick: reg('cueOnsetTick', new Float64Array(spec.cues.length).fill(-1)),
    cueWasOn: reg('cueWasOn', new Uint8Array(spec.cues.length)),
    signals: reg('signals', new Float64Array(8)),
    rewardRing: reg('rewardRing', new Float64Array(Math.max(1, Math.round(spec.rewardDelayMs / dt)))),
    valueHistory: reg('valueHistory', new Float64Array(Math.max(1, Math.round(spec.tapMs / dt)))),
    eligibilityDelayTicks: delayTicks,
    spikeHistory: reg('spikeHistory', new Uint8Array(timeCells.count * delayTicks)),
    eligibility: reg('eligibility', new Float64Array(timeCells.count)),
    credit: reg('credit', new Float64Array(timeCells.count)),
  });
  const eid = addCircuitEntity(world, REWARD_CIRCUIT, circuit);
  const { eids, data } = circuitsOfKind(world, REWARD_CIRCUIT);
  const installed = data[eid];
  // The pool starts at its tonic level, as after a long quiet time.
  world.modulators.level[pool] = installed.tonicDopamine;
  installed.signals[Signal.dopamineReference] = installed.tonicDopamine;
  // The systems serve every reward circuit (they iterate the kind's query): install them once.
  if (eids.length === 1) {
    installCircuitSystem(world, 'stimuli', driveRewardCircuit);
    installCircuitSystem(world, 'traces and plasticity', learnValueWeights);
  }
  return installed;
}

/** The world's reward circuits in install order (empty when it has none); a fresh array, not for hot loops. */
export function rewardCircuitsOf(world: SimWorld): readonly RewardCircuit[] {
  const { eids, data } = circuitsOfKind(world, REWARD_CIRCUIT);
  return eids.map((eid) => data[eid]);
}

export function rewardCircuitByName(world: SimWorld, name: string): RewardCircuit {
  const found = rewardCircuitsOf(world).find((c) => c.spec.name === name);
  if (!found) throw new Error(`unknown reward circuit "${name}"`);
  return found;
}
