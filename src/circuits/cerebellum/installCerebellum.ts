/**
 * Spawns the eyeblink circuit's runtime into a built world: its state, its systems (granule time
 * basis, learning rules, eyelid plant, trial record, ISI setting) and its commands. The world must
 * have been built from cerebellumNetworkParts (names in cerebellumNetwork.ts) and, when a trial
 * timeline is used, have it installed first. Call before the first tick.
 */
import { addCircuitEntity, installCircuitSystem, type SimWorld } from '../../sim';
import { ActionKind, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { CerebellumParams } from './cerebellumParams';
import { CEREBELLUM_STATE, createCerebellumState, type CerebellumState } from './cerebellumState';
import { driveGranuleCells } from './driveGranuleCells';
import { applyCerebellarPlasticity } from './applyCerebellarPlasticity';
import { moveEyelid } from './moveEyelid';
import { EYEBLINK_RECORD, recordEyeblinkTrials } from './recordEyeblinkTrials';
import { createEyeblinkRecord, type EyeblinkRecord } from './eyeblinkRecord';
import { PUFF_EVENTS, applyIsiSetting, type PuffEvents } from './applyIsiSetting';
import { defineCerebellumCommands } from './cerebellumCommands';

export interface CerebellumHandle {
  /** The circuit's entity (Circuit component, kind 'cerebellum'). */
  readonly eid: number;
  readonly state: CerebellumState;
  readonly record: EyeblinkRecord;
}

export function installCerebellum(world: SimWorld, params: CerebellumParams, options: { isiMs?: number } = {}): CerebellumHandle {
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
  if (options.isiMs !== undefined) state.isiMs[0] = options.isiMs;
  world.state.set(CEREBELLUM_STATE, state);
  const record = createEyeblinkRecord(world, trials, maxTrialMs);
  world.state.set(EYEBLINK_RECORD, record);
  const puffEvents: PuffEvents = [];
  for (const phase of phases) {
    for (const type of phase.trialTypes) {
      for (const event of type.events) {
        const timesPuff = (event.action === ActionKind.stimulusOn || event.action === ActionKind.stimulusFor) && event.target === state.puffStimulus;
        if (timesPuff && event.choicesMs === null) puffEvents.push({ event: event as unknown as { ms: number }, timelineMs: event.ms });
      }
    }
  }
  world.state.set(PUFF_EVENTS, puffEvents);
  defineCerebellumCommands(world);
  installCircuitSystem(world, 'trial timeline', applyIsiSetting, 'before');
  installCircuitSystem(world, 'detect spikes', driveGranuleCells, 'before');
  installCircuitSystem(world, 'traces and plasticity', applyCerebellarPlasticity);
  installCircuitSystem(world, 'traces and plasticity', moveEyelid);
  installCircuitSystem(world, 'monitors', recordEyeblinkTrials);
  return { eid: addCircuitEntity(world, 'cerebellum'), state, record };
}
