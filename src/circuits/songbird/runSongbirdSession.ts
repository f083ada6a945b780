/**
 * Runs a songbird protocol headless on the bare circuit (tests, scripted experiments): builds the
 * world, installs the timeline and the circuit, runs every rendition and returns the record.
 */
import { buildWorld, runTicks, type SimWorld } from '../../sim';
import { installTimeline, timelineTotalTicks, trialTimelineOf } from '../../sim/timeline';
import { DEFAULT_SONGBIRD_PARAMS, type SongbirdParams } from './songbirdParams';
import { songbirdNetworkSpec } from './songbirdNetwork';
import { installSongbird, renditionMs, type SongbirdHandle, type SongbirdOptions } from './installSongbird';
import { songTimeline, type SongPhase } from './songbirdTimeline';
import { renditionResults, type RenditionResult } from './songRecord';
import { builtInTutor } from './songTutor';

export interface SongbirdSession {
  world: SimWorld;
  handle: SongbirdHandle;
  renditions: RenditionResult[];
}

export interface SongbirdSessionOptions extends Partial<Omit<SongbirdOptions, 'tutor'>> {
  tutor?: SongbirdOptions['tutor'];
  params?: Partial<SongbirdParams>;
  dtMs?: number;
}

/** Frame length of the templates the circuit learns (ms). */
export const SONG_FRAME_MS = 10;

/** A phase list's trial length for a tutor: the rendition plus its reinforcement. */
export function songTrialMs(params: SongbirdParams, tutor: SongbirdOptions['tutor']): number {
  return Math.ceil(renditionMs(params, tutor));
}

export function defaultTutor(): SongbirdOptions['tutor'] {
  const made = builtInTutor('zebra-finch-a', SONG_FRAME_MS);
  if (!made.ok) throw new Error(made.error);
  return made.tutor;
}

/** Phases: each { name, renditions, commandsAtStart? }; trials are as long as the rendition needs. */
export function runSongbirdSession(
  phases: Array<Omit<SongPhase, 'trialMs'> & { trialMs?: number }>, seed: number, options: SongbirdSessionOptions = {},
): SongbirdSession {
  const params = { ...DEFAULT_SONGBIRD_PARAMS, ...options.params };
  const tutor = options.tutor ?? defaultTutor();
  const world = buildWorld(songbirdNetworkSpec(params, seed, options.dtMs ?? 1));
  const trialMs = songTrialMs(params, tutor);
  installTimeline(world, songTimeline(phases.map((p) => ({ ...p, trialMs: p.trialMs ?? trialMs }))));
  const handle = installSongbird(world, params, { ...options, tutor });
  const total = timelineTotalTicks(trialTimelineOf(world)!);
  for (let done = 0; done < total; done += 1000) {
    runTicks(world, Math.min(1000, total - done));
    world.events.length = 0;
  }
  return { world, handle, renditions: renditionResults(handle.state.record, tutor.template.syllables.length) };
}
