/**
 * Phase: stimuli (after the engine's applyStimuli). The onset burst of each conditioned stimulus's
 * mossy fibres: many pontine neurons answer a tone with a burst at its onset that settles to a
 * lower sustained rate (phasic-tonic; lateral pontine units code a tone mainly by their onset spikes
 * and rarely fire for its whole length, Aitkin & Boyd 1978), and large-scale cerebellar models
 * represent the CS by such phasic and tonic mossy fibres (Medina & Mauk 2000). When a CS's stimulus
 * switches on, its mossy-fibre group gets an extra current I₀·g·e^(−t/τ) (g: the stimulus's gain) on
 * top of the tonic Poisson drive. Through the learned mossy-fibre→nucleus synapses this burst is
 * what drives the short-latency blink left after a cortex lesion (Perrett, Ruiz & Mauk 1993): the
 * burst (~250 Hz against the tone's ~140 Hz at I₀ = 30) must stand clearly above the tonic drive,
 * or that blink peaks anywhere along the tone; in the intact circuit the Purkinje cells' tonic
 * inhibition mostly holds it below the eyelid's threshold.
 * Reads: stimuli.enabled/gain of the CS stimuli. Writes: neurons.iExt of the CS's mossy fibres,
 * cerebellum.csOnsetBurst ([2c] current now, [2c + 1] whether the CS was on last tick).
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';

export function driveCsOnsetBurst(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { csStimuli, csOnsetBurst, mossy, mossyPerCs, params } = state;
  const { enabled, gain } = world.stimuli;
  const iExt = world.neurons.iExt;
  for (let c = 0; c < csStimuli.length; c++) {
    const s = csStimuli[c];
    const on = s >= 0 && enabled[s] === 1;
    let current = csOnsetBurst[2 * c] * state.onsetBurstDecay;
    if (on && csOnsetBurst[2 * c + 1] === 0) current = params.mossyOnsetCurrent * gain[s];
    if (!on) current = 0;
    csOnsetBurst[2 * c] = current;
    csOnsetBurst[2 * c + 1] = on ? 1 : 0;
    if (current === 0) continue;
    const first = mossy.first + c * mossyPerCs;
    for (let m = first; m < first + mossyPerCs; m++) iExt[m] += current;
  }
}
