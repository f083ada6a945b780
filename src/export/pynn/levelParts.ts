/**
 * The parts of a level that are not a plain network and that PyNN has no standard model for:
 * circuits (their own systems: the behaving animal, its teaching signals), neuromodulator pools, the
 * trial timeline, reward contingencies and experiment buttons. Each is listed with its path.
 */
import { circuitDefinitionOf } from '../../circuits/registry';
import type { Level } from '../../levels/schema/level';
import type { UnsupportedList } from './unsupportedList';

export function listLevelParts(level: Level, unsupported: UnsupportedList): void {
  level.circuits.forEach((circuit, i) => {
    const title = circuitDefinitionOf(circuit.kind).title;
    unsupported.add(`circuits[${i}]`, `${title}: its own systems (the behaviour, teaching signals and commands); only its populations, projections and always-on inputs are exported, as a plain network`);
  });
  level.modulators.forEach((modulator, i) => {
    unsupported.add(`modulators[${i}]`, `neuromodulator pool "${modulator.id}" (${modulator.kind}): PyNN has no neuromodulator pools`);
  });
  if (level.timeline) {
    unsupported.add('timeline', 'the trial timeline (phases, trial types, cues, rewards, commands at phase boundaries); the script runs the network for the run length without it');
  }
  level.rewardContingencies.forEach((_, i) => {
    unsupported.add(`rewardContingencies[${i}]`, 'a reward contingency (reward delivered when a measured quantity crosses a threshold)');
  });
  level.playerCommands.forEach((command, i) => {
    unsupported.add(`playerCommands[${i}]`, `the experiment button "${command.label}"`);
  });
}
