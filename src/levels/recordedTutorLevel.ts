/**
 * A level with a tutor the player recorded in place of its own. The first circuit whose definition has
 * a recordedTutor hook (src/circuits/plugin/recordedTutor.ts) takes it: the hook writes the tutor
 * file's path into its config (a file that travels with the level: saved with it, in its bundle and
 * link) and says how long a trial must be to hold it; every phase's trials grow, where they must, to
 * that length (the check spawning makes for a tutor file). Everything else (the circuit, its critic,
 * the objectives, the lesson) stays as the level wrote it, so the animal learns the recording exactly as
 * it learns the level's own tutor. Pure.
 */
import type { RecordedTutorHook } from '../circuits/plugin/recordedTutor';
import { circuitDefinitionOf } from '../circuits/registry';
import { phasesDurationMs } from '../sim/timeline/timelineDuration';
import type { Level } from './schema/level';

/** The file name a recorded tutor is saved under, next to the level. */
export const RECORDED_TUTOR_FILE = 'recorded-tutor.wav';
/** The id suffix of a level with a recorded tutor (recording again over it keeps its id). */
const RECORDED_SUFFIX = '-recorded';

/** The hook of the level's circuit that takes a recorded tutor (where "Record a tutor" is offered), or null. */
export function recordedTutorHookOf(level: Level): RecordedTutorHook | null {
  for (const circuit of level.circuits) {
    const hook = circuitDefinitionOf(circuit.kind).recordedTutor;
    if (hook !== undefined) return hook;
  }
  return null;
}

/** Whether the level was made by withRecordedTutor (its title is already the recorded one). */
export function isRecordedTutorLevel(level: Level): boolean {
  return isRecordedTutorId(level.id);
}

/** Whether a level id is one withRecordedTutor gives (for the origin line, which knows only the id). */
export function isRecordedTutorId(id: string): boolean {
  return id.endsWith(RECORDED_SUFFIX);
}

export type RecordedTutorLevel = { ok: true; level: Level } | { ok: false; error: string };

/** The level with the tutor file `wav` (made by the circuit's hook), saved at `path`. */
export function withRecordedTutor(level: Level, wav: Uint8Array, path = RECORDED_TUTOR_FILE): RecordedTutorLevel {
  const index = level.circuits.findIndex((c) => circuitDefinitionOf(c.kind).recordedTutor !== undefined);
  if (index < 0) return { ok: false, error: 'no circuit of this level takes a recorded tutor' };
  const taken = circuitDefinitionOf(level.circuits[index].kind).recordedTutor!.withTutor(level.circuits[index], path, wav);
  if (!taken.ok) return taken;
  const neededMs = Math.ceil(taken.trialMs);
  const circuits = level.circuits.map((circuit, i) => (i === index ? taken.config : circuit));
  const timeline = level.timeline === undefined ? undefined : {
    ...level.timeline,
    sessions: level.timeline.sessions.map((session) => ({
      ...session,
      phases: session.phases.map((phase) => ({ ...phase, trialMs: Math.max(phase.trialMs, neededMs) })),
    })),
  };
  const timelineMs = timeline === undefined ? 0 : phasesDurationMs(timeline.sessions.flatMap((s) => s.phases));
  return {
    ok: true,
    level: {
      ...level,
      id: isRecordedTutorLevel(level) ? level.id : `${level.id}${RECORDED_SUFFIX}`,
      circuits,
      ...(timeline === undefined ? {} : { timeline }),
      durationMs: Math.max(level.durationMs, timelineMs),
    } as Level,
  };
}
