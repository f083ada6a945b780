/**
 * Test harness for the spiking reward circuit: builds conditioning levels from the dopamine-acquisition
 * level (its neurons, dopamine pool and circuit parameters) with any number of named cues and any
 * trial timeline, runs them headless (network scheme: exact LIF step, dt 1 ms) and keeps, per trial,
 * the dopamine neurons' spike count on every tick plus the ticks of its cue onsets and rewards, so
 * tests measure rates in windows timed from the actual events of each trial (jitter included).
 */
import { readFileSync } from 'node:fs';
import { rewardCircuitsOf, Signal } from '../../../src/circuits/reward/rewardCircuit';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import type { Phase, TrialEvent, TrialType } from '../../../src/levels/schema/timeline';
import { populationByName } from '../../../src/sim/world/world';

const BASE = readFileSync(new URL('../../../levels/dopamine-acquisition.json', import.meta.url), 'utf8');
const TAPS = 8;
const CELLS_PER_TAP = 4;

export interface DopamineTrial {
  phase: string;
  type: string;
  startTick: number;
  /** Tick (from trial start) of each cue's onset in this trial, by cue name. */
  cueOnsetMs: Record<string, number>;
  /** Ticks (from trial start) of delivered rewards and of omitted ones (amount 0). */
  rewardMs: number[];
  omittedMs: number[];
  /** Dopamine-neuron spikes (all neurons) on each tick of the trial. */
  spikes: Uint16Array;
  /** The circuit's value readout V on each tick of the trial. */
  value: Float32Array;
  /** The circuit's TD error δ on each tick of the trial. */
  delta: Float32Array;
  /** The circuit's dopamine pool level on each tick of the trial. */
  dopamine: Float32Array;
  dopamineCount: number;
  dtMs: number;
}

/** Per-tick recordings of the trial being run, turned into typed arrays when it ends. */
interface Lists { spikeList: number[]; valueList: number[]; deltaList: number[]; dopamineList: number[] }

/** A cue of `name` (its stimulus is `${name}Cue`) on for durationMs from `ms` (or after another event). */
export function cue(name: string, ms: number, extra: Partial<Extract<TrialEvent, { kind: 'cue' }>> = {}): TrialEvent {
  return { id: name, kind: 'cue', target: `${name}Cue`, at: { ms }, durationMs: 500, ...extra };
}

/** A reward of `amount` ms after the onset of cue `after` (or from trial start without it). */
export function reward(amount: number, ms: number, after?: string, extra: Partial<Extract<TrialEvent, { kind: 'reward' }>> = {}): TrialEvent {
  return { id: 'reward', kind: 'reward', at: after === undefined ? { ms } : { after, ms }, amount, ...extra };
}

export function trialType(id: string, events: TrialEvent[], weight = 1): TrialType {
  return { id, weight, events };
}

export function phase(id: string, trials: number, types: TrialType[], order: Phase['order'] = 'shuffled', trialMs = 3000): Phase {
  return { id, trials, trialMs, intertrialMs: 0, order, trialTypes: types };
}

