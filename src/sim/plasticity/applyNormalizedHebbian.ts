/**
 * Phase: traces and plasticity. Normalised Hebbian plasticity (models/normalizedHebbian.ts): at each
 * post spike the cell's input weights in this projection move a fraction η toward their share
 * W·x_j/Σx of the total W, x_j being the presynaptic trace (τ, +1 per spike).
 * Reads: this tick's spikes, the incoming CSR, synapses.active, projection.plasticityEnabled,
 * projection.<name>.learningRate (live: a level's setParameter on plasticity.learningRate writes it,
 * e.g. the brakes that close a critical period). Writes: synapses.weight, projection.<name>.preTrace.
 * Order within a tick: traces decay, this tick's pre spikes jump them, then each post spike learns
 * (a pre spike in the same tick counts). The rule moves magnitudes |w| = sign·w (in [0, W] for η in
 * [0, 1]); into current-mode cells inhibitory weights are stored negative (weightSign.ts) and stay so.
 * The share keeps one division per synapse, (W·x_j)/Σx: x_j·(W/Σx) moved 188 of the 800 weights of
 * critical-period.json by up to 2 ulp in 30 s (same spikes), which would move the pinned golden hashes.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { NormalizedHebbianSpec } from './plasticitySpec';
import { hebbianShareTarget } from '../models/normalizedHebbian';
import { bumpPreTraces } from './pairTraces';
import { createPreTraces, decayPreTraces, type PreTraces } from './preTraces';
import { plasticWeightSign } from './weightSign';

interface NormalizedHebbianState {
  readonly projection: Projection;
  readonly traces: PreTraces;
  readonly totalWeight: number;
  /** −1 when the weights are stored negative (inhibitory into current-mode cells), else 1. */
  readonly sign: 1 | -1;
  /** [η], registered so the setParameter command can lower it and snapshots keep it. */
  readonly learningRate: Float64Array;
}

const OWNER = ruleStateKey<NormalizedHebbianState>('normalizedHebbian');

/** The registered name of a projection's live learning rate (read by the level's setParameter). */
export function learningRateStateName(projectionName: string): string {
  return `projection.${projectionName}.learningRate`;
}

/** The learning rate a projection learns with now (a timeline may have changed it), or undefined when it keeps none. */
export function liveLearningRate(world: SimWorld, projectionName: string): number | undefined {
  const rate = world.registry.get(learningRateStateName(projectionName));
  return rate === undefined ? undefined : Number(rate[0]);
}

export function installNormalizedHebbian(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as NormalizedHebbianSpec;
  addRuleState(world, OWNER, {
    projection,
    traces: createPreTraces(world, projection, spec.tauMs),
    totalWeight: spec.totalWeight,
    sign: plasticWeightSign(world, projection),
    learningRate: world.registry.register(learningRateStateName(projection.name), new Float64Array([spec.learningRate])),
  });
}

export function applyNormalizedHebbian(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: NormalizedHebbianState): void {
  const { traces, projection, totalWeight, sign } = state;
  decayPreTraces(traces);
  bumpPreTraces(world, traces);
  const rate = state.learningRate[0];
  if (projection.plasticityEnabled[0] === 0 || rate === 0) return;
  const { weight, active, pre, inStart, inIds } = world.synapses;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { fromFirst, toFirst, toEnd } = traces;
  const first = projection.firstSynapse;
  const last = first + projection.count;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid < toFirst || eid >= toEnd) continue;
    const end = inStart[eid + 1];
    let traceSum = 0;
    for (let j = inStart[eid]; j < end; j++) {
      const s = inIds[j];
      if (s >= first && s < last && active[s] === 1) traceSum += traces.pre[pre[s] - fromFirst];
    }
    if (traceSum <= 0) continue;
    for (let j = inStart[eid]; j < end; j++) {
      const s = inIds[j];
      if (s < first || s >= last || active[s] === 0) continue;
      const magnitude = sign * weight[s];
      weight[s] = sign * (magnitude + rate * (hebbianShareTarget(totalWeight, traces.pre[pre[s] - fromFirst], traceSum) - magnitude));
    }
  }
}
