/**
 * Runs an eyeblink protocol headless on the bare circuit (tests, bench, scripted experiments):
 * builds the world, installs the timeline and the circuit, runs every trial and returns the record.
 */
import { buildWorld, runTicks, type SimWorld } from '../../sim';
import { installTimeline, timelineTotalTicks, trialTimelineOf } from '../../sim/timeline';
import { DEFAULT_CEREBELLUM_PARAMS, type CerebellumParams } from './cerebellumParams';
import { cerebellumNetworkSpec } from './cerebellumNetwork';
import { installCerebellum, type CerebellumHandle } from './installCerebellum';
import { eyeblinkTimeline, type EyeblinkPhase } from './eyeblinkTimeline';
import { eyeblinkTrials, type EyeblinkTrial } from './eyeblinkRecord';
import { finishTrial } from './recordEyeblinkTrials';

export interface EyeblinkSession {
  world: SimWorld;
  handle: CerebellumHandle;
  trials: EyeblinkTrial[];
}

export function runEyeblinkSession(phases: EyeblinkPhase[], seed: number, params: Partial<CerebellumParams> = {}): EyeblinkSession {
  const p = { ...DEFAULT_CEREBELLUM_PARAMS, ...params };
  const world = buildWorld(cerebellumNetworkSpec(p, seed));
  installTimeline(world, eyeblinkTimeline(phases));
  const handle = installCerebellum(world, p);
  const total = timelineTotalTicks(trialTimelineOf(world)!);
  for (let done = 0; done < total; done += 1000) {
    runTicks(world, Math.min(1000, total - done));
    world.events.length = 0;
  }
  finishTrial(world, handle.record, handle.state);
  return { world, handle, trials: eyeblinkTrials(handle.record) };
}

/**
 * Trials to criterion: the number of trials up to and including the end of the first run of
 * `spanTrials` trials with ≥ fraction CRs (at least `spanTrials`); −1 if never.
 */
export function trialsToCriterion(trials: readonly EyeblinkTrial[], fraction = 0.8, spanTrials = 10): number {
  let count = 0;
  for (let i = 0; i < trials.length; i++) {
    if (trials[i].cr) count++;
    if (i >= spanTrials && trials[i - spanTrials].cr) count--;
    if (i >= spanTrials - 1 && count >= fraction * spanTrials) return i + 1;
  }
  return -1;
}
