/**
 * Phase: monitors. Fills the eyeblink record (eyeblinkRecord.ts) from live state.
 * Reads: the trial timeline cursor, stimuli.enabled (the CS stimuli, the puff), this tick's olive and
 * Purkinje spikes, cerebellum.eyelid, cerebellum.isiMs. Writes: cerebellum.record.*.
 * A trial's clock starts at CS onset: the first tick any of the circuit's conditioned stimuli (its
 * first cue, whichever the trial type plays) is on. The US is the first tick the puff is on, before or
 * after the CS. The CR is scored over the window of crWindow.ts, which is right for forward, ISI 0,
 * backward and CS-alone trials.
 */
import type { SimWorld } from '../../sim';
import { Cursor, Stage, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import { CEREBELLUM_STATE, anyCsOn, type CerebellumState } from './cerebellumState';
import { Current, type EyeblinkRecord, Summary, TRACE_BIN_MS, TrialField, setTrialField, trialField } from './eyeblinkRecord';
import { crWindowTicks, scoreCr, type CrScore } from './crWindow';
import { stateKey } from '../../sim';

export const EYEBLINK_RECORD = stateKey<EyeblinkRecord>('cerebellum/record');

export function recordEyeblinkTrials(world: SimWorld): void {
  const record = world.state.require(EYEBLINK_RECORD);
  const state = world.state.require(CEREBELLUM_STATE);
  const current = record.current;
  const closureBefore = current[Current.previousClosure];
  const closure = state.eyelid[0];
  current[Current.previousClosure] = closure;
  const timeline = trialTimelineOf(world);
  if (!timeline || timeline.phases.length === 0) return;
  const cursor = timeline.cursor;
  const tick = world.clock[0];
  const inTrial = cursor[Cursor.stage] === Stage.trial;
  const trial = inTrial ? cursor[Cursor.trialsStarted] - 1 : -1;
  if (current[Current.trial] >= 0 && trial !== current[Current.trial]) finishTrial(world, record, state);
  if (!inTrial || trial >= record.maxTrials) return;
  if (current[Current.trial] !== trial) {
    current[Current.trial] = trial; current[Current.csTick] = -1; current[Current.usTick] = -1; current[Current.complexSpikes] = 0;
    current[Current.closureAtUs] = Number.NaN;
    record.closure.fill(0);
  }
  const enabled = world.stimuli.enabled;
  if (current[Current.csTick] < 0 && anyCsOn(world, state)) current[Current.csTick] = tick;
  if (current[Current.usTick] < 0 && state.puffStimulus >= 0 && enabled[state.puffStimulus] === 1) {
    current[Current.usTick] = tick;
    current[Current.closureAtUs] = closureBefore;
  }
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  let pcSpikes = 0;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= state.olive.first && eid < state.olive.end) current[Current.complexSpikes] += 1;
    else if (eid >= state.purkinje.first && eid < state.purkinje.end) pcSpikes++;
  }
  if (current[Current.csTick] < 0) return;
  const since = tick - current[Current.csTick];
  if (since >= record.trialTicks) return;
  record.closure[since] = closure;
  const bin = Math.floor((since * world.dtMs) / TRACE_BIN_MS);
  if (bin >= record.traceBins) return;
  const at = trial * record.traceBins + bin;
  if (closure > record.closureTrace[at]) record.closureTrace[at] = closure;
  record.purkinjeTrace[at] += (pcSpikes * 1000) / (TRACE_BIN_MS * Math.max(1, state.purkinje.count));
}

const score: CrScore = { cr: 0, amplitude: 0, maxClosure: 0, onsetMs: 0 };

