/**
 * Phase: stimuli (after applyStimuli). Starts a rendition at the start of each timeline trial and
 * plays the HVC sequence: each HVC neuron gets its drive pulse (hvcBurstCurrent for hvcBurstMs) at
 * its own time in the motif, so it fires one burst per rendition (Hahnloser et al. 2002).
 * Reads: the trial timeline's cursor and trial start tick. Writes: songbird.rendition (start),
 * clears the rendition's eligibility, frame sums and commands; neurons.iExt of the HVC neurons.
 */
import type { SimWorld } from '../../sim';
import { Cursor, Stage, Times, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import { Rendition, SONGBIRD_STATE, type SongbirdState } from './songbirdState';

export function driveHvc(world: SimWorld): void {
  const state = world.state.require(SONGBIRD_STATE);
  const timeline = trialTimelineOf(world);
  if (!timeline) return;
  const tick = world.clock[0];
  const r = state.rendition;
  if (timeline.cursor[Cursor.stage] === Stage.trial && timeline.times[Times.trialStart] === tick) startRendition(state, tick);
  if (r[Rendition.singing] !== 1) return;
  const since = tick - r[Rendition.startTick];
  const iExt = world.neurons.iExt;
  const { burstStartTicks, burstTicks, hvc } = state;
  const current = state.params.hvcBurstCurrent;
  for (let j = 0; j < hvc.count; j++) {
    const t = since - burstStartTicks[j];
    if (t >= 0 && t < burstTicks) iExt[hvc.first + j] += current;
  }
}

function startRendition(state: SongbirdState, tick: number): void {
  const r = state.rendition;
  r[Rendition.started] += 1;
  r[Rendition.startTick] = tick;
  r[Rendition.singing] = 1;
  state.eligibility.fill(0);
  state.frameSum.fill(0);
  state.pitchCommandHz.fill(0);
  state.amplitudeCommand.fill(0);
}
