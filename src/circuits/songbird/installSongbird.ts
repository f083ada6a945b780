/**
 * Spawns the songbird circuit's runtime into a built world: its state, its systems (HVC sequence,
 * song and eligibility, critic and reinforcement) and its commands. The world must have been built
 * from songbirdNetworkParts (names in songbirdNetwork.ts) and have a trial timeline installed:
 * every trial is one rendition of the song. Call before the first tick.
 */
import { addCircuitEntity, installCircuitSystem, type SimWorld } from '../../sim';
import { trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { SongbirdParams } from './songbirdParams';
import { SONGBIRD_STATE, createSongbirdState, initialRendition, type SongbirdState } from './songbirdState';
import type { SongTutor } from './songTutor';
import { createWhiteNoiseState, type WhiteNoiseSetting } from './whiteNoiseContingency';
import { defineSongbirdCommands } from './songbirdCommands';
import { driveHvc } from './driveHvc';
import { driveLmanInput } from './driveLmanInput';
import { singSong } from './singSong';
import { deliverReinforcement } from './deliverReinforcement';

export interface SongbirdOptions {
  tutor: SongTutor;
  deafened?: boolean;
  whiteNoise?: WhiteNoiseSetting;
  /** Pitch of the syrinx with balanced pitch pools (Hz); default the tutor's median voiced pitch. */
  restingPitchHz?: number;
}

export interface SongbirdHandle {
  /** The circuit's entity (Circuit component, kind 'songbird'). */
  readonly eid: number;
  readonly state: SongbirdState;
}

/** ms a trial must last for a whole rendition and its reinforcement. */
export function renditionMs(params: SongbirdParams, tutor: SongTutor): number {
  return params.hvcLeadMs + tutor.template.pitchHz.length * tutor.template.frameMs + params.reinforcementDelayMs + 1;
}

export function installSongbird(world: SimWorld, params: SongbirdParams, options: SongbirdOptions): SongbirdHandle {
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.phases.length === 0) throw new Error('the songbird circuit needs a trial timeline: each trial is one rendition of the song');
  const needTicks = Math.ceil(renditionMs(params, options.tutor) / world.dtMs);
  for (const phase of timeline.phases) {
    if (phase.trialTicks < needTicks) {
      throw new Error(`phase "${phase.name}": trials of ${phase.trialTicks * world.dtMs} ms are too short for the song and its reinforcement (${needTicks * world.dtMs} ms)`);
    }
  }
  const renditions = timeline.phases.reduce((sum, p) => sum + p.trials, 0);
  const state = createSongbirdState(world, params, options.tutor, options.restingPitchHz, renditions);
  if (options.whiteNoise) {
    const syllables = options.tutor.template.syllables.length;
    if (options.whiteNoise.syllable >= syllables) throw new Error(`white noise targets syllable ${options.whiteNoise.syllable}, but the tutor song has ${syllables} syllables (0-${syllables - 1})`);
    state.whiteNoise = createWhiteNoiseState(world, options.whiteNoise, renditions);
  }
  initialRendition(state, options.deafened === true, true);
  world.state.set(SONGBIRD_STATE, state);
  defineSongbirdCommands(world);
  installCircuitSystem(world, 'stimuli', driveHvc);
  installCircuitSystem(world, 'stimuli', driveLmanInput);
  installCircuitSystem(world, 'traces and plasticity', singSong);
  installCircuitSystem(world, 'modulators', deliverReinforcement, 'before');
  return { eid: addCircuitEntity(world, 'songbird'), state };
}
