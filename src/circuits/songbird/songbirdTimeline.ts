/**
 * Trial timelines of songbird protocols as engine TimelineSpecs (tests and scripted experiments;
 * levels write the same in their own format): phases of renditions, one trial each, with commands at
 * a phase's start (deafen, lesion LMAN, switch the white noise on).
 */
import type { SimCommand } from '../../sim';
import type { TimelinePhaseSpec, TimelineSpec } from '../../sim/timeline';

export interface SongPhase {
  name: string;
  renditions: number;
  /** Trial length: at least hvcLeadMs + the motif + reinforcementDelayMs (installSongbird checks). */
  trialMs: number;
  intertrialMs?: number;
  commandsAtStart?: SimCommand[];
}

export function songPhase(p: SongPhase): TimelinePhaseSpec {
  return {
    name: p.name, session: 'song', trials: p.renditions, trialMs: p.trialMs, intertrialMs: p.intertrialMs ?? 10, order: 'sequential',
    trialTypes: [{ name: 'rendition', weight: 1, events: [] }],
    ...(p.commandsAtStart ? { commandsAtStart: p.commandsAtStart } : {}),
  };
}

export function songTimeline(phases: SongPhase[]): TimelineSpec {
  return { phases: phases.map(songPhase) };
}
