/**
 * Commands the engine itself understands; every world starts with these (buildWorld). Circuits and
 * levels add theirs to one world with defineCommand (commandRegistry.ts). The manipulations (lesion,
 * voltageClamp, rateClamp, releaseClamp) are in src/sim/manipulations.
 */
import type { CommandHandler } from './commandRegistry';
import { reject } from './commandRejection';
import { lesionNeurons, rateClampNeurons, releaseClampedNeurons, voltageClampNeurons } from '../manipulations/manipulationCommands';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const setPlasticity: CommandHandler = (world, command) => {
  const projection = world.projections.find((p) => p.name === text(command.projection));
  if (!projection) return reject('unknownProjection', { name: String(command.projection) });
  if (typeof command.enabled !== 'boolean') return reject('notTrueOrFalse', { field: 'enabled' });
  projection.plasticityEnabled[0] = command.enabled ? 1 : 0;
};

const releaseModulator: CommandHandler = (world, command) => {
  const pool = world.modulators.names.indexOf(text(command.modulator) ?? '');
  const amount = finite(command.amount);
  if (pool < 0) return reject('unknownModulator', { name: String(command.modulator) });
  if (amount === undefined) return reject('notFiniteNumber', { field: 'amount' });
  world.modulators.pendingRelease[pool] += amount;
  world.events.push({ type: 'modulatorReleased', tick: world.clock[0], modulator: world.modulators.names[pool], amount });
};

const deliverReward: CommandHandler = (world, command) => {
  const amount = finite(command.amount) ?? 1;
  const name = text(command.modulator) ?? world.modulators.names[world.modulators.kind.indexOf(0)];
  const pool = name === undefined ? -1 : world.modulators.names.indexOf(name);
  if (pool < 0) return reject('noDopaminePool');
  world.modulators.pendingRelease[pool] += amount;
  world.events.push({ type: 'rewardDelivered', tick: world.clock[0], amount, modulator: name });
};

const setStimulus: CommandHandler = (world, command) => {
  const index = world.stimuli.list.findIndex((s) => s.spec.name === text(command.stimulus));
  if (index < 0) return reject('unknownStimulus', { name: String(command.stimulus) });
  if (typeof command.enabled === 'boolean') {
    world.stimuli.enabled[index] = command.enabled ? 1 : 0;
    world.events.push({ type: 'stimulusChanged', tick: world.clock[0], stimulus: world.stimuli.list[index].spec.name, on: command.enabled });
  }
  const gain = finite(command.gain);
  if (command.gain !== undefined && gain === undefined) return reject('notFiniteNumber', { field: 'gain' });
  if (gain !== undefined) world.stimuli.gain[index] = gain;
};

/**
 * 'inactivate' { region, neurons?, restore? } of the circuits: this world's 'lesion' of the population
 * (or the subset of it) named by region (so a change to lesion applies to both). Not an engine
 * command by default: a circuit whose levels offer it defines it (the same handler, so two circuits
 * may both define it).
 */
export const inactivateRegion: CommandHandler = (world, command) => {
  const lesion = world.commandHandlers.handler('lesion');
  if (!lesion) return reject('noLesionCommand');
  return lesion(world, { type: 'lesion', population: command.region, neurons: command.neurons, restore: command.restore === true });
};

/** The engine's commands by type, as a new world's command registry starts. */
export const ENGINE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  lesion: lesionNeurons, voltageClamp: voltageClampNeurons, rateClamp: rateClampNeurons, releaseClamp: releaseClampedNeurons,
  setPlasticity, releaseModulator, deliverReward, setStimulus,
};
