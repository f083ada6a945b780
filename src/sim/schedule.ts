/**
 * The one schedule, read top to bottom as the model's causal order within a tick.
 * stepSim runs it once and advances the clock; nothing else advances simulated time.
 * Circuits (src/circuits) add their own systems at a named phase with installCircuitSystem, once,
 * while their level is spawned; the engine never imports a circuit.
 */
import type { ScheduledSystem, SimWorld, System } from './world/world';
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
import { recordIsiSpikes } from './timeline/isiRecord';
import { holdClampedNeurons } from './manipulations/holdClampedNeurons';
import { fireRateClampedNeurons } from './manipulations/fireRateClampedNeurons';

export type { System } from './world/world';

export const SCHEDULE: ReadonlyArray<{ phase: SchedulePhase; run: System }> = [
  { phase: 'commands', run: applyCommands },
  { phase: 'trial timeline', run: advanceTrialTimeline },
  { phase: 'stimuli', run: applyStimuli },
  { phase: 'integrate', run: deliverSynapticInput },
  { phase: 'integrate', run: integrateNeurons },
  { phase: 'integrate', run: holdClampedNeurons },
  { phase: 'detect spikes', run: detectSpikes },
  { phase: 'detect spikes', run: fireRateClampedNeurons },
  { phase: 'contingencies', run: applyRewardContingencies },
  { phase: 'propagate', run: propagateSpikes },
  { phase: 'traces and plasticity', run: updatePlasticity },
  { phase: 'modulators', run: updateModulators },
  { phase: 'resets', run: resetSpikedNeurons },
  { phase: 'monitors', run: recordMonitors },
  { phase: 'monitors', run: recordIsiSpikes },
];

export type SchedulePhase =
  | 'commands' | 'trial timeline' | 'stimuli' | 'integrate' | 'detect spikes' | 'contingencies'
  | 'propagate' | 'traces and plasticity' | 'modulators' | 'resets' | 'monitors';

/** The engine's systems in order, as a world starts with them. */
export function engineSystems(): ScheduledSystem[] {
  return SCHEDULE.map((entry) => ({ phase: entry.phase, name: entry.run.name, run: entry.run }));
}

/**
 * Adds a circuit's system to this world's schedule, after the last system of `phase` (or before
 * the first, with position 'before'). Call it while spawning, before the first tick.
 */
export function installCircuitSystem(world: SimWorld, phase: SchedulePhase, run: System, position: 'before' | 'after' = 'after'): void {
  if (world.clock[0] !== 0) throw new Error('circuit systems are installed before the first tick');
  const systems = world.systems;
  const indices = systems.map((system, i) => (system.phase === phase ? i : -1)).filter((i) => i >= 0);
  if (indices.length === 0) throw new Error(`unknown schedule phase "${phase}"`);
  const at = position === 'before' ? indices[0] : indices[indices.length - 1] + 1;
  systems.splice(at, 0, { phase, name: run.name, run });
}

/** Simulates one tick. */
export function stepSim(world: SimWorld): void {
  const systems = world.systems;
  for (let i = 0; i < systems.length; i++) systems[i].run(world);
  world.clock[0] += 1;
}

/** Simulates `ticks` ticks. */
export function runTicks(world: SimWorld, ticks: number): void {
  for (let t = 0; t < ticks; t++) stepSim(world);
}
