/**
 * The songbird circuit's installer: adds the circuit's network to the NetworkSpec, resolves the tutor
 * (built in, or a WAV from the spawn's assets) and installs the runtime on the built world.
 */
import {
  DEFAULT_SONGBIRD_PARAMS, SONG_FRAME_MS, builtInTutor, installSongbird, songbirdNetworkParts, wavTutor,
  type SongbirdParams, type TutorResult,
} from '../../../circuits/songbird';
import type { SongbirdCircuitConfig } from '../../schema/circuits/songbird';
import type { SpawnContext } from '../spawnContext';
import type { PathSegment } from '../../errors';
import type { CircuitInstaller } from './index';

export function songbirdParamsOf(config: SongbirdCircuitConfig): SongbirdParams {
  const d = DEFAULT_SONGBIRD_PARAMS;
  return {
    ...d,
    learningRate: d.learningRate * config.learningRateScale,
    lmanRaWeight: d.lmanRaWeight * config.explorationScale,
    reinforcementDelayMs: config.reinforcementDelayMs,
    criterionSimilarity: config.criterionSimilarity,
  };
}

/** The config's tutor, or a report at its field. */
function resolveTutor(ctx: SpawnContext, config: SongbirdCircuitConfig, path: readonly PathSegment[]): TutorResult & { field: PathSegment[] } {
  if ('builtIn' in config.tutor) return { ...builtInTutor(config.tutor.builtIn, SONG_FRAME_MS), field: [...path, 'tutor', 'builtIn'] };
  const field = [...path, 'tutor', 'wav'];
  const bytes = ctx.assets.get(config.tutor.wav);
  if (bytes === undefined) return { ok: false, error: `the file "${config.tutor.wav}" was not supplied (read it relative to the level file and pass it in the spawn's assets)`, field };
  const made = wavTutor(config.tutor.wav, bytes, SONG_FRAME_MS);
  return made.ok ? { ...made, field } : { ok: false, error: `"${config.tutor.wav}": ${made.error}`, field };
}

export const songbirdCircuitInstaller: CircuitInstaller<'songbird'> = {
  prepare(ctx, spec, config, path) {
    const parts = songbirdNetworkParts(songbirdParamsOf(config));
    const clash = (names: string[], taken: string[], what: string): void => {
      for (const name of names) if (taken.includes(name)) ctx.report(path, `the songbird circuit brings its own ${what} "${name}"; rename the level's`);
    };
    clash(parts.populations.map((p) => p.name), spec.populations.map((p) => p.name), 'population');
    clash(parts.projections.map((p) => p.name), spec.projections.map((p) => p.name), 'projection');
    clash(parts.stimuli.map((s) => s.name), (spec.stimuli ?? []).map((s) => s.name), 'stimulus');
    clash(parts.modulators.map((m) => m.name), (spec.modulators ?? []).map((m) => m.name), 'modulator');
    clash(parts.neuronTypes.map((t) => t.name), spec.neuronTypes.map((t) => t.name), 'neuron type');
    const tutor = resolveTutor(ctx, config, path);
    if (!tutor.ok) ctx.report(tutor.field, tutor.error);
    spec.neuronTypes.push(...parts.neuronTypes);
    spec.populations.push(...parts.populations);
    spec.projections.push(...parts.projections);
    spec.stimuli = [...(spec.stimuli ?? []), ...parts.stimuli];
    spec.modulators = [...(spec.modulators ?? []), ...parts.modulators];
  },
  install(ctx, world, config, path) {
    const tutor = resolveTutor(ctx, config, path);
    if (!tutor.ok) return; // reported by prepare
    try {
      installSongbird(world, songbirdParamsOf(config), {
        tutor: tutor.tutor,
        deafened: config.deafened,
        ...(config.restingPitchHz !== undefined ? { restingPitchHz: config.restingPitchHz } : {}),
        ...(config.whiteNoise ? { whiteNoise: { ...config.whiteNoise, noisePhases: config.whiteNoise.noisePhases ?? null } } : {}),
      });
    } catch (error) {
      ctx.report(path, `the songbird circuit could not be installed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
