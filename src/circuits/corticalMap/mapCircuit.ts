/**
 * A cortical map on a built world: resolves its populations, draws the starting weights (a
 * topographic map with seeded noise), registers its state (so snapshots and state hashes include
 * it) and installs its system (driveCorticalMap at 'stimuli').
 */
import { installCircuitSystem } from '../../sim/schedule';
import { addCircuitEntity, circuitKind, circuitsOfKind } from '../../sim/world/circuitEntities';
import { populationByName, type SimWorld } from '../../sim/world/world';
import { normaliseRows } from './mapKernel';
import { meanBestResponse, probeResponses, type ChannelGroups } from './mapReadout';
import { driveCorticalMap, updateReadout } from './driveCorticalMap';
import type { MapCircuitConfig } from './configSchema';

export const CORTICAL_MAP = circuitKind<CorticalMap>('corticalMap');

/** Each unit's weights sum to this (the scale is arbitrary: responses are read relative to the intact map's). */
export const ROW_SUM = 1;

/** The map's readout (the registered `circuit.<id>.map` array), by index. */
export const MapReadout = {
  recruited: 0, byNeighbours: 1, monotonic: 2, extraPatches: 3, unresponsive: 4, touches: 5, formerUnits: 6, learningRate: 7, ageMs: 8,
} as const;
const READOUT_LENGTH = 9;

export interface CorticalMap {
  readonly config: MapCircuitConfig;
  readonly eid: number;
  readonly units: number;
  readonly sheetFirstEid: number;
  readonly channels: number;
  /** Eid of each input channel's neuron. */
  readonly channelEid: Int32Array;
  readonly groups: ChannelGroups;
  readonly touchEveryTicks: number;
  readonly touchTicks: number;
  /** Mean best response of the intact starting map: responses and currents are read relative to it. */
  readonly referenceResponse: number;
  // Scratch (recomputed before every read).
  readonly drive: Float64Array;
  readonly responses: Float64Array;
  readonly probe: Float64Array;
  readonly seenGroups: Uint8Array;
  readonly noSilence: Uint8Array;
  // Registered state.
  readonly weights: Float64Array;
  /** The current touch's input pattern and the sheet's settled activity. */
  readonly input: Float64Array;
  readonly activity: Float64Array;
  /** 1 for an input channel whose neuron is silenced. */
  readonly silent: Uint8Array;
  /** 1 for a group all of whose channels are silent. */
  readonly silencedGroup: Uint8Array;
  /** Preferred group of each unit now (−1: unresponsive), at the last readout. */
  readonly preferred: Int32Array;
  /** Preferred group of each unit just before the first loss (−1 before any loss or unresponsive). */
  readonly preferredBefore: Int32Array;
  /** [0] 1 once a loss was seen; [1] ticks left of the current touch. */
  readonly flags: Float64Array;
  readonly readout: Float64Array;
}

/** Registry name of a map's readout array (MapReadout indexes it). */
export function mapReadoutName(circuitName: string): string {
  return `circuit.${circuitName}.map`;
}

export function installCorticalMap(world: SimWorld, config: MapCircuitConfig): CorticalMap {
  const sheet = populationByName(world, config.sheet);
  const units = sheet.count;
  const inputs = config.inputs.map((input) => populationByName(world, input.population));
  const channels = inputs.reduce((sum, p) => sum + p.count, 0);
  const first = new Int32Array(inputs.length);
  const count = new Int32Array(inputs.length);
  const channelEid = new Int32Array(channels);
  let offset = 0;
  inputs.forEach((p, g) => {
    first[g] = offset;
    count[g] = p.count;
    for (let k = 0; k < p.count; k++) channelEid[offset + k] = p.firstEid + k;
    offset += p.count;
  });
  const weights = startingWeights(world, config, units, first, count, channels);
  const groups = { first, count };
  const drive = new Float64Array(units);
  const responses = new Float64Array(units * inputs.length);
  const probe = new Float64Array(channels);
  const noSilence = new Uint8Array(channels);
  probeResponses(weights, units, groups, noSilence, config.touchWidthChannels, probe, drive, responses);
  const referenceResponse = meanBestResponse(responses, units, inputs.length);
  if (!(referenceResponse > 0)) throw new Error('the starting map responds to nothing: give the inputs some strength');
  const key = `circuit.${config.id}`;
  const reg = <T extends Float64Array | Uint8Array | Int32Array>(name: string, array: T): T => world.registry.register(`${key}.${name}`, array);
  const dt = world.dtMs;
  const map = (eid: number): CorticalMap => ({
    config, eid, units, sheetFirstEid: sheet.firstEid, channels, channelEid, groups,
    touchEveryTicks: Math.max(1, Math.round(config.touchEveryMs / dt)),
    touchTicks: Math.max(1, Math.min(Math.round(config.touchMs / dt), Math.round(config.touchEveryMs / dt))),
    referenceResponse, drive, responses, probe, seenGroups: new Uint8Array(inputs.length), noSilence,
    weights: reg('weights', weights),
    input: reg('input', new Float64Array(channels)),
    activity: reg('activity', new Float64Array(units)),
    silent: reg('silent', new Uint8Array(channels)),
    silencedGroup: reg('silencedGroup', new Uint8Array(inputs.length)),
    preferred: reg('preferred', new Int32Array(units)),
    preferredBefore: reg('preferredBefore', new Int32Array(units).fill(-1)),
    flags: reg('flags', new Float64Array(2)),
    readout: reg('map', new Float64Array(READOUT_LENGTH)),
  });
  const eid = addCircuitEntity(world, CORTICAL_MAP, map);
  const { eids, data } = circuitsOfKind(world, CORTICAL_MAP);
  if (eids.length === 1) installCircuitSystem(world, 'stimuli', driveCorticalMap);
  updateReadout(data[eid]);
  return data[eid];
}

/**
 * Topographic starting weights: unit i (at sheet position (i + ½)/units) weighs channel k of group g
 * (mapped to a position between the group's sheetStart and sheetEnd) by strength_g · (exp(−d²/2σ²) +
 * noise · u), u uniform from the map's own spawn stream; then every row is scaled to ROW_SUM.
 */
function startingWeights(world: SimWorld, config: MapCircuitConfig, units: number, first: Int32Array, count: Int32Array, channels: number): Float64Array {
  const weights = new Float64Array(units * channels);
  const stream = world.rng.stream(`corticalMap/${config.id}/weights`);
  const twoSigma2 = 2 * config.initialSpread * config.initialSpread;
  const groupCount = config.inputs.length;
  for (let i = 0; i < units; i++) {
    const unitAt = (i + 0.5) / units;
    config.inputs.forEach((input, g) => {
      const start = input.sheetStart ?? g / groupCount;
      const end = input.sheetEnd ?? (g + 1) / groupCount;
      for (let k = 0; k < count[g]; k++) {
        const d = unitAt - (start + ((end - start) * (k + 0.5)) / count[g]);
        weights[i * channels + first[g] + k] = input.strength * (Math.exp(-(d * d) / twoSigma2) + config.initialNoise * stream.uniform());
      }
    });
  }
  normaliseRows(weights, units, ROW_SUM);
  return weights;
}

/** The world's cortical maps in install order (empty when it has none); a fresh array, not for hot loops. */
export function corticalMapsOf(world: SimWorld): readonly CorticalMap[] {
  const { eids, data } = circuitsOfKind(world, CORTICAL_MAP);
  return eids.map((eid) => data[eid]);
}
