/**
 * Commands of the songbird circuit (the engine's 'lesion' silences any region by name: hvc, ra, lman).
 * - deafen { enabled }: the critic hears nothing (true) or hears again (false).
 * - setWhiteNoise { enabled }: allow or stop the pitch-contingent white noise of the level's setting.
 * - inactivate { region, neurons?, restore? }: silences a region (or a subset) reversibly, like a TTX or muscimol infusion
 *   into LMAN (Ölveczky et al. 2005); same as lesion, undone with restore: true.
 */
import { defineCommand, inactivateRegion, reject, type CommandHandler, type SimWorld } from '../../sim';
import { Rendition, SONGBIRD_STATE, type SongbirdState } from './songbirdState';

const stateOf = (world: SimWorld): SongbirdState | undefined => world.state.get(SONGBIRD_STATE);

const deafen: CommandHandler = (world, command) => {
  const state = stateOf(world);
  if (!state) return reject('circuitMissing', { circuit: 'songbird' });
  if (command.enabled !== undefined && typeof command.enabled !== 'boolean') return reject('notTrueOrFalse', { field: 'enabled' });
  state.rendition[Rendition.deafened] = command.enabled === false ? 0 : 1;
};

const setWhiteNoise: CommandHandler = (world, command) => {
  const state = stateOf(world);
  if (!state) return reject('circuitMissing', { circuit: 'songbird' });
  if (!state.whiteNoise) return reject('noWhiteNoise');
  if (typeof command.enabled !== 'boolean') return reject('notTrueOrFalse', { field: 'enabled' });
  state.rendition[Rendition.whiteNoiseOn] = command.enabled ? 1 : 0;
};

/** Adds the songbird circuit's commands to this world (installSongbird). */
export function defineSongbirdCommands(world: SimWorld): void {
  defineCommand(world, 'deafen', deafen);
  defineCommand(world, 'setWhiteNoise', setWhiteNoise);
  defineCommand(world, 'inactivate', inactivateRegion);
}
