/**
 * runLevel: runs a level headless, from spawn to the end of its timeline (or durationMs, or a
 * number of trials), and returns a JSON-serialisable RunResult. The CLI (npm run sim) adds wall time.
 *
 * RunResult fields:
 * - levelId, seed: the level and the seed actually used (options.seed overrides the level's).
 * - dtMs, ticks, simulatedMs: the time step, ticks simulated, and ticks × dtMs.
 * - stopReason: 'timeline' (its last trial ended), 'trials' (options.trials reached), 'duration'
 *   (options.ticks or options.durationMs, or the level's durationMs without a timeline), 'goal' (with
 *   options.stopWhenGoalMet: every objective was met at the end of a trial, or of a simulated second).
 * - trials: one record per completed trial: index (over the whole timeline), session, phase,
 *   trialInPhase, trialType, startTick, endTick (exclusive) and metrics (objective id → its metric
 *   over that trial, null when undefined, e.g. the mean weight of a projection with no synapses).
 * - phases: per timeline phase { session, phase, trials (trials that ended), maxTrials, criterion }:
 *   criterion is 'met' when the phase's `until` criterion ended it, 'maxTrials' when it ran its
 *   maximum without meeting it, 'notReached' when the run stopped first, null without a criterion.
 * - objectives: per objective { id, description, metric, comparison, threshold, value, met } over its
 *   span (last N trials, all trials, or a window); value null when the span was not reached.
 * - measures: per level measure { id, metric, value } over its span (recorded without a goal).
 * - monitors: per level monitor id, its recorded series:
 *     probe → { kind: 'probe', state, indices, timesMs, values (one row per sample) },
 *     rate  → { kind: 'rate', population, binMs, binStartMs, rateHz } (completed bins),
 *     spikes → { kind: 'spikes', population, total, timesMs, neurons } (neuron index within the
 *     population; the last spikes kept by the ring, which holds ~131k spikes of the whole network),
 *     trace → { kind: 'trace', signal, circuit, label, unit, timesMs, values } (one value per sample).
 * - commandLog: every command applied, { tick, command }; commands the timeline sent carry
 *   `source: 'timeline'` (replaying a run sends only the others).
 * - events: how many of each event type were emitted.
 * - stateHash: hashWorldState at the end (FNV-1a over every registered state array): two runs of
 *   the same (level, seed, commands) give the same hash.
 */
import type { SimCommand } from '../sim/commands/commandQueue';
import { stepSim } from '../sim/schedule';
import { hashWorldState } from '../sim/snapshot';
import { closeTrialWithoutTick } from './closeTrial';
import { timelineStatus } from '../sim/timeline/trialTimeline';
import type { SimWorld } from '../sim/world/world';
import type { LevelError } from './errors';
import type { TrialRecord } from './metrics/levelRecorder';
import { phaseSummaries, type PhaseSummary } from './metrics/phaseSummary';
import { evaluateMeasures, evaluateObjectives, type MeasureOutcome, type ObjectiveOutcome } from './objectives/evaluateObjectives';
import { GoalWatch } from './objectives/goalWatch';
import type { Level } from './schema/level';
import { spikeMonitorPopulation } from './spawn/monitors';
import { circuitTraceSignal } from '../circuits/registry';
import { spawnLevel } from './spawnLevel';
import type { LevelRun } from './spawn/levelRun';

export interface RunOptions {
  seed?: number;
  /** Stop after this much simulated time (instead of the end of the timeline). */
  durationMs?: number;
  /** Stop when this many trials have ended. */
  trials?: number;
  /**
   * Stop after exactly this many ticks, wherever the timeline is (a replay of a recorded run: the
   * page keeps stepping after the timeline's end, so the replay must too). Wins over durationMs and trials.
   */
  ticks?: number;
  /** Commands to send, each before the given tick is simulated (applied at that tick). */
  commands?: ReadonlyArray<{ tick: number; command: SimCommand }>;
  /** Called after each tick, before the tick's events are cleared. */
  onTick?: (world: SimWorld) => void;
  /** Called once with the world when the run has ended (e.g. to export a circuit's audio). */
  onFinish?: (world: SimWorld) => void;
  /** Files the level refers to, keyed by the paths the level writes (see SpawnOptions.assets, levelAssetPaths). */
  assets?: ReadonlyMap<string, Uint8Array>;
  /** Stop as soon as every objective is met (checked at each trial end; see GoalWatch), as the page does in the campaign. */
  stopWhenGoalMet?: boolean;
}

