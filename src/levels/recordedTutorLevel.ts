/**
 * A songbird level with a recorded tutor in place of its own: every songbird circuit's `tutor` becomes
 * `{ "wav": <path> }` (a file that travels with the level: saved with it, in its bundle and link), and
 * every phase's trials grow, where they must, to hold the recorded song and its reinforcement (the
 * check that spawning makes for a WAV tutor). Everything else (the circuit, the critic, the
 * objectives, the lesson) stays as the level wrote it, so the bird learns the recording exactly as it
 * learns the level's own tutor. Pure.
 */
import { DEFAULT_SONGBIRD_PARAMS } from '../circuits/songbird/songbirdParams';
import type { SongTutor } from '../circuits/songbird/songTutor';
import type { Level } from './schema/level';

/** The file name a recorded tutor is saved under, next to the level. */
export const RECORDED_TUTOR_FILE = 'recorded-tutor.wav';

/** Whether the level has a songbird circuit (where "Record a tutor" is offered). */
export function hasSongbird(level: Level): boolean {
  return level.circuits.some((c) => c.kind === 'songbird');
}

/** ms a trial needs for this tutor in this circuit: HVC's lead, the song, the critic's delay, 1 ms. */
function trialMsFor(tutor: SongTutor, reinforcementDelayMs: number | undefined): number {
  const songMs = tutor.template.pitchHz.length * tutor.template.frameMs;
  return DEFAULT_SONGBIRD_PARAMS.hvcLeadMs + songMs + (reinforcementDelayMs ?? DEFAULT_SONGBIRD_PARAMS.reinforcementDelayMs) + 1;
}

export function withRecordedTutor(level: Level, tutor: SongTutor, path = RECORDED_TUTOR_FILE): Level {
  let neededMs = 0;
  const circuits = level.circuits.map((circuit) => {
    if (circuit.kind !== 'songbird') return circuit;
    neededMs = Math.max(neededMs, trialMsFor(tutor, circuit.reinforcementDelayMs));
    return { ...circuit, tutor: { wav: path } };
  });
  const timeline = level.timeline === undefined ? undefined : {
    ...level.timeline,
    sessions: level.timeline.sessions.map((session) => ({
      ...session,
      phases: session.phases.map((phase) => ({ ...phase, trialMs: Math.max(phase.trialMs, Math.ceil(neededMs)) })),
    })),
  };
  const timelineMs = timeline?.sessions.reduce((sum, s) => sum + s.phases.reduce((t, p) => t + p.trials * (p.trialMs + p.intertrialMs), 0), 0) ?? 0;
  return {
    ...level,
    id: level.id.endsWith('-recorded') ? level.id : `${level.id}-recorded`,
    circuits,
    ...(timeline === undefined ? {} : { timeline }),
    durationMs: Math.max(level.durationMs, timelineMs),
  } as Level;
}
