/**
 * The one schedule, read top to bottom as the model's causal order within a tick.
 * stepSim runs it once and advances the clock; nothing else advances simulated time.
 */
import type { SimWorld } from './world/world';
import { applyCommands } from './systems/applyCommands';
import { advanceTrialTimeline } from './timeline/advanceTrialTimeline';
import { applyStimuli } from './stimuli/applyStimuli';
import { deliverSynapticInput } from './systems/deliverSynapticInput';
import { integrateNeurons } from './systems/integrateNeurons';
import { detectSpikes } from './systems/detectSpikes';
import { propagateSpikes } from './systems/propagateSpikes';
import { applyRewardContingencies } from './contingencies/applyRewardContingencies';
import { updatePlasticity } from './plasticity/updatePlasticity';
import { updateModulators } from './systems/updateModulators';
import { resetSpikedNeurons } from './systems/resetSpikedNeurons';
import { recordMonitors } from './systems/recordMonitors';

export type System = (world: SimWorld) => void;

export const SCHEDULE: ReadonlyArray<{ phase: string; run: System }> = [
  { phase: 'commands', run: applyCommands },
  { phase: 'trial timeline', run: advanceTrialTimeline },
  { phase: 'stimuli', run: applyStimuli },
  { phase: 'integrate', run: deliverSynapticInput },
  { phase: 'integrate', run: integrateNeurons },
  { phase: 'detect spikes', run: detectSpikes },
  { phase: 'contingencies', run: applyRewardContingencies },
  { phase: 'propagate', run: propagateSpikes },
  { phase: 'traces and plasticity', run: updatePlasticity },
  { phase: 'modulators', run: updateModulators },
  { phase: 'resets', run: resetSpikedNeurons },
  { phase: 'monitors', run: recordMonitors },
];

const systems: System[] = SCHEDULE.map((entry) => entry.run);

/** Simulates one tick. */
export function stepSim(world: SimWorld): void {
  for (let i = 0; i < systems.length; i++) systems[i](world);
  world.clock[0] += 1;
}

/** Simulates `ticks` ticks. */
export function runTicks(world: SimWorld, ticks: number): void {
  for (let t = 0; t < ticks; t++) stepSim(world);
}
