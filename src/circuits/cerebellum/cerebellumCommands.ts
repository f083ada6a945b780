/**
 * Commands of the eyeblink circuit (the engine's 'lesion' covers lesion and inactivation of any
 * region by name: mossyFibres, granule, interneurons, purkinje, nucleus, olive).
 * - setIsiMs { value, cs? }: the CS-puff interval of the following trials of that CS (ms, 0-5000);
 *   without cs, the config's isiCs or the only CS (several CSs and neither: rejected).
 * - setPuffStrength { value }: the air puff's strength (0-2; scales the olive drive and the reflex blink).
 * - inactivate { region, neurons?, restore? }: clamps a region's output (or a subset's), like a muscimol
 *   infusion; same as lesion.
 */
import { defineCommand, inactivateRegion, reject, type CommandHandler, type SimWorld } from '../../sim';
import { CEREBELLUM_STATE, csIndexOf, type CerebellumState } from './cerebellumState';

const stateOf = (world: SimWorld): CerebellumState | undefined => world.state.get(CEREBELLUM_STATE);
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export const MAX_ISI_MS = 5000;
export const MAX_PUFF_STRENGTH = 2;

/** setIsiMs; `defaultCs`: the CS index a command without cs retimes (−1: it must name one). */
const setIsiMs = (defaultCs: number): CommandHandler => (world, command) => {
  const state = stateOf(world);
  if (!state) return reject('circuitMissing', { circuit: 'eyeblink' });
  const value = finite(command.value);
  if (value === undefined || value < 0 || value > MAX_ISI_MS) return reject('isiOutOfRange', { min: 0, max: MAX_ISI_MS });
  // The CS ids as the level names them; the page words each as the stimulus it is.
  const names = state.params.conditionedStimuli.map((cs) => `"${cs.name}"`).join(', ');
  let c = defaultCs;
  if (command.cs !== undefined) {
    c = typeof command.cs === 'string' ? csIndexOf(state, command.cs) : -1;
    if (c < 0) return reject('unknownCs', { names, got: JSON.stringify(command.cs) });
  }
  if (c < 0) return reject('csNeeded', { circuit: 'eyeblink', names });
  state.isiMs[c] = value;
};

const setPuffStrength: CommandHandler = (world, command) => {
  const state = stateOf(world);
  if (!state) return reject('circuitMissing', { circuit: 'eyeblink' });
  const value = finite(command.value);
  if (value === undefined || value < 0 || value > MAX_PUFF_STRENGTH) return reject('puffOutOfRange', { min: 0, max: MAX_PUFF_STRENGTH });
  world.stimuli.gain[state.puffStimulus] = value;
};

/** Adds the eyeblink circuit's commands to this world (installCerebellum). */
export function defineCerebellumCommands(world: SimWorld, defaultIsiCs: number): void {
  defineCommand(world, 'setIsiMs', setIsiMs(defaultIsiCs));
  defineCommand(world, 'setPuffStrength', setPuffStrength);
  defineCommand(world, 'inactivate', inactivateRegion);
}
