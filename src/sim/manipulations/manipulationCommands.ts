/**
 * The experimenter's manipulations of neurons, as command handlers (engineCommands lists them among
 * the engine's commands every world starts with):
 * - lesion { population, neurons?, restore? }: silence the neurons (held at rest, no spikes, input
 *   cleared); restore: true undoes it for the same neurons. Circuits' `inactivate` is this on a region.
 * - voltageClamp { population, neurons?, vMv }: hold the membrane at vMv; no spikes.
 * - rateClamp { population, neurons?, rateHz? }: replace the neurons' spikes by a Poisson train at
 *   rateHz (default: a Poisson source's own resting rate; a membrane model has none, so rateHz is needed).
 * - releaseClamp { population, neurons? }: end either clamp; the neurons run free from where they are.
 * `neurons` is a subset (neuronSubset.ts): a seeded fraction or index ranges; all neurons without it.
 * Handlers check their raw input and return a rejection instead of throwing.
 */
import type { SimCommand } from '../commands/commandQueue';
import { isRejection, reject, type CommandRejection } from '../commands/commandRejection';
import { ClampMode } from '../components/neurons';
import { NeuronModel } from '../params/neuronTypes';
import type { Population, SimWorld } from '../world/world';
import { resolveNeuronSubset } from './neuronSubset';

/** Widest clamp voltage accepted (mV): beyond it no membrane model here means anything. */
const MAX_CLAMP_MV = 200;
const MAX_CLAMP_RATE_HZ = 1000;

type Resolved = { population: Population; eids: Int32Array } | CommandRejection;

function target(world: SimWorld, command: SimCommand): Resolved {
  const population = world.populations.find((p) => p.name === command.population);
  if (!population) return reject('unknownPopulation', { name: String(command.population) });
  const eids = resolveNeuronSubset(world, population, command.neurons);
  return isRejection(eids) ? eids : { population, eids };
}

export function lesionNeurons(world: SimWorld, command: SimCommand): CommandRejection | void {
  // Commands also come from the page and tests without the level schema: a restore that is not a
  // boolean (e.g. "false" or 1) must not be read as a new lesion.
  if (command.restore !== undefined && typeof command.restore !== 'boolean') return reject('notTrueOrFalseGot', { field: 'restore', got: JSON.stringify(command.restore) });
  const resolved = target(world, command);
  if (isRejection(resolved)) return resolved;
  const restore = command.restore === true;
  const type = world.neuronTypes.entries[resolved.population.typeId];
  const { neurons } = world;
  for (const eid of resolved.eids) {
    neurons.lesionedCount[0] += (restore ? 0 : 1) - neurons.lesioned[eid];
    neurons.lesioned[eid] = restore ? 0 : 1;
    if (!restore) {
      neurons.vMv[eid] = type.model === NeuronModel.lif ? type.vRestMv : neurons.c[eid];
      neurons.gExc[eid] = 0;
      neurons.gInh[eid] = 0;
    }
  }
}

function setClamp(world: SimWorld, eid: number, mode: number, value: number): void {
  const { neurons } = world;
  if (neurons.clampMode[eid] === ClampMode.none && mode !== ClampMode.none) neurons.clampedCount[0] += 1;
  if (neurons.clampMode[eid] !== ClampMode.none && mode === ClampMode.none) neurons.clampedCount[0] -= 1;
  neurons.clampMode[eid] = mode;
  neurons.clampValue[eid] = value;
  neurons.clampedList.markStale();
}

export function voltageClampNeurons(world: SimWorld, command: SimCommand): CommandRejection | void {
  const resolved = target(world, command);
  if (isRejection(resolved)) return resolved;
  const vMv = command.vMv;
  if (typeof vMv !== 'number' || !(Math.abs(vMv) <= MAX_CLAMP_MV)) return reject('clampVoltageOutOfRange', { max: MAX_CLAMP_MV, got: String(vMv) });
  const type = world.neuronTypes.entries[resolved.population.typeId];
  if (type.model === NeuronModel.poisson) return reject('poissonNoMembrane', { population: resolved.population.name });
  for (const eid of resolved.eids) {
    setClamp(world, eid, ClampMode.voltage, vMv);
    world.neurons.vMv[eid] = vMv;
  }
}

export function rateClampNeurons(world: SimWorld, command: SimCommand): CommandRejection | void {
  const resolved = target(world, command);
  if (isRejection(resolved)) return resolved;
  const given = command.rateHz;
  if (given !== undefined && (typeof given !== 'number' || !(given >= 0 && given <= MAX_CLAMP_RATE_HZ))) {
    return reject('clampRateOutOfRange', { max: MAX_CLAMP_RATE_HZ, got: String(given) });
  }
  const type = world.neuronTypes.entries[resolved.population.typeId];
  if (given === undefined && type.model !== NeuronModel.poisson) {
    return reject('rateNeeded', { population: resolved.population.name });
  }
  const { neurons } = world;
  const nowMs = world.clock[0] * world.dtMs;
  for (const eid of resolved.eids) {
    const rateHz = given ?? neurons.rateHz[eid];
    setClamp(world, eid, ClampMode.rate, rateHz);
    neurons.clampNextSpikeMs[eid] = rateHz > 0 ? nowMs + world.rng.stream('clamp').exponential(1000 / rateHz) : Infinity;
  }
}

export function releaseClampedNeurons(world: SimWorld, command: SimCommand): CommandRejection | void {
  const resolved = target(world, command);
  if (isRejection(resolved)) return resolved;
  for (const eid of resolved.eids) setClamp(world, eid, ClampMode.none, 0);
}