export type MonitorSeries =
  | { kind: 'probe'; state: string; indices: number[]; timesMs: number[]; values: number[][] }
  | { kind: 'rate'; population: string; binMs: number; binStartMs: number[]; rateHz: number[] }
  | { kind: 'spikes'; population: string | null; total: number; timesMs: number[]; neurons: number[] }
  | { kind: 'trace'; signal: string; circuit: string; label: string; unit: string; timesMs: number[]; values: number[] };

export interface RunResult {
  levelId: string;
  seed: number;
  dtMs: number;
  ticks: number;
  simulatedMs: number;
  stopReason: 'timeline' | 'trials' | 'duration' | 'goal';
  trials: TrialRecord[];
  phases: PhaseSummary[];
  objectives: ObjectiveOutcome[];
  measures: MeasureOutcome[];
  monitors: Record<string, MonitorSeries>;
  commandLog: Array<{ tick: number; command: SimCommand }>;
  /** Commands the world rejected (timeline, player or options.commands), with its reason: nothing is dropped silently. */
  rejectedCommands: RejectedCommand[];
  events: Record<string, number>;
  stateHash: string;
}

export interface RejectedCommand { tick: number; command: { type: string }; reason: string }

/** Keeps the tick's commandRejected events (before the run clears the tick's events). */
function keepRejected(world: SimWorld, into: RejectedCommand[]): void {
  for (const event of world.events) {
    if (event.type === 'commandRejected') into.push({ tick: event.tick, command: event.command, reason: event.reason });
  }
}

export type RunOutcome = { ok: true; result: RunResult } | { ok: false; errors: LevelError[] };

export function runLevel(level: Level, options: RunOptions = {}): RunOutcome {
  const spawned = spawnLevel(level, { seed: options.seed, ...(options.assets ? { assets: options.assets } : {}) });
  if (!spawned.ok) return spawned;
  return runSpawnedLevel(spawned, options);
}

/**
 * Runs an already spawned level (the CLI spawns first to report every problem, as validate does, and
 * then runs that world); `options.seed` and `options.assets` were the spawn's business.
 */
