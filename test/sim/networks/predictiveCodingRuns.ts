/**
 * Runs of the predictive-coding level's network (levels/predictive-coding.json) on sequences made
 * for one claim each: the level file is the model, and each run replaces only its timeline (the
 * sequence of beeps) and seed. Integration: LIF cells, exact exponential step at dt = 1 ms, current synapses
 * (τ 5 ms), a constant current per beep plus Gaussian noise current on the sound cells (stream noise); the teacher-guided delta rule on
 * the memory → prediction synapses (src/sim/plasticity/applyTeacherDelta.ts).
 */
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel, type RunResult } from '../../../src/levels/runLevel';

const LEVEL = JSON.parse(readFileSync(new URL('../../../levels/predictive-coding.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Beep = 'high' | 'low' | 'none';
export interface TrialKind { id: string; weight: number; beep: Beep; timesMs?: number[] }

const BEEP_STIMULUS: Record<Exclude<Beep, 'none'>, string> = { high: 'highBeep', low: 'lowBeep' };
export const TRIAL_MS = 500;
/** The level's population sizes: neurons 0-9 hear the high beep, 10-19 the low one. */
const HIGH = [0, 10] as const;
const LOW = [10, 20] as const;

function trialType(kind: TrialKind) {
  if (kind.beep === 'none') return { id: kind.id, weight: kind.weight, events: [] };
  const at = kind.timesMs ? { choicesMs: kind.timesMs } : { ms: 0 };
  return { id: kind.id, weight: kind.weight, events: [{ id: 'beep', kind: 'cue', target: BEEP_STIMULUS[kind.beep], at, durationMs: 50 }] };
}

/** Runs the level's network on `trials` trials drawn from the kinds (order as the level's timeline format does it). */
export function runSequence(seed: number, trials: number, kinds: readonly TrialKind[], order: 'weighted' | 'shuffled' | 'sequential' = 'shuffled'): RunResult {
  const level = structuredClone(LEVEL);
  level.timeline = { sessions: [{ id: 'main', phases: [{ id: 'sequence', trials, trialMs: TRIAL_MS, order, trialTypes: kinds.map(trialType) }] }] };
  level.objectives = [];
  level.measures = [];
  level.monitors = [{ id: 'spikes', kind: 'spikes' }];
  level.lesson = undefined;
  level.playerParameters = [];
  const loaded = loadLevel(level);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const run = runLevel(loaded.level, { seed });
  if (!run.ok) throw new Error(run.errors.map((e) => e.message).join('\n'));
  return run.result;
}

/** Eid offsets of the level's populations in spawn order (the all-population spike monitor reports eids − 1). */
const FIRST_INDEX: Record<string, number> = { sound: 0, lastBeat: 20, beatBefore: 30, prediction: 40, surprise: 60, missing: 80 };

/**
 * Spikes of `population` (neuron range within it) in [startMs, endMs) after each trial's start, one
 * count per trial, for the trials of the given type, in order.
 */
export function countsPerTrial(result: RunResult, population: string, range: readonly [number, number], type: string, startMs: number, endMs: number): number[] {
  const spikes = result.monitors.spikes;
  if (spikes.kind !== 'spikes') throw new Error('no spike monitor');
  const first = FIRST_INDEX[population] + range[0];
  const end = FIRST_INDEX[population] + range[1];
  const trials = result.trials.filter((t) => t.trialType === type);
  const counts = new Array<number>(trials.length).fill(0);
  let k = 0;
  for (let i = 0; i < spikes.timesMs.length; i++) {
    const neuron = spikes.neurons[i];
    if (neuron < first || neuron >= end) continue;
    const t = spikes.timesMs[i];
    while (k < trials.length && trials[k].endTick * result.dtMs <= t) k++;
    if (k === trials.length) break;
    const offset = t - trials[k].startTick * result.dtMs;
    if (offset >= startMs && offset < endMs) counts[k] += 1;
  }
  return counts;
}

export const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
export const neuronsOf = { high: HIGH, low: LOW, all: [0, 20] as const };
