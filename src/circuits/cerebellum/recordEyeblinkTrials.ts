/**
 * Phase: monitors. Fills the eyeblink record (eyeblinkRecord.ts) from live state.
 * Reads: the trial timeline cursor, stimuli.enabled (the CSs, puff), this tick's olive and Purkinje
 * spikes, cerebellum.eyelid, cerebellum.isiMs. Writes: cerebellum.record.*.
 * A trial's clock starts at the onset of its first CS (whichever the trial type cues). The US time of a probe trial is the ISI of the last paired
 * trial (or the ISI setting), so its CR is judged over the same window as its neighbours'.
 */
import type { SimWorld } from '../../sim';
import { Cursor, Stage, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import { CEREBELLUM_STATE, anyCsOn, type CerebellumState } from './cerebellumState';
import { type EyeblinkRecord, Summary, TRACE_BIN_MS, TrialField, setTrialField, trialField } from './eyeblinkRecord';
import { stateKey } from '../../sim';

export const EYEBLINK_RECORD = stateKey<EyeblinkRecord>('cerebellum/record');

export function recordEyeblinkTrials(world: SimWorld): void {
  const record = world.state.require(EYEBLINK_RECORD);
  const state = world.state.require(CEREBELLUM_STATE);
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.phases.length === 0) return;
  const cursor = timeline.cursor;
  const tick = world.clock[0];
  const current = record.current;
  const inTrial = cursor[Cursor.stage] === Stage.trial;
  const trial = inTrial ? cursor[Cursor.trialsStarted] - 1 : -1;
  if (current[0] >= 0 && trial !== current[0]) finishTrial(world, record, state);
  if (!inTrial || trial >= record.maxTrials) return;
  if (current[0] !== trial) {
    current[0] = trial; current[1] = -1; current[2] = -1; current[3] = 0;
    record.closure.fill(0);
  }
  const enabled = world.stimuli.enabled;
  if (current[1] < 0 && anyCsOn(world, state)) current[1] = tick;
  if (current[2] < 0 && state.puffStimulus >= 0 && enabled[state.puffStimulus] === 1 && current[1] >= 0) current[2] = tick;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  let pcSpikes = 0;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= state.olive.first && eid < state.olive.end) current[3] += 1;
    else if (eid >= state.purkinje.first && eid < state.purkinje.end) pcSpikes++;
  }
  if (current[1] < 0) return;
  const since = tick - current[1];
  if (since >= record.trialTicks) return;
  const closure = state.eyelid[0];
  record.closure[since] = closure;
  const bin = Math.floor((since * world.dtMs) / TRACE_BIN_MS);
  if (bin >= record.traceBins) return;
  const at = trial * record.traceBins + bin;
  if (closure > record.closureTrace[at]) record.closureTrace[at] = closure;
  record.purkinjeTrace[at] += (pcSpikes * 1000) / (TRACE_BIN_MS * Math.max(1, state.purkinje.count));
}

/** Closes the current trial's entry: CR, onset, peak, complex spikes. */
export function finishTrial(world: SimWorld, record: EyeblinkRecord, state: CerebellumState): void {
  const current = record.current;
  const trial = current[0];
  current[0] = -1;
  if (trial < 0 || current[1] < 0) return;
  const dt = world.dtMs;
  const probe = current[2] < 0;
  if (!probe) current[4] = current[2] - current[1];
  const isiSetting = state.isiMs[0];
  const usTicks = probe ? (current[4] >= 0 ? current[4] : Math.round(isiSetting / dt)) : current[4];
  const closure = record.closure;
  const criterion = state.params.crCriterion;
  let maxBefore = 0, onset = Number.NaN;
  const usEnd = Math.min(Number.isFinite(usTicks) ? usTicks : 0, record.trialTicks);
  for (let t = 0; t < usEnd; t++) {
    if (closure[t] > maxBefore) maxBefore = closure[t];
    if (Number.isNaN(onset) && closure[t] > criterion) onset = t * dt;
  }
  const peakEnd = probe ? record.trialTicks : usEnd;
  let peak = 0, peakAt = Number.NaN;
  for (let t = 0; t < peakEnd; t++) if (closure[t] > peak) { peak = closure[t]; peakAt = t * dt; }
  setTrialField(record, trial, TrialField.recorded, 1);
  setTrialField(record, trial, TrialField.probe, probe ? 1 : 0);
  setTrialField(record, trial, TrialField.cr, maxBefore > criterion ? 1 : 0);
  setTrialField(record, trial, TrialField.crOnsetMs, onset);
  setTrialField(record, trial, TrialField.peakMs, peakAt);
  setTrialField(record, trial, TrialField.peakClosure, peak);
  setTrialField(record, trial, TrialField.complexSpikes, current[3]);
  setTrialField(record, trial, TrialField.usMs, usTicks * dt);
  setTrialField(record, trial, TrialField.maxClosureBeforeUs, maxBefore);
  updateSummary(record, trial);
}

function updateSummary(record: EyeblinkRecord, last: number): void {
  const s = record.summary;
  let trials = 0, crs = 0, complex = 0, probes = 0, probeCrs = 0;
  for (let t = last; t >= 0 && (trials < 10 || probes < 5); t--) {
    if (trialField(record, t, TrialField.recorded) !== 1) continue;
    const cr = trialField(record, t, TrialField.cr) === 1;
    if (trials < 10) { trials++; if (cr) crs++; complex += trialField(record, t, TrialField.complexSpikes); }
    if (probes < 5 && trialField(record, t, TrialField.probe) === 1) { probes++; if (cr) probeCrs++; }
  }
  s[Summary.crPercent] = trials > 0 ? (100 * crs) / trials : 0;
  s[Summary.complexSpikesPerTrial] = trials > 0 ? complex / trials : 0;
  s[Summary.probeCrPercent] = probes > 0 ? (100 * probeCrs) / probes : 0;
  s[Summary.trialsRecorded] += 1;
  if (trialField(record, last, TrialField.cr) === 1) {
    s[Summary.crOnsetMs] = trialField(record, last, TrialField.crOnsetMs);
    if (trialField(record, last, TrialField.probe) === 1) s[Summary.probePeakMs] = meanProbePeakMs(record, last);
  }
}

/**
 * Mean CR peak time of the last PEAK_PROBES probe trials with a CR (up to `last`): a single probe's
 * peak wanders along a broad CR (the closure plateaus while the pause lasts), so, as in the lab,
 * the peak is read from several CS-alone trials.
 */
function meanProbePeakMs(record: EyeblinkRecord, last: number): number {
  let n = 0, sum = 0;
  for (let t = last; t >= 0 && n < PEAK_PROBES; t--) {
    if (trialField(record, t, TrialField.recorded) !== 1 || trialField(record, t, TrialField.probe) !== 1) continue;
    if (trialField(record, t, TrialField.cr) !== 1) continue;
    n++; sum += trialField(record, t, TrialField.peakMs);
  }
  return sum / n;
}

const PEAK_PROBES = 3;
