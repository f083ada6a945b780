/** What the player may do to the eyeblink circuit: set the ISI and the puff, inactivate a region. */
import { commandValueRange, populationSilenced, type CircuitAction } from '../plugin/playerAction';
import { REGION } from './cerebellumNetwork';
import { setIsiMsCommand, setPuffStrengthCommand } from './commandSchemas';
import type { CerebellumCircuitConfig } from './configSchema';

/** Regions offered for inactivation, with the names the panel shows. */
const INACTIVATABLE = [
  { region: REGION.nucleus, name: 'interpositus nucleus' },
  { region: REGION.purkinje, name: 'Purkinje cells' },
  { region: REGION.olive, name: 'inferior olive' },
] as const;

/** The ISI when neither the config nor the timeline says (the classic delay-conditioning interval). */
const DEFAULT_ISI_MS = 250;

export function cerebellumPlayerActions(config: CerebellumCircuitConfig): CircuitAction[] {
  const actions: CircuitAction[] = [
    { kind: 'number', id: 'setIsiMs', label: 'Tone–puff interval (ISI) of the next trials', ...commandValueRange(setIsiMsCommand), step: 10, unit: 'ms', value: config.isiMs ?? DEFAULT_ISI_MS, command: (value) => ({ type: 'setIsiMs', value }) },
    { kind: 'number', id: 'setPuffStrength', label: 'Air-puff strength (1 = normal, 0 = no puff)', ...commandValueRange(setPuffStrengthCommand), step: 0.05, unit: '', value: config.puffStrength, command: (value) => ({ type: 'setPuffStrength', value }) },
  ];
  for (const { region, name } of INACTIVATABLE) {
    actions.push({ kind: 'toggle', id: `inactivate:${region}`, label: `Inactivate the ${name}`, on: false, command: (on) => ({ type: 'inactivate', region, ...(on ? {} : { restore: true }) }), isOn: (world) => populationSilenced(world, region) });
  }
  return actions;
}
