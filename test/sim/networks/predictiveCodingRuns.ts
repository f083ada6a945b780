/**
 * Runs of the predictive-coding level's network (levels/predictive-coding.json) on sequences made
 * for one claim each: the level file is the model, and each run replaces only its timeline (the
 * sequence of beeps) and seed. Integration: LIF cells, exact exponential step at dt = 1 ms, current synapses
 * (τ 5 ms), a constant current per beep plus Gaussian noise current on the sound cells (stream noise); the teacher-guided delta rule on
 * the memory → prediction synapses (src/sim/plasticity/applyTeacherDelta.ts). Everything a count
 * depends on is read from the level or the spawned world: the trial length from the level's timeline,
 * which sound cells each beep drives from its stimulus, and each population's spike-monitor rows from
 * the world's spawn order. The control runs switch the prediction synapses' learning off (η = 0).
 */
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel, type RunResult } from '../../../src/levels/runLevel';

interface LevelData {
  timeline: { sessions: Array<{ phases: Array<{ trialMs: number }> }> };
  stimuli: Array<{ id: string; neurons?: number[] }>;
  projections: Array<{ id: string; plasticity?: { rule: string; learningRate?: number } }>;
  [key: string]: unknown;
}

const LEVEL = JSON.parse(readFileSync(new URL('../../../levels/predictive-coding.json', import.meta.url), 'utf8')) as LevelData;

type Beep = 'high' | 'low' | 'none';
export interface TrialKind { id: string; weight: number; beep: Beep; timesMs?: number[] }

const BEEP_STIMULUS: Record<Exclude<Beep, 'none'>, string> = { high: 'highBeep', low: 'lowBeep' };
/** The level's trial length (its beeps come one per trial). */
export const TRIAL_MS = LEVEL.timeline.sessions[0].phases[0].trialMs;

/** The contiguous neuron range [first, end) a beep's stimulus drives (error cell k answers sound cell k). */
function beepNeurons(stimulus: string): readonly [number, number] {
  const neurons = LEVEL.stimuli.find((s) => s.id === stimulus)?.neurons;
  if (!neurons || neurons.length === 0) throw new Error(`stimulus ${stimulus} lists no neurons`);
  const first = Math.min(...neurons);
  const end = Math.max(...neurons) + 1;
  if (end - first !== neurons.length) throw new Error(`stimulus ${stimulus} drives a non-contiguous set of neurons`);
  return [first, end];
}

/** When a beep sounds in its trial (unless the kind gives times to draw from): the windows count from here. */
export const BEEP_AT_MS = 0;

function trialType(kind: TrialKind) {
  if (kind.beep === 'none') return { id: kind.id, weight: kind.weight, events: [] };
  const at = kind.timesMs ? { choicesMs: kind.timesMs } : { ms: BEEP_AT_MS };
  return { id: kind.id, weight: kind.weight, events: [{ id: 'beep', kind: 'cue', target: BEEP_STIMULUS[kind.beep], at, durationMs: 50 }] };
}

/** A run's result with each population's first row in the spike monitor (eid − 1 of its first neuron). */
export interface SequenceRun extends RunResult {
  readonly firstRow: ReadonlyMap<string, number>;
}

/** The projections whose teacher-guided learning the control runs switch off. */
const LEARNING_PROJECTIONS = LEVEL.projections.filter((p) => p.plasticity?.rule === 'teacherDelta').map((p) => p.id);

/**
 * Runs the level's network on `trials` trials drawn from the kinds (order as the level's timeline format
 * does it). learning: false sets η = 0 on every teacherDelta projection (the prediction synapses stay as spawned).
 */
export function runSequence(seed: number, trials: number, kinds: readonly TrialKind[], order: 'weighted' | 'shuffled' | 'sequential' = 'shuffled', learning = true): SequenceRun {
  const level = structuredClone(LEVEL);
  level.timeline = { sessions: [{ id: 'main', phases: [{ id: 'sequence', trials, trialMs: TRIAL_MS, order, trialTypes: kinds.map(trialType) }] }] } as unknown as LevelData['timeline'];
  level.objectives = [];
  level.measures = [];
  level.monitors = [{ id: 'spikes', kind: 'spikes' }];
  level.lesson = undefined;
  level.playerParameters = [];
  if (LEARNING_PROJECTIONS.length === 0) throw new Error('the level has no teacherDelta projection');
  if (!learning) for (const p of level.projections) if (LEARNING_PROJECTIONS.includes(p.id)) p.plasticity!.learningRate = 0;
  const loaded = loadLevel(level);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const firstRow = new Map<string, number>();
  const run = runLevel(loaded.level, { seed, onFinish: (world) => { for (const p of world.populations) firstRow.set(p.name, p.firstEid - 1); } });
  if (!run.ok) throw new Error(run.errors.map((e) => e.message).join('\n'));
  return { ...run.result, firstRow };
}

/**
 * Spikes of `population` (neuron range within it) in [startMs, endMs) after each trial's start, one
 * count per trial, for the trials of the given type, in order.
 */
export function countsPerTrial(result: SequenceRun, population: string, range: readonly [number, number], type: string, startMs: number, endMs: number): number[] {
  const spikes = result.monitors.spikes;
  if (spikes.kind !== 'spikes') throw new Error('no spike monitor');
  const row = result.firstRow.get(population);
  if (row === undefined) throw new Error(`no population ${population}`);
  const first = row + range[0];
  const end = row + range[1];
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
const HIGH = beepNeurons('highBeep');
const LOW = beepNeurons('lowBeep');
export const neuronsOf = { high: HIGH, low: LOW, all: [Math.min(HIGH[0], LOW[0]), Math.max(HIGH[1], LOW[1])] as const };
