/**
 * Phase: traces and plasticity. The rendition in progress, tick by tick:
 * - HVC presynaptic traces x_j (shaped like the current HVC drives into RA), each RA neuron's
 *   LMAN current (slow, NMDA-like: driveLmanInput.ts injects it next tick), the LMAN deviation ξ_i = current − its mean (0 for lesioned LMAN neurons),
 *   and the node-perturbation eligibility e_ij += x_j·ξ_i·dt (nodePerturbation.ts);
 * - the motor pools' filtered rates (the muscles' low-pass) and, frame by frame, the syrinx
 *   commands (motorCommand.ts);
 * - at the end of the motif, the rendition is heard and judged (evaluateRendition.ts).
 * Reads: this tick's spikes, neurons.lesioned and rateHz of LMAN. Writes: songbird.* traces,
 * eligibility, poolRateHz, frameSum, commands.
 */
import type { SimWorld } from '../../sim';
import { Rendition, SONGBIRD_STATE } from './songbirdState';
import { accumulateEligibility } from './nodePerturbation';
import { loudnessCommand, pitchCommandHz } from './motorCommand';
import { Pool, POOL_COUNT } from './songbirdParams';
import { evaluateRendition } from './evaluateRendition';

/** Per-tick scratch of the LMAN deviation (recomputed every tick; not state). */
const deviationScratch = new Map<number, Float64Array>();

export function singSong(world: SimWorld): void {
  const state = world.state.require(SONGBIRD_STATE);
  const { hvc, ra, lman, lmanOfRa, hvcTrace, lmanCurrent, synapseDecay, lmanDecay, poolRateHz } = state;
  const spiked = world.neurons.spiked;
  const lesioned = world.neurons.lesioned;
  const rateHz = world.neurons.rateHz;
  const dt = world.dtMs;

  for (let j = 0; j < hvc.count; j++) {
    const x = hvcTrace[j] * synapseDecay + spiked[hvc.first + j];
    hvcTrace[j] = x > 1e-3 ? x : 0;
  }
  let deviation = deviationScratch.get(ra.count);
  if (!deviation) { deviation = new Float64Array(ra.count); deviationScratch.set(ra.count, deviation); }
  const w = state.lmanWeight;
  const meanFactor = w / (1 - lmanDecay);
  for (let i = 0; i < ra.count; i++) {
    const eid = lman.first + lmanOfRa[i];
    const current = lmanCurrent[i] * lmanDecay + w * spiked[eid];
    lmanCurrent[i] = current;
    // Mean of the current for a Poisson train at rateHz: w·p/(1 − decay), p = 1 − e^(−rate·dt) the
    // chance of a spike in a tick (a source spikes at most once per tick).
    deviation[i] = lesioned[eid] === 1 ? current : current - meanFactor * (1 - Math.exp((-rateHz[eid] * dt) / 1000));
  }

  const pool = state.params.raPerPool;
  for (let p = 0; p < POOL_COUNT; p++) {
    let spikes = 0;
    const first = ra.first + p * pool;
    for (let e = first; e < first + pool; e++) spikes += spiked[e];
    poolRateHz[p] = poolRateHz[p] * state.motorDecay + spikes * state.motorPerSpikeHz;
  }

  const r = state.rendition;
  if (r[Rendition.singing] !== 1) return;
  accumulateEligibility(state.eligibility, hvcTrace, deviation, ra.count, dt);
  const since = world.clock[0] - r[Rendition.startTick] - state.leadTicks;
  if (since < 0) return;
  const frame = Math.floor(since / state.frameTicks);
  for (let p = 0; p < POOL_COUNT; p++) state.frameSum[p] += poolRateHz[p];
  if ((since + 1) % state.frameTicks !== 0) return;
  const n = state.frameTicks;
  const params = state.params;
  state.pitchCommandHz[frame] = pitchCommandHz(state.restingPitchHz, state.frameSum[Pool.pitchUp] / n, state.frameSum[Pool.pitchDown] / n, params);
  state.amplitudeCommand[frame] = loudnessCommand(state.frameSum[Pool.loudUp] / n, state.frameSum[Pool.loudDown] / n, params);
  state.frameSum.fill(0);
  if (frame === state.frames - 1) {
    r[Rendition.singing] = 0;
    evaluateRendition(world, state);
  }
}
