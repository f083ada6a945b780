/**
 * Trial timelines of classic eyeblink protocols as engine TimelineSpecs (for tests and the bench;
 * levels write the same in their own format). A paired trial: tone from 0 to the end of the trial
 * (delay conditioning), a 20 ms puff at the ISI. A probe: the tone alone. Every `probeEvery`-th
 * trial of a paired phase is a probe (sequential order), as in the lab.
 */
import type { TimelinePhaseSpec, TimelineSpec, TimelineTrialTypeSpec } from '../../sim/timeline';
import type { SimCommand } from '../../sim';
import { STIMULUS } from './cerebellumNetwork';

export const PUFF_MS = 20;

export interface EyeblinkPhase {
  name: string;
  kind: 'paired' | 'toneAlone' | 'puffAlone';
  trials: number;
  isiMs: number;
  /** One probe every this many trials in a paired phase (0: none). */
  probeEvery?: number;
  /** Tone lasts at least this long after the ISI (ms; default 400), so probes show the whole CR. */
  afterIsiMs?: number;
  intertrialMs?: number;
  /** Commands at the phase's start (a lesion after training, learning switched off, ...). */
  commandsAtStart?: SimCommand[];
}

const tone = (durationMs: number) => ({ ms: 0, action: { kind: 'stimulusFor' as const, stimulus: STIMULUS.tone, durationMs } });
const puff = (ms: number) => ({ ms, action: { kind: 'stimulusFor' as const, stimulus: STIMULUS.puff, durationMs: PUFF_MS } });

export function eyeblinkPhase(p: EyeblinkPhase): TimelinePhaseSpec {
  const trialMs = Math.max(p.isiMs, 150) + (p.afterIsiMs ?? 400);
  const paired: TimelineTrialTypeSpec = { name: 'paired', weight: 1, events: [tone(trialMs), puff(p.isiMs)] };
  const probe: TimelineTrialTypeSpec = { name: 'probe', weight: 1, events: [tone(trialMs)] };
  const puffAlone: TimelineTrialTypeSpec = { name: 'puffAlone', weight: 1, events: [puff(p.isiMs)] };
  let trialTypes: TimelineTrialTypeSpec[];
  if (p.kind === 'toneAlone') trialTypes = [probe];
  else if (p.kind === 'puffAlone') trialTypes = [puffAlone];
  else if (p.probeEvery && p.probeEvery > 1) trialTypes = [{ ...paired, weight: p.probeEvery - 1 }, probe];
  else trialTypes = [paired];
  const phase: TimelinePhaseSpec = { name: p.name, session: p.name, trials: p.trials, trialMs, intertrialMs: p.intertrialMs ?? 300, order: 'sequential', trialTypes };
  return p.commandsAtStart ? { ...phase, commandsAtStart: p.commandsAtStart } : phase;
}

export function eyeblinkTimeline(phases: EyeblinkPhase[]): TimelineSpec {
  return { phases: phases.map(eyeblinkPhase) };
}
