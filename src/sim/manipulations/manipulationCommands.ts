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
 * Handlers check their raw input and return a reason instead of throwing.
 */
import type { SimCommand } from '../commands/commandQueue';
import { ClampMode } from '../components/neurons';
import { NeuronModel } from '../params/neuronTypes';
import type { Population, SimWorld } from '../world/world';
import { resolveNeuronSubset } from './neuronSubset';

/** Widest clamp voltage accepted (mV): beyond it no membrane model here means anything. */
const MAX_CLAMP_MV = 200;
const MAX_CLAMP_RATE_HZ = 1000;

type Resolved = { population: Population; eids: Int32Array } | string;

function target(world: SimWorld, command: SimCommand): Resolved {
  const population = world.populations.find((p) => p.name === command.population);
  if (!population) return `unknown population "${String(command.population)}"`;
  const eids = resolveNeuronSubset(world, population, command.neurons);
  return typeof eids === 'string' ? eids : { population, eids };
}

export function lesionNeurons(world: SimWorld, command: SimCommand): string | void {
  // Commands also come from the page and tests without the level schema: a restore that is not a
  // boolean (e.g. "false" or 1) must not be read as a new lesion.
  if (command.restore !== undefined && typeof command.restore !== 'boolean') return `restore must be true or false, got ${JSON.stringify(command.restore)}`;
  const resolved = target(world, command);
  if (typeof resolved === 'string') return resolved;
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

export function voltageClampNeurons(world: SimWorld, command: SimCommand): string | void {
  const resolved = target(world, command);
  if (typeof resolved === 'string') return resolved;
  const vMv = command.vMv;
  if (typeof vMv !== 'number' || !(Math.abs(vMv) <= MAX_CLAMP_MV)) return `vMv must be a number in [−${MAX_CLAMP_MV}, ${MAX_CLAMP_MV}] mV, got ${String(vMv)}`;
  const type = world.neuronTypes.entries[resolved.population.typeId];
  if (type.model === NeuronModel.poisson) return `population "${resolved.population.name}" is a Poisson spike source: it has no membrane to clamp (use rateClamp)`;
  for (const eid of resolved.eids) {
    setClamp(world, eid, ClampMode.voltage, vMv);
    world.neurons.vMv[eid] = vMv;
  }
}

export function rateClampNeurons(world: SimWorld, command: SimCommand): string | void {
  const resolved = target(world, command);
  if (typeof resolved === 'string') return resolved;
  const given = command.rateHz;
  if (given !== undefined && (typeof given !== 'number' || !(given >= 0 && given <= MAX_CLAMP_RATE_HZ))) {
    return `rateHz must be a number in [0, ${MAX_CLAMP_RATE_HZ}] Hz, got ${String(given)}`;
  }
  const type = world.neuronTypes.entries[resolved.population.typeId];
  if (given === undefined && type.model !== NeuronModel.poisson) {
    return `population "${resolved.population.name}" has a membrane model and no resting rate of its own: give rateHz`;
  }
  const { neurons } = world;
  const nowMs = world.clock[0] * world.dtMs;
  for (const eid of resolved.eids) {
    const rateHz = given ?? neurons.rateHz[eid];
    setClamp(world, eid, ClampMode.rate, rateHz);
    neurons.clampNextSpikeMs[eid] = rateHz > 0 ? nowMs + world.rng.stream('clamp').exponential(1000 / rateHz) : Infinity;
  }
}

export function releaseClampedNeurons(world: SimWorld, command: SimCommand): string | void {
  const resolved = target(world, command);
  if (typeof resolved === 'string') return resolved;
  for (const eid of resolved.eids) setClamp(world, eid, ClampMode.none, 0);
}
