/**
 * Phase: traces and plasticity (after the learning rules). The eyelid plant.
 * The nucleus rate (Hz per cell) is low-passed (τ_drive) into a drive D, which reaches the lid after
 * the motor path's latency (a delay line); above a motor threshold D₀ the lid's target closure is
 * x²/(x² + D½²), x = D − D₀ (a saturating motor neuron / orbicularis recruitment), or full closure while the puff
 * is on (the unconditioned blink, a brainstem reflex that bypasses the cerebellum). The closure c
 * relaxes toward the target with τ_close when closing and the slower τ_open when reopening, so a
 * CR rises in tens of ms and lingers (eyelid kinematics of rabbits: Gruart et al. 1995, simplified).
 * The motor path adapts to sustained drive: D₀ rises by the amount a slow average of D (eyelidAdaptTauMs)
 * exceeds eyelidAdaptFloorHz, which the intact nucleus rarely and briefly reaches; a nucleus freed of
 * all Purkinje inhibition (a cortex lesion) fires steadily far above it, and the lid reopens between
 * tones while the tone's learned mossy-fibre drive still closes it (Perrett, Ruiz & Mauk 1993).
 * Reads: this tick's nucleus spikes, stimuli.enabled/gain of the puff. Writes: cerebellum.eyelid ([0] closure, [1] drive, [2] delay-line slot, [3] slow drive), .eyelidDelayLine.
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';

export function moveEyelid(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { nucleus, eyelid, params } = state;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  let spikes = 0;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= nucleus.first && eid < nucleus.end) spikes++;
  }
  const perSpike = 1000 / (params.eyelidDriveTauMs * Math.max(1, nucleus.count));
  const drive = eyelid[1] * state.driveDecay + spikes * perSpike;
  eyelid[1] = drive;
  const line = state.eyelidDelayLine;
  const slot = eyelid[2];
  const slow = drive + (eyelid[3] - drive) * state.motorAdaptDecay;
  eyelid[3] = slow;
  const adapted = slow > params.eyelidAdaptFloorHz ? slow - params.eyelidAdaptFloorHz : 0;
  const above = line[slot] - params.eyelidThresholdHz - adapted;
  const delayed = above > 0 ? above : 0;
  line[slot] = drive;
  eyelid[2] = slot + 1 >= line.length ? 0 : slot + 1;
  const half = params.eyelidHalfDriveHz;
  let target = (delayed * delayed) / (delayed * delayed + half * half);
  const puff = state.puffStimulus;
  if (puff >= 0 && world.stimuli.enabled[puff] === 1) target = Math.max(target, Math.min(1, world.stimuli.gain[puff]));
  const c = eyelid[0];
  const decay = target > c ? state.closeDecay : state.openDecay;
  eyelid[0] = target + (c - target) * decay;
}