/** Runs a conditioning session with the given cues and phases; seed overrides the level's (7). */
export function runConditioning(cues: string[], phases: Phase[], seed = 7, circuit: Record<string, unknown> = {}): DopamineTrial[] {
  const raw = JSON.parse(BASE) as Record<string, unknown> & {
    populations: Array<Record<string, unknown>>; stimuli: Array<Record<string, unknown>>; circuits: Array<Record<string, unknown>>;
  };
  raw.id = 'reward-harness';
  raw.populations = raw.populations.filter((p) => p.id !== 'tone');
  raw.stimuli = raw.stimuli.filter((s) => s.id !== 'toneCue');
  cues.forEach((name, i) => {
    raw.populations.push({ id: name, type: 'sensory', count: 4, layout: { kind: 'line', x: 0, y: -2 * i, width: 4, height: 1 }, tags: ['Cue'] });
    raw.stimuli.push({ id: `${name}Cue`, kind: 'constantCurrent', target: name, amplitudePa: 400, initiallyActive: false });
  });
  const timeCells = raw.populations.find((p) => p.id === 'timeCells')!;
  timeCells.count = cues.length * TAPS * CELLS_PER_TAP;
  timeCells.layout = { kind: 'grid', x: 0, y: 3, width: 8, height: cues.length * CELLS_PER_TAP };
  Object.assign(raw.circuits[0], { cues: cues.map((c) => `${c}Cue`), taps: TAPS }, circuit);
  raw.timeline = { sessions: [{ id: 'session', phases }] };
  raw.monitors = [];
  raw.objectives = [];
  delete raw.lesson;
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));

  const trials: DopamineTrial[] = [];
  let open: (DopamineTrial & Lists) | null = null;
  const outcome = runLevel(loaded.level, {
    seed,
    onTick: (world) => {
      const vta = populationByName(world, 'vta');
      const circuit = rewardCircuitsOf(world)[0];
      // A trial ends on the tick the next one starts: close it before opening the next.
      for (const event of world.events) {
        if (event.type === 'trialEnded' && open) {
          const { spikeList, valueList, deltaList, dopamineList, ...rest } = open;
          trials.push({ ...rest, spikes: Uint16Array.from(spikeList), value: Float32Array.from(valueList), delta: Float32Array.from(deltaList), dopamine: Float32Array.from(dopamineList) });
          open = null;
        } else if (event.type === 'trialStarted') {
          open = { phase: event.phase, type: event.trialType, startTick: event.tick, cueOnsetMs: {}, rewardMs: [], omittedMs: [], spikes: new Uint16Array(0), value: new Float32Array(0), delta: new Float32Array(0), dopamine: new Float32Array(0), dopamineCount: vta.count, dtMs: world.dtMs, spikeList: [], valueList: [], deltaList: [], dopamineList: [] };
        }
      }
      if (!open) return;
      const t: DopamineTrial & Lists = open;
      const atMs = (tick: number) => (tick - t.startTick) * world.dtMs;
      for (const event of world.events) {
        if (event.type === 'stimulusChanged' && event.on && event.stimulus.endsWith('Cue')) t.cueOnsetMs[event.stimulus.slice(0, -3)] ??= atMs(event.tick);
        else if (event.type === 'rewardDelivered') t.rewardMs.push(atMs(event.tick));
        else if (event.type === 'rewardOmitted') t.omittedMs.push(atMs(event.tick));
      }
      let spikes = 0;
      for (let e = vta.firstEid; e < vta.firstEid + vta.count; e++) spikes += world.neurons.spiked[e];
      t.spikeList.push(spikes);
      t.valueList.push(circuit.signals[Signal.value]);
      t.deltaList.push(circuit.signals[Signal.delta]);
      t.dopamineList.push(world.modulators.level[circuit.pool]);
    },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return trials;
}

/** Mean dopamine-neuron rate (Hz) in [fromMs + startMs, fromMs + endMs) of the trial (ms from trial start). */
export function rateHz(trial: DopamineTrial, fromMs: number, startMs: number, endMs: number): number {
  const a = Math.max(0, Math.round((fromMs + startMs) / trial.dtMs));
  const b = Math.min(trial.spikes.length, Math.round((fromMs + endMs) / trial.dtMs));
  let spikes = 0;
  for (let i = a; i < b; i++) spikes += trial.spikes[i];
  return b > a ? (spikes * 1000) / (trial.dopamineCount * (b - a) * trial.dtMs) : Number.NaN;
}

/** Rate in the 250 ms after a cue's onset in this trial. */
export const cueRateHz = (trial: DopamineTrial, cueName: string) => rateHz(trial, onset(trial, cueName), 0, 250);

export function onset(trial: DopamineTrial, cueName: string): number {
  const ms = trial.cueOnsetMs[cueName];
  if (ms === undefined) throw new Error(`trial ${trial.type} of ${trial.phase} has no cue ${cueName}`);
  return ms;
}

/** Value readout V at a time (ms) in the trial. */
export const valueAt = (trial: DopamineTrial, ms: number) => trial.value[Math.min(trial.value.length - 1, Math.round(ms / trial.dtMs))];

/** Rate before any cue of the trial: [0, first onset) (ms), the tonic baseline. */
export function baselineHz(trial: DopamineTrial): number {
  const first = Math.min(...Object.values(trial.cueOnsetMs), ...trial.rewardMs, trial.spikes.length * trial.dtMs);
  return rateHz(trial, 0, 0, first);
}

export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Trials of a phase (and a trial type). */
export const trialsOf = (trials: DopamineTrial[], phaseId: string, type?: string) => trials.filter((t) => t.phase === phaseId && (type === undefined || t.type === type));
