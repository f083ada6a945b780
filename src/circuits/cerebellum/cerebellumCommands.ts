/**
 * Commands of the eyeblink circuit (the engine's 'lesion' covers lesion and inactivation of any
 * region by name: mossyFibres, granule, interneurons, purkinje, nucleus, olive).
 * - setIsiMs { value }: the tone-puff interval of the following trials (ms, 0-5000).
 * - setPuffStrength { value }: the air puff's strength (0-2; scales the olive drive and the reflex blink).
 * - inactivate { region, neurons?, restore? }: clamps a region's output (or a subset's), like a muscimol
 *   infusion; same as lesion.
 */
import { defineCommand, inactivateRegion, type CommandHandler, type SimWorld } from '../../sim';
import { CEREBELLUM_STATE, type CerebellumState } from './cerebellumState';

const stateOf = (world: SimWorld): CerebellumState | undefined => world.state.get(CEREBELLUM_STATE);
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export const MAX_ISI_MS = 5000;
export const MAX_PUFF_STRENGTH = 2;

const setIsiMs: CommandHandler = (world, command) => {
  const state = stateOf(world);
  if (!state) return 'no eyeblink circuit in this level';
  const value = finite(command.value);
  if (value === undefined || value < 0 || value > MAX_ISI_MS) return `value must be an ISI in ms between 0 and ${MAX_ISI_MS}`;
  state.isiMs[0] = value;
};

const setPuffStrength: CommandHandler = (world, command) => {
  const state = stateOf(world);
  if (!state) return 'no eyeblink circuit in this level';
  const value = finite(command.value);
  if (value === undefined || value < 0 || value > MAX_PUFF_STRENGTH) return `value must be a puff strength between 0 and ${MAX_PUFF_STRENGTH}`;
  world.stimuli.gain[state.puffStimulus] = value;
};

/** Adds the eyeblink circuit's commands to this world (installCerebellum). */
export function defineCerebellumCommands(world: SimWorld): void {
  defineCommand(world, 'setIsiMs', setIsiMs);
  defineCommand(world, 'setPuffStrength', setPuffStrength);
  defineCommand(world, 'inactivate', inactivateRegion);
}
