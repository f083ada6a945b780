/**
 * Phase: modulators (before updateModulators). When a rendition's reinforcement arrives
 * (reinforcementDelayMs after the song ended), the critic broadcasts the whole song's δ = R − R̄ into
 * the songDopamine pool (a dopamine-like burst or dip, seen by views and probes) and every HVC→RA
 * synapse changes by Δw_ij = η·δ_j·e_ij (nodePerturbation.ts), δ_j = Σ of δ_k = R_k − R̄_k over the
 * song frames HVC neuron j acts on (temporalCredit.ts), unless the projection's plasticity is off.
 * Each baseline R̄_k (and R̄) moves toward its R (an exponential average over baselineRenditions),
 * and, while the bird hears, each syllable's running mean of (Σ of its δ_k)² (the size a deafened
 * critic's uninformative fluctuations keep). Reads: songbird.rendition, frameReinforcement,
 * eligibility. Writes: synapses.weight (HVC→RA), modulators.pendingRelease, songbird.rendition,
 * frameBaseline, segmentDeviationSquare.
 */
import type { SimWorld } from '../../sim';
import { Rendition, SONGBIRD_STATE } from './songbirdState';
import { applyNodePerturbation } from './nodePerturbation';
import { hvcDeltas } from './temporalCredit';

export function deliverReinforcement(world: SimWorld): void {
  const state = world.state.require(SONGBIRD_STATE);
  const r = state.rendition;
  if (r[Rendition.deliverTick] !== world.clock[0]) return;
  r[Rendition.deliverTick] = -1;
  const { params, frameReinforcement, frameBaseline } = state;
  const gain = 1 / Math.max(1, params.baselineRenditions);
  const hearing = r[Rendition.deafened] !== 1;
  // δ_k = R_k − R̄_k per song frame; then R̄_k move on.
  const frameDelta = state.frameScratch;
  for (let k = 0; k < frameDelta.length; k++) {
    const reinforcement = frameReinforcement[k];
    const baseline = Number.isNaN(frameBaseline[k]) ? reinforcement : frameBaseline[k];
    const delta = reinforcement - baseline;
    frameDelta[k] = delta;
    frameBaseline[k] = baseline + gain * delta;
  }
  if (hearing) trackSegmentDeviations(state.segmentDeviationSquare, state.segmentBounds, frameDelta, gain);
  const reinforcement = r[Rendition.reinforcement];
  const baseline = Number.isNaN(r[Rendition.baseline]) ? reinforcement : r[Rendition.baseline];
  const delta = reinforcement - baseline;
  r[Rendition.lastDelta] = delta;
  r[Rendition.baseline] = baseline + gain * delta;
  world.modulators.pendingRelease[state.pool] += delta;
  if (state.hvcRaEnabled[0] === 1) {
    hvcDeltas(state.hvcDeltaScratch, state.creditWindows, frameDelta);
    applyNodePerturbation(world.synapses.weight, state.hvcRows, state.eligibility, state.hvc.count, state.ra.count,
      params.learningRate, state.hvcDeltaScratch, params.hvcRaWeightMaxClip);
  }
}

/** While the bird hears: each segment's running mean of (Σ of its δ_k)², the size a deafened critic keeps. */
function trackSegmentDeviations(deviationSquare: Float64Array, bounds: Int32Array, frameDelta: Float64Array, gain: number): void {
  for (let s = 0; s < deviationSquare.length; s++) {
    let sum = 0;
    for (let k = bounds[s]; k < bounds[s + 1]; k++) sum += frameDelta[k];
    deviationSquare[s] += gain * (sum * sum - deviationSquare[s]);
  }
}