export function runSpawnedLevel(spawned: { world: SimWorld; run: LevelRun }, options: Omit<RunOptions, 'seed' | 'assets'> = {}): RunOutcome {
  const { world, run } = spawned;
  const { level } = run;
  const { recorder } = run;
  const exactTicks = options.ticks;
  const trialsToRun = exactTicks === undefined ? options.trials : undefined;
  const maxTicks = exactTicks ?? (options.durationMs !== undefined ? Math.round(options.durationMs / world.dtMs)
    : trialsToRun !== undefined || run.timelineTicks > 0 ? Number.POSITIVE_INFINITY : run.runTicks);
  const commands = [...(options.commands ?? [])].sort((a, b) => a.tick - b.tick);
  let nextCommand = 0;
  const rejectedCommands: RejectedCommand[] = [];
  let stopReason: RunResult['stopReason'] = 'duration';
  const goalWatch = options.stopWhenGoalMet ? new GoalWatch(run) : null;
  for (;;) {
    const tick = world.clock[0];
    const untilTimelineEnds = exactTicks === undefined && options.durationMs === undefined && run.timelineTicks > 0;
    if (untilTimelineEnds && timelineStatus(world)?.stage === 'done') { stopReason = 'timeline'; break; }
    const status = timelineStatus(world);
    const lastTrialEnds = trialsToRun !== undefined && status?.stage === 'trial' && tick >= status.trialEndTick
      && recorder.trials.length + 1 >= trialsToRun;
    if ((untilTimelineEnds && tick >= run.timelineTicks) || lastTrialEnds) {
      // The trial (or the timeline) ended with the previous tick: close it without simulating another.
      closeTrialWithoutTick(world);
      recorder.handleEvents(world);
      options.onTick?.(world);
      keepRejected(world, rejectedCommands);
      world.events.length = 0;
      stopReason = goalWatch?.afterTick() ? 'goal' : lastTrialEnds ? 'trials' : 'timeline';
      break;
    }
    if (trialsToRun !== undefined && recorder.trials.length >= trialsToRun) { stopReason = 'trials'; break; }
    if (tick >= maxTicks) { stopReason = 'duration'; break; }
    while (nextCommand < commands.length && commands[nextCommand].tick <= tick) world.commands.send(commands[nextCommand++].command);
    stepSim(world);
    recorder.afterTick(world);
    options.onTick?.(world);
    keepRejected(world, rejectedCommands);
    world.events.length = 0;
    if (goalWatch?.afterTick()) { stopReason = 'goal'; break; }
  }
  options.onFinish?.(world);
  return {
    ok: true,
    result: {
      levelId: level.id,
      seed: run.seed,
      dtMs: world.dtMs,
      ticks: world.clock[0],
      simulatedMs: world.clock[0] * world.dtMs,
      stopReason,
      trials: recorder.trials,
      phases: phaseSummaries(world, recorder.trials),
      objectives: evaluateObjectives(level, run),
      measures: evaluateMeasures(level, run),
      monitors: monitorSeries(level, world),
      commandLog: world.commands.log.map((entry) => ({ tick: entry.tick, command: entry.command })),
      rejectedCommands,
      events: { ...recorder.eventCounts },
      stateHash: hashWorldState(world),
    },
  };
}

function monitorSeries(level: Level, world: SimWorld): Record<string, MonitorSeries> {
  const out: Record<string, MonitorSeries> = {};
  const dt = world.dtMs;
  for (const monitor of level.monitors) {
    if (monitor.kind === 'spikes') {
      const { firstIndex, count } = spikeMonitorPopulation(world, monitor);
      const timesMs: number[] = [];
      const neurons: number[] = [];
      world.monitors.spikes.forEachSince(0, (tick, neuron) => {
        if (neuron < firstIndex || neuron >= firstIndex + count) return;
        timesMs.push(tick * dt);
        neurons.push(neuron - firstIndex);
      });
      const total = monitor.population === undefined ? world.monitors.spikes.written
        : world.monitors.spikeCountByPopulation[world.populations.findIndex((p) => p.name === monitor.population)];
      out[monitor.id] = { kind: 'spikes', population: monitor.population ?? null, total, timesMs, neurons };
    } else if (monitor.kind === 'rate') {
      const rate = world.monitors.rates.find((r) => r.name === monitor.id);
      if (rate) out[monitor.id] = { kind: 'rate', population: monitor.population, binMs: rate.binMs, ...rate.series() };
    } else if (monitor.kind === 'trace') {
      const probe = world.monitors.probes.find((p) => p.name === monitor.id);
      if (!probe) continue;
      const series = probe.series();
      const signal = circuitTraceSignal(monitor.signal);
      if (!signal) continue;
      const circuit = monitor.circuit ?? level.circuits.find((c) => c.kind === signal.circuitKind)?.id ?? signal.circuitKind;
      out[monitor.id] = { kind: 'trace', signal: monitor.signal, circuit, label: signal.label, unit: signal.unit, timesMs: series.ticks.map((t) => t * dt), values: series.values.map((row) => row[0]) };
    } else {
      const probe = world.monitors.probes.find((p) => p.name === monitor.id);
      if (!probe) continue;
      const series = probe.series();
      out[monitor.id] = { kind: 'probe', state: probe.stateName, indices: Array.from(probe.indices), timesMs: series.ticks.map((t) => t * dt), values: series.values };
    }
  }
  return out;
}
