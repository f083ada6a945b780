/**
 * Phase: stimuli (after applyStimuli). Reads: neurons.lesioned of the input channels, the map's
 * weights. Writes: the map's weights, touch pattern, activity and readout; neurons.iExt of the
 * touched input neurons and of the map's units while a touch lasts.
 * Every touchEveryMs one input group (drawn by touchShare) is touched at a random spot; the sheet
 * settles into a bump around its most driven unit and the weights take one Hebbian step with
 * divisive normalisation, at the learning rate of the animal's age (mapKernel.ts; von der Malsburg
 * 1973, Kohonen 1982, Hensch 2005). A silenced channel sends nothing. The first time a channel is
 * silenced, the intact map is read out as the "before" map that recruitment is measured against
 * (Merzenich et al. 1984).
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { driveUnits, learnHebbian, learningRateAt, settleActivity, silenceChannels, touchPattern } from './mapKernel';
import { mapOrder, preferredGroups, probeResponses, recruitment } from './mapReadout';
import { CORTICAL_MAP, MapReadout, ROW_SUM, type CorticalMap } from './mapCircuit';

export function driveCorticalMap(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, CORTICAL_MAP);
  for (let i = 0; i < eids.length; i++) drive(world, data[eids[i]]);
}

function drive(world: SimWorld, map: CorticalMap): void {
  const tick = world.clock[0];
  if (tick % map.touchEveryTicks === 0) touch(world, map, tick);
  if (map.flags[1] <= 0) return;
  map.flags[1]--;
  const iExt = world.neurons.iExt;
  const { config } = map;
  for (let c = 0; c < map.channels; c++) iExt[map.channelEid[c]] += config.inputCurrentPa * map.input[c];
  const perActivity = config.sheetCurrentPa / map.referenceResponse;
  for (let i = 0; i < map.units; i++) iExt[map.sheetFirstEid + i] += perActivity * map.activity[i];
}

function touch(world: SimWorld, map: CorticalMap, tick: number): void {
  const { config, groups } = map;
  const lossSeenBefore = map.flags[0] === 1;
  if (readSilence(world, map) && !lossSeenBefore) {
    // The map as it was just before the loss: probe it with every channel intact.
    readMap(map, map.noSilence, map.preferredBefore);
    map.flags[0] = 1;
  }
  const stream = world.rng.stream(`corticalMap/${config.id}/touches`);
  const group = drawGroup(config.inputs, stream.uniform());
  touchPattern(map.input, groups.first[group], groups.count[group], stream.uniform() * groups.count[group], config.touchWidthChannels);
  silenceChannels(map.input, map.silent);
  const winner = driveUnits(map.weights, map.input, map.units, map.drive);
  settleActivity(map.drive, winner, config.bumpWidthUnits, map.activity);
  const ageMs = config.ageAtStartMs + tick * world.dtMs;
  const rate = learningRateAt(ageMs, config.youngLearningRate, config.adultLearningRate, config.plasticPeriodMs);
  learnHebbian(map.weights, map.input, map.activity, rate, ROW_SUM, 1e-3 * map.referenceResponse);
  map.flags[1] = map.touchTicks;
  const readout = map.readout;
  readout[MapReadout.touches]++;
  readout[MapReadout.learningRate] = rate;
  readout[MapReadout.ageMs] = ageMs;
  if (readout[MapReadout.touches] % config.readoutEveryTouches === 1 || config.readoutEveryTouches === 1) updateReadout(map);
}

/** Copies the channels' silence from the neurons' lesion flags; true when any channel is silent. */
function readSilence(world: SimWorld, map: CorticalMap): boolean {
  const lesioned = world.neurons.lesioned;
  let any = false;
  for (let c = 0; c < map.channels; c++) {
    map.silent[c] = lesioned[map.channelEid[c]];
    if (map.silent[c] === 1) any = true;
  }
  const { first, count } = map.groups;
  for (let g = 0; g < first.length; g++) {
    let all = 1;
    for (let k = 0; k < count[g]; k++) if (map.silent[first[g] + k] === 0) { all = 0; break; }
    map.silencedGroup[g] = all;
  }
  return any;
}

function drawGroup(inputs: MapCircuitInputs, u: number): number {
  let total = 0;
  for (let g = 0; g < inputs.length; g++) total += inputs[g].touchShare;
  let left = u * total;
  for (let g = 0; g < inputs.length; g++) {
    left -= inputs[g].touchShare;
    if (left < 0) return g;
  }
  return inputs.length - 1;
}
type MapCircuitInputs = CorticalMap['config']['inputs'];

function readMap(map: CorticalMap, silent: Uint8Array, into: Int32Array): void {
  const groupCount = map.groups.first.length;
  probeResponses(map.weights, map.units, map.groups, silent, map.config.touchWidthChannels, map.probe, map.drive, map.responses);
  preferredGroups(map.responses, map.units, groupCount, map.config.responseCriterion * map.referenceResponse, into);
}

/** Reads the map now and scores it against the map before the loss. */
export function updateReadout(map: CorticalMap): void {
  readMap(map, map.silent, map.preferred);
  const readout = map.readout;
  const lossSeen = map.flags[0] === 1;
  const result = recruitment(map.preferredBefore, map.preferred, map.silencedGroup);
  readout[MapReadout.recruited] = lossSeen ? result.recruited : 0;
  readout[MapReadout.byNeighbours] = lossSeen ? result.byNeighbours : 0;
  readout[MapReadout.formerUnits] = lossSeen ? result.formerUnits : 0;
  const order = mapOrder(map.preferred, map.groups.first.length, map.seenGroups);
  readout[MapReadout.monotonic] = order.monotonic;
  readout[MapReadout.extraPatches] = order.extraPatches;
  let unresponsive = 0;
  for (let i = 0; i < map.units; i++) if (map.preferred[i] < 0) unresponsive++;
  readout[MapReadout.unresponsive] = unresponsive / map.units;
}
