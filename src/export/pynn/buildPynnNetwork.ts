/**
 * Level → PynnNetwork. The level is spawned exactly as the game spawns it, so every per-neuron
 * parameter, initial state, synapse, weight and delay is the one our engine would simulate; the
 * translators turn them into PyNN's terms and list what PyNN cannot express.
 */
import type { Level } from '../../levels/schema/level';
import { spawnLevel } from '../../levels/spawnLevel';
import { formatLevelError } from '../../levels/errors';
import { listLevelParts } from './levelParts';
import { LevelPaths } from './levelPaths';
import { translatePopulation } from './populations';
import { translateProjection } from './projections';
import type { PynnNetwork, PynnProjection } from './pynnNetwork';
import { translateMonitors } from './recordings';
import { translateStimuli } from './stimuli';
import { UnsupportedList } from './unsupportedList';

export interface PynnExportOptions {
  seed?: number;
  /** Run length in ms (default: the level's run length: its timeline's, or durationMs). */
  durationMs?: number;
  /** Files the level refers to (a circuit's WAV tutor), as spawnLevel takes them. */
  assets?: ReadonlyMap<string, Uint8Array>;
}

export type PynnBuildResult = { ok: true; network: PynnNetwork } | { ok: false; errors: string[] };

export function buildPynnNetwork(level: Level, options: PynnExportOptions = {}): PynnBuildResult {
  const spawned = spawnLevel(level, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.assets ? { assets: options.assets } : {}),
  });
  if (!spawned.ok) return { ok: false, errors: spawned.errors.map(formatLevelError) };
  const { world, run } = spawned;
  const unsupported = new UnsupportedList();
  const paths = new LevelPaths(level);
  listLevelParts(level, unsupported);
  const durationMs = options.durationMs ?? run.runTicks * world.dtMs;
  const labels = new Map(level.populations.map((p) => [p.id, p.label ?? p.id]));
  const populations = world.populations.map((p) => translatePopulation(world, p, labels.get(p.name) ?? p.name, paths, unsupported));
  const stimuli = translateStimuli(world, level, run.networkSpec.stimuli ?? [], durationMs, unsupported);
  const monitors = translateMonitors(world, level, unsupported);
  const projections: PynnProjection[] = [];
  for (const projection of world.projections) {
    const translated = translateProjection(world, projection, monitors.probedProjections.has(projection.name), paths, unsupported);
    if (translated) projections.push(translated);
  }
  return {
    ok: true,
    network: {
      levelId: level.id,
      levelTitle: level.title,
      seed: run.seed,
      levelDtMs: world.dtMs,
      // Our LIF step is exact and the Izhikevich network scheme is kept (pythonBrian2.ts), so the
      // script integrates at the level's own dt.
      timestepMs: world.dtMs,
      durationMs,
      populations: [...populations, ...stimuli.sourcePopulations],
      projections: [...projections, ...stimuli.sourceProjections],
      currentSources: stimuli.currentSources,
      recordings: monitors.recordings,
      unsupported: unsupported.parts,
    },
  };
}
