/**
 * The songbird circuit's spawn: adds the circuit's network to the NetworkSpec, resolves the tutor
 * (built in, or a WAV from the spawn's assets) and installs the runtime on the built world.
 */
import type { NetworkSpec } from '../../sim/build/networkSpec';
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { appendNetworkParts, reportNameClashes } from '../plugin/networkParts';
import { songbirdParamsOf } from './configParams';
import { songbirdNetworkParts } from './songbirdNetwork';
import { installSongbird } from './installSongbird';
import { SONG_FRAME_MS } from './runSongbirdSession';
import { builtInTutor, wavTutor, type TutorResult } from './songTutor';
import type { SongbirdCircuitConfig } from './configSchema';

/** The config's tutor, or a report at its field. */
function resolveTutor(ctx: CircuitSpawnContext, config: SongbirdCircuitConfig, path: readonly PathSegment[]): TutorResult & { field: PathSegment[] } {
  if ('builtIn' in config.tutor) return { ...builtInTutor(config.tutor.builtIn, SONG_FRAME_MS), field: [...path, 'tutor', 'builtIn'] };
  const field = [...path, 'tutor', 'wav'];
  const bytes = ctx.assets.get(config.tutor.wav);
  if (bytes === undefined) return { ok: false, error: `the file "${config.tutor.wav}" was not supplied (read it relative to the level file and pass it in the spawn's assets)`, field };
  const made = wavTutor(config.tutor.wav, bytes, SONG_FRAME_MS);
  return made.ok ? { ...made, field } : { ok: false, error: `"${config.tutor.wav}": ${made.error}`, field };
}

export function prepareSongbird(ctx: CircuitSpawnContext, spec: NetworkSpec, config: SongbirdCircuitConfig, path: readonly PathSegment[]): void {
  const parts = songbirdNetworkParts(songbirdParamsOf(config));
  reportNameClashes(ctx, spec, parts, 'the songbird circuit', path);
  const tutor = resolveTutor(ctx, config, path);
  if (!tutor.ok) ctx.report(tutor.field, tutor.error);
  appendNetworkParts(spec, parts);
}

export function spawnSongbird(ctx: CircuitSpawnContext, world: SimWorld, config: SongbirdCircuitConfig, path: readonly PathSegment[]): void {
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
}
