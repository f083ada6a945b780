/**
 * Spawns the eyeblink circuit's runtime into a built world: its state, its systems (granule time
 * basis, learning rules, eyelid plant, trial record, ISI setting) and its commands. The world must
 * have been built from cerebellumNetworkParts (names in cerebellumNetwork.ts) and, when a trial
 * timeline is used, have it installed first. Call before the first tick.
 */
import { addCircuitEntity, installCircuitSystem, type SimWorld } from '../../sim';
import { trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { CerebellumParams } from './cerebellumParams';
import { CEREBELLUM_STATE, createCerebellumState, csIndexOf, type CerebellumState } from './cerebellumState';
import { driveGranuleCells } from './driveGranuleCells';
import { applyCerebellarPlasticity } from './applyCerebellarPlasticity';
import { moveEyelid } from './moveEyelid';
import { driveCsOnsetBurst } from './driveCsOnsetBurst';
import { EYEBLINK_RECORD, recordEyeblinkTrials } from './recordEyeblinkTrials';
import { createEyeblinkRecord, type EyeblinkRecord } from './eyeblinkRecord';
import { PUFF_EVENTS, applyIsiSetting, collectPuffEvents } from './applyIsiSetting';
import { defineCerebellumCommands } from './cerebellumCommands';

export interface CerebellumHandle {
  /** The circuit's entity (Circuit component, kind 'cerebellum'). */
  readonly eid: number;
  readonly state: CerebellumState;
  readonly record: EyeblinkRecord;
}

export interface CerebellumOptions {
  /** ISI setting (ms) at the start, for the puffs of `isiCs`'s trial types. */
  isiMs?: number;
  /** The CS (by name) that isiMs, and a setIsiMs without a cs, retime; optional with one CS. */
  isiCs?: string;
}

/** The CS index an ISI setting without a cs applies to: the named one, the only one, or −1 (several, none named). */
function defaultIsiCs(state: CerebellumState, isiCs: string | undefined): number {
  if (isiCs === undefined) return state.csStimuli.length === 1 ? 0 : -1;
  const c = csIndexOf(state, isiCs);
  if (c < 0) throw new Error(`isiCs "${isiCs}" is not one of its CSs (${state.params.conditionedStimuli.map((cs) => cs.name).join(', ')})`);
  return c;
}

export function installCerebellum(world: SimWorld, params: CerebellumParams, options: CerebellumOptions = {}): CerebellumHandle {
  const timeline = trialTimelineOf(world);
  const phases = timeline?.phases ?? [];
  const maxTrialMs = Math.max(1000, ...phases.map((p) => p.trialTicks * world.dtMs));
  const trials = Math.max(1, phases.reduce((sum, p) => sum + p.trials, 0));
  const state = createCerebellumState(world, params, maxTrialMs);
  params.conditionedStimuli.forEach((cs, c) => {
    if (state.csStimuli[c] < 0) throw new Error(`the eyeblink circuit needs a stimulus named "${cs.name}" (its conditioned stimulus)`);
    world.stimuli.enabled[state.csStimuli[c]] = 0;
  });
  if (state.puffStimulus < 0) throw new Error('the eyeblink circuit needs a stimulus named "puff"');
  world.stimuli.enabled[state.puffStimulus] = 0;
  const isiCs = defaultIsiCs(state, options.isiCs);
  if (options.isiMs !== undefined) {
    if (isiCs < 0) throw new Error('isiMs needs isiCs when the circuit has several CSs (which CS\'s puffs it retimes)');
    state.isiMs[isiCs] = options.isiMs;
  }
  world.state.set(CEREBELLUM_STATE, state);
  const record = createEyeblinkRecord(world, trials, maxTrialMs);
  world.state.set(EYEBLINK_RECORD, record);
  world.state.set(PUFF_EVENTS, collectPuffEvents(phases.flatMap((phase) => phase.trialTypes), state.csStimuli, state.puffStimulus));
  defineCerebellumCommands(world, isiCs);
  installCircuitSystem(world, 'trial timeline', applyIsiSetting, 'before');
  installCircuitSystem(world, 'stimuli', driveCsOnsetBurst);
  installCircuitSystem(world, 'detect spikes', driveGranuleCells, 'before');
  installCircuitSystem(world, 'traces and plasticity', applyCerebellarPlasticity);
  installCircuitSystem(world, 'traces and plasticity', moveEyelid);
  installCircuitSystem(world, 'monitors', recordEyeblinkTrials);
  return { eid: addCircuitEntity(world, 'cerebellum'), state, record };
}
