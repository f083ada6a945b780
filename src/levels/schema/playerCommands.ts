/**
 * Player commands: experiment buttons a level offers the player, each sending a command (a lesion of
 * 30 % of RA, a voltage clamp, a reward), or a switch that sends `undo` when turned off again.
 */
import { z } from 'zod';
import { id, text } from './common';
import { command } from './commands';

export const playerCommand = z.strictObject({
  id: id('Id of this control.'),
  label: text(100, 'Label shown on the control (e.g. "Lesion 30 % of the population").'),
  command: command.describe('The command sent when the player presses the button (or turns the switch on).'),
  undo: command.optional().describe('With undo the control is a switch: turning it off sends this command (e.g. the same lesion with restore: true, or releaseClamp).'),
}).describe('An experiment control offered to the player.');

export type PlayerCommand = z.infer<typeof playerCommand>;
