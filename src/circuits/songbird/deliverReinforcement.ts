/**
 * Phase: modulators (before updateModulators). When a rendition's reinforcement arrives
 * (reinforcementDelayMs after the song ended), the critic broadcasts δ = R − R̄ into the songDopamine
 * pool (a dopamine-like burst or dip, seen by views and probes) and every HVC→RA synapse changes by
 * Δw_ij = η·δ·e_ij (nodePerturbation.ts), unless the projection's plasticity is off. Then the
 * baseline R̄ moves toward R (an exponential average over baselineRenditions), and, while the bird
 * hears, the running mean of δ² (the size a deafened critic's uninformative fluctuations keep).
 * Reads: songbird.rendition, eligibility. Writes: synapses.weight (HVC→RA), modulators.pendingRelease,
 * songbird.rendition.
 */
import type { SimWorld } from '../../sim';
import { Rendition, SONGBIRD_STATE } from './songbirdState';
import { applyNodePerturbation } from './nodePerturbation';

export function deliverReinforcement(world: SimWorld): void {
  const state = world.state.require(SONGBIRD_STATE);
  const r = state.rendition;
  if (r[Rendition.deliverTick] !== world.clock[0]) return;
  r[Rendition.deliverTick] = -1;
  const { params } = state;
  const reinforcement = r[Rendition.reinforcement];
  const baseline = Number.isNaN(r[Rendition.baseline]) ? reinforcement : r[Rendition.baseline];
  const delta = reinforcement - baseline;
  r[Rendition.lastDelta] = delta;
  world.modulators.pendingRelease[state.pool] += delta;
  if (state.hvcRaEnabled[0] === 1) {
    applyNodePerturbation(world.synapses.weight, state.hvcRows, state.eligibility, state.hvc.count, state.ra.count,
      params.learningRate, delta, params.hvcRaWeightMaxClip);
  }
  const gain = 1 / Math.max(1, params.baselineRenditions);
  r[Rendition.baseline] = baseline + gain * (reinforcement - baseline);
  if (r[Rendition.deafened] !== 1) r[Rendition.deviationSquare] += gain * (delta * delta - r[Rendition.deviationSquare]);
}
