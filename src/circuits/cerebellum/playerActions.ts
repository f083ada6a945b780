/**
 * What the player may do to the eyeblink circuit: set each CS's ISI (one control per CS whose trials
 * have a puff, so a level with two intervals keeps both), the puff's strength, inactivate a region.
 */
import { commandValueRange, populationSilenced, type CircuitAction } from '../plugin/playerAction';
import type { CircuitLevelView, CircuitTrialTypeView } from '../plugin/contexts';
import { REGION, STIMULUS } from './cerebellumNetwork';
import { setIsiMsCommand, setPuffStrengthCommand } from './commandSchemas';
import type { CerebellumCircuitConfig } from './configSchema';
import { csLabel, csLabelCapitalized } from './csLabel';

/** Regions offered for inactivation, with the names the panel shows. */
const INACTIVATABLE = [
  { region: REGION.nucleus, name: 'interpositus nucleus' },
  { region: REGION.purkinje, name: 'Purkinje cells' },
  { region: REGION.olive, name: 'inferior olive' },
] as const;

/** The ISI when neither the config nor the timeline says (the classic delay-conditioning interval). */
const DEFAULT_ISI_MS = 250;

/** The trial types that cue `cs` and give a puff, in the level's timeline order. */
function puffTrialTypes(level: CircuitLevelView, cs: string): CircuitTrialTypeView[] {
  const types = (level.timeline?.sessions ?? []).flatMap((s) => s.phases.flatMap((p) => p.trialTypes));
  return types.filter((t) => t.events.some((e) => e.target === cs) && t.events.some((e) => e.target === STIMULUS.puff));
}

/** The puff time the timeline gives the first of these trial types, counted from the CS's onset when it can tell. */
function timelineIsiMs(types: readonly CircuitTrialTypeView[], cs: string): number | undefined {
  const events = types[0]?.events ?? [];
  const onset = events.find((e) => e.target === cs);
  const puff = events.find((e) => e.target === STIMULUS.puff);
  if (!onset || !puff || puff.at.ms === undefined) return undefined;
  if (puff.at.after !== undefined && puff.at.after === onset.id) return puff.at.ms;
  return puff.at.after === onset.at.after && onset.at.ms !== undefined ? puff.at.ms - onset.at.ms : undefined;
}

function isiActions(config: CerebellumCircuitConfig, level: CircuitLevelView): CircuitAction[] {
  const several = config.cs.length > 1;
  return config.cs.flatMap((cs): CircuitAction[] => {
    const types = puffTrialTypes(level, cs.id);
    if (types.length === 0) return [];
    const configured = config.isiMs !== undefined && (config.isiCs === cs.id || !several) ? config.isiMs : undefined;
    const value = configured ?? timelineIsiMs(types, cs.id) ?? DEFAULT_ISI_MS;
    return [{
      kind: 'number', id: several ? `setIsiMs:${cs.id}` : 'setIsiMs', label: `${csLabelCapitalized(cs.id)}–puff interval (ISI) of the next ${several ? `${csLabel(cs.id)} ` : ''}trials`,
      text: { key: several ? 'setIsiMsOfCs' : 'setIsiMs', stimulus: cs.id },
      ...commandValueRange(setIsiMsCommand), step: 10, unit: 'ms', value: Math.max(0, value),
      command: (ms) => ({ type: 'setIsiMs', value: ms, cs: cs.id }),
    }];
  });
}

export function cerebellumPlayerActions(config: CerebellumCircuitConfig, level: CircuitLevelView): CircuitAction[] {
  const actions: CircuitAction[] = [
    ...isiActions(config, level),
    { kind: 'number', id: 'setPuffStrength', label: 'Air-puff strength (1 = normal, 0 = no puff)', ...commandValueRange(setPuffStrengthCommand), step: 0.05, unit: '', value: config.puffStrength, command: (value) => ({ type: 'setPuffStrength', value }) },
  ];
  for (const { region, name } of INACTIVATABLE) {
    actions.push({ kind: 'toggle', id: `inactivate:${region}`, label: `Inactivate the ${name}`, on: false, command: (on) => ({ type: 'inactivate', region, ...(on ? {} : { restore: true }) }), isOn: (world) => populationSilenced(world, region) });
  }
  return actions;
}
