/**
 * spawnLevel: the only path from level data to entities. Translates a validated Level into the
 * engine's NetworkSpec and TimelineSpec (src/levels/spawn/*), builds the world, installs the
 * timeline (its phase criteria once the circuits are in), synapse probes and adjustable parameters, switches off the stimuli that start off,
 * and applies the first phase's start commands (the state the level begins in; spawn/openingCommands.ts).
 * Problems come back as LevelErrors with paths; nothing throws past this function and no
 * half-built world is returned.
 */
import { phasesDurationMs } from '../sim/timeline/timelineDuration';
import { buildWorld } from '../sim/build/buildWorld';
import type { NetworkSpec } from '../sim/build/networkSpec';
import { stimulusIndex } from '../sim/stimuli/stimulusTable';
import { installTimeline } from '../sim/timeline/installTimeline';
import { compilePhaseCriteria } from '../sim/timeline/phaseCriteria';
import { timelineTotalTicks, trialTimelineOf } from '../sim/timeline/trialTimeline';
import type { SimWorld } from '../sim/world/world';
import type { LevelError } from './errors';
import { LevelRecorder } from './metrics/levelRecorder';
import type { Level } from './schema/level';
import type { LevelRun } from './spawn/levelRun';
import { addSynapseProbes, addTraceProbes, toMonitorSpecs } from './spawn/monitors';
import { toNeuronType, toPopulationSpec, toProjectionSpec } from './spawn/network';
import { installLevelParameters } from './spawn/setParameter';
import { createSpawnContext } from './spawn/spawnContext';
import { toStimuli } from './spawn/stimuli';
import { toTimelineSpec } from './spawn/timeline';
import { toRewardContingencySpec } from './spawn/contingencies';
import { SpecPathError } from '../sim/build/specPathError';
import { formatPath } from './errors';
import { installCircuits, prepareCircuits } from './spawn/circuits';
import { applyOpeningCommands, takeOpeningCommands } from './spawn/openingCommands';

export type SpawnResult = { ok: true; world: SimWorld; run: LevelRun } | { ok: false; errors: LevelError[] };

export interface SpawnOptions {
  /** Overrides the level's seed. */
  seed?: number;
  /**
   * Files the level refers to, keyed by the path the level writes (levelAssetPaths lists them; the
   * path is relative to the level file's folder): the CLI and tests read them from disk, the browser
   * fetches them or takes them from the files loaded with the level. A missing one is a LevelError at
   * its field.
   */
  assets?: ReadonlyMap<string, Uint8Array>;
}

export function spawnLevel(level: Level, options: SpawnOptions = {}): SpawnResult {
  try {
    return spawnUnsafe(level, options);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `the engine could not build the level: ${messageOf(error)}` }] };
  }
}

function messageOf(error: unknown): string {
  try { return error instanceof Error ? error.message : String(error); } catch { return 'unknown error'; }
}

function spawnUnsafe(level: Level, options: SpawnOptions): SpawnResult {
  const ctx = createSpawnContext(level, options.assets);
  const seed = options.seed ?? level.seed;
  const stimuli = toStimuli(ctx);
  const timeline = toTimelineSpec(ctx);
  const timelineSpec = { ...timeline.spec, stimulusWindows: stimuli.windows };
  const openingCommands = takeOpeningCommands(timelineSpec);
  const timelineMs = phasesDurationMs(timeline.spec.phases);
  const runMs = timelineMs > 0 ? timelineMs : level.durationMs;
  const networkSpec: NetworkSpec = {
    seed,
    dtMs: level.dtMs,
    neuronTypes: level.neuronTypes.map(toNeuronType),
    populations: level.populations.map(toPopulationSpec),
    projections: level.projections.map((projection, i) => toProjectionSpec(ctx, projection, i)),
    modulators: level.modulators.map((m) => ({
      name: m.id, kind: m.kind, baseline: m.baseline, tauMs: m.tauMs,
      ...(m.releasePerSpike !== undefined ? { releasePerSpike: m.releasePerSpike } : {}),
      ...(m.sources ? { sources: [...m.sources] } : {}),
    })),
    stimuli: [...stimuli.specs, ...timeline.pulseStimuli],
    monitors: toMonitorSpecs(ctx, runMs),
    rewardContingencies: level.rewardContingencies.map(toRewardContingencySpec),
  };
  prepareCircuits(ctx, networkSpec);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };

  let world: SimWorld;
  try {
    world = buildWorld(networkSpec);
    installTimeline(world, timelineSpec);
    installCircuits(ctx, world);
    compilePhaseCriteria(world);
  } catch (error) {
    // Errors only the drawn connectivity reveals (a synapse rank beyond a neuron's out-degree) carry a
    // path into the NetworkSpec, whose lists follow the level's, so it names the level's field.
    if (error instanceof SpecPathError) return { ok: false, errors: [{ path: formatPath(error.path), message: error.message }] };
    return { ok: false, errors: [{ path: '', message: `the engine could not build the level: ${messageOf(error)}` }] };
  }
  addSynapseProbes(ctx, world, runMs);
  addTraceProbes(ctx, world, runMs);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  for (const name of [...stimuli.startOff, ...timeline.pulseStimuli.map((s) => s.name)]) world.stimuli.enabled[stimulusIndex(world.stimuli, name)] = 0;
  installLevelParameters(world, level, parameterPaths(level));
  const openingErrors = applyOpeningCommands(world, level, openingCommands);
  if (openingErrors.length > 0) return { ok: false, errors: openingErrors };

  const timelineTicks = timeline.spec.phases.length > 0 ? timelineTotalTicksOf(world) : 0;
  const run: LevelRun = {
    level,
    seed,
    world,
    networkSpec,
    timelineSpec,
    timelineTicks,
    runTicks: timelineTicks > 0 ? timelineTicks : Math.round(level.durationMs / level.dtMs),
    recorder: new LevelRecorder(world, level.objectives, level.timeline, level.measures),
  };
  return { ok: true, world, run };
}

function timelineTotalTicksOf(world: SimWorld): number {
  const timeline = trialTimelineOf(world);
  return timeline ? timelineTotalTicks(timeline) : 0;
}

/** Paths setParameter may change: the player's, and those the timeline's and the player commands name. */
function parameterPaths(level: Level): string[] {
  const paths = level.playerParameters.map((p) => p.path);
  for (const session of level.timeline?.sessions ?? []) {
    for (const phase of session.phases) {
      const commands = [...(phase.commandsAtStart ?? []), ...(phase.commandsAtEnd ?? []),
        ...phase.trialTypes.flatMap((t) => t.events.flatMap((e) => (e.kind === 'command' ? [e.command] : [])))];
      for (const command of commands) if (command.type === 'setParameter') paths.push(command.path);
    }
  }
  for (const control of level.playerCommands) {
    for (const command of [control.command, control.undo]) if (command?.type === 'setParameter') paths.push(command.path);
  }
  return paths;
}