/** Closes the current trial's entry: CR, amplitude, onset, peak, closure at the US, complex spikes. */
export function finishTrial(world: SimWorld, record: EyeblinkRecord, state: CerebellumState): void {
  const current = record.current;
  const trial = current[Current.trial];
  current[Current.trial] = -1;
  if (trial < 0 || current[Current.csTick] < 0) return;
  const dt = world.dtMs;
  const usTick = current[Current.usTick];
  const usAfterCs = usTick < 0 ? Number.NaN : usTick - current[Current.csTick];
  const probe = usTick < 0;
  if (usAfterCs > 0) current[Current.lastIsiTicks] = usAfterCs;
  const isiSetting = state.isiMs[0];
  const referenceIsi = current[Current.lastIsiTicks] > 0 ? current[Current.lastIsiTicks] : Math.round(isiSetting / dt);
  const crTicks = crWindowTicks(usAfterCs, referenceIsi, dt, record.trialTicks);
  const closure = record.closure;
  scoreCr(closure, crTicks, state.params.crCriterion, dt, score);
  let peak = 0, peakAt = Number.NaN;
  for (let t = 0; t < crTicks.peakEnd; t++) if (closure[t] > peak) { peak = closure[t]; peakAt = t * dt; }
  setTrialField(record, trial, TrialField.recorded, 1);
  setTrialField(record, trial, TrialField.probe, probe ? 1 : 0);
  setTrialField(record, trial, TrialField.cr, score.cr);
  setTrialField(record, trial, TrialField.crOnsetMs, score.cr === 1 ? score.onsetMs : Number.NaN);
  setTrialField(record, trial, TrialField.peakMs, peakAt);
  setTrialField(record, trial, TrialField.peakClosure, peak);
  setTrialField(record, trial, TrialField.complexSpikes, current[Current.complexSpikes]);
  setTrialField(record, trial, TrialField.usMs, (probe ? referenceIsi : usAfterCs) * dt);
  setTrialField(record, trial, TrialField.maxClosureBeforeUs, score.maxClosure);
  setTrialField(record, trial, TrialField.crAmplitude, score.amplitude);
  setTrialField(record, trial, TrialField.closureAtUs, current[Current.closureAtUs]);
  updateSummary(record, trial);
}

function updateSummary(record: EyeblinkRecord, last: number): void {
  const s = record.summary;
  // CR% over the last 10 scored trials (an ISI-0 trial has no CR window); complex spikes over the last 10 trials.
  let trials = 0, crs = 0, recent = 0, complex = 0, probes = 0, probeCrs = 0;
  for (let t = last; t >= 0 && (trials < 10 || recent < 10 || probes < 5); t--) {
    if (trialField(record, t, TrialField.recorded) !== 1) continue;
    const scored = !Number.isNaN(trialField(record, t, TrialField.cr));
    const cr = trialField(record, t, TrialField.cr) === 1;
    if (recent < 10) { recent++; complex += trialField(record, t, TrialField.complexSpikes); }
    if (trials < 10 && scored) { trials++; if (cr) crs++; }
    if (probes < 5 && scored && trialField(record, t, TrialField.probe) === 1) { probes++; if (cr) probeCrs++; }
  }
  s[Summary.crPercent] = trials > 0 ? (100 * crs) / trials : 0;
  s[Summary.complexSpikesPerTrial] = recent > 0 ? complex / recent : 0;
  s[Summary.probeCrPercent] = probes > 0 ? (100 * probeCrs) / probes : 0;
  s[Summary.trialsRecorded] += 1;
  const lastCr = trialField(record, last, TrialField.cr);
  s[Summary.lastCr] = 100 * lastCr;
  s[Summary.lastCrAmplitude] = trialField(record, last, TrialField.crAmplitude);
  s[Summary.lastCrOnsetMs] = trialField(record, last, TrialField.crOnsetMs);
  s[Summary.lastPeakMs] = trialField(record, last, TrialField.peakMs);
  s[Summary.lastClosureAtUs] = trialField(record, last, TrialField.closureAtUs);
  s[Summary.lastComplexSpikes] = trialField(record, last, TrialField.complexSpikes);
  if (lastCr === 1) {
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
