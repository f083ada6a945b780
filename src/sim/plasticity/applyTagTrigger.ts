/**
 * Phase: traces and plasticity. Tag, trigger and consolidation (Clopath et al. 2008; the equations
 * and their reasons are in models/tagTrigger.ts).
 * Reads: this tick's spikes, synapses.active, projection.plasticityEnabled (off: no induction; tags,
 * proteins and consolidation run on, as under an NMDA-receptor blocker given after the tetanus),
 * tagTrigger.<post population>.proteinSynthesis (live: a level's setParameter on
 * plasticity.proteinSynthesis writes it: the anisomycin switch).
 * Writes: projection.<name>.preTrace / .postTrace, .earlyUp (h), .earlyDown (l), .latePhase (z) per
 * synapse, tagTrigger.<post population>.protein (p, per target neuron), synapses.weight.
 * Order within a tick, for every projection with the rule: traces decay; this tick's pre spikes jump
 * the pre traces; per synapse h and l decay (exact factor), a pre spike moves baseline elements down
 * by downRate·(post trace before this tick's post spikes), a post spike moves them up by
 * upRate·(pre trace, this tick's pre spike included); the post traces jump. Then each target cell's
 * protein level takes one exact step toward s·Θ[Σ(h + l) − θ_p]. Then every synapse consolidates
 * (one exact step of z at this tick's p) and its weight is set to w₀ + w_early·(h − l) + w_late·z.
 * Proteins are per postsynaptic cell and shared by every tagTrigger projection onto it (the two
 * pathways of a tagging experiment); the first such projection's trigger parameters set the cell's.
 * Cost: one pass over the rule's synapses per tick (protocol-sized projections).
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { TagTriggerSpec } from './plasticitySpec';
import { bumpPostTraces, bumpPreTraces, createPairTraces, decayTraces, type PairTraces } from './pairTraces';
import { consolidationStep, elementsDown, elementsUp, proteinStep, tagTriggerWeight, triggerOn } from '../models/tagTrigger';

/** The proteins of one postsynaptic population's cells. */
interface TagTriggerCells {
  readonly populationIndex: number;
  /** p per target neuron. */
  readonly protein: Float64Array;
  /** [s]: synthesis capacity (1 normal, 0 blocked). */
  readonly synthesis: Float64Array;
  /** Σ(h + l) per target neuron, summed afresh each tick (scratch, not state). */
  readonly earlySum: Float64Array;
  readonly triggerThreshold: number;
  readonly proteinDecay: number;
}

interface TagTriggerState {
  readonly projection: Projection;
  readonly spec: TagTriggerSpec;
  readonly traces: PairTraces;
  readonly h: Float64Array;
  readonly l: Float64Array;
  readonly z: Float64Array;
  /** w₀: each synapse's weight when the level was built. */
  readonly baseWeight: Float64Array;
  readonly earlyDecay: number;
  readonly cells: TagTriggerCells;
}

const OWNER = ruleStateKey<TagTriggerState>('tagTrigger');
const CELLS = ruleStateKey<TagTriggerCells>('tagTriggerCells');

/** The registered name of a population's protein-synthesis capacity (read by the level's setParameter). */
export function proteinSynthesisStateName(populationName: string): string {
  return `tagTrigger.${populationName}.proteinSynthesis`;
}

function cellsOf(world: SimWorld, projection: Projection, spec: TagTriggerSpec): TagTriggerCells {
  const existing = ruleStates(world, CELLS).find((c) => c.populationIndex === projection.to);
  if (existing) return existing;
  const to = world.populations[projection.to];
  const cells: TagTriggerCells = {
    populationIndex: projection.to,
    protein: world.registry.register(`tagTrigger.${to.name}.protein`, new Float64Array(to.count)),
    synthesis: world.registry.register(proteinSynthesisStateName(to.name), new Float64Array([spec.proteinSynthesis])),
    earlySum: new Float64Array(to.count),
    triggerThreshold: spec.triggerThreshold,
    proteinDecay: Math.exp(-world.dtMs / spec.proteinTauMs),
  };
  addRuleState(world, CELLS, cells);
  return cells;
}

/**
 * The registered name of a projection's starting weights w₀, from which the rule recomputes every
 * weight each tick: a live change of the projection's weight scales these too, or it would be undone.
 */
export function tagTriggerBaseWeightName(projectionName: string): string {
  return `projection.${projectionName}.baseWeight`;
}

export function installTagTrigger(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as TagTriggerSpec;
  const name = `projection.${projection.name}`;
  const perSynapse = (field: string) => world.registry.register(`${name}.${field}`, new Float64Array(projection.count));
  const baseWeight = world.registry.register(tagTriggerBaseWeightName(projection.name), new Float64Array(projection.count));
  baseWeight.set(world.synapses.weight.subarray(projection.firstSynapse, projection.firstSynapse + projection.count));
  addRuleState(world, OWNER, {
    projection,
    spec,
    traces: createPairTraces(world, projection, spec.tauPlusMs, spec.tauMinusMs, false),
    h: perSynapse('earlyUp'),
    l: perSynapse('earlyDown'),
    z: perSynapse('latePhase'),
    baseWeight,
    earlyDecay: Math.exp(-world.dtMs / spec.earlyDecayMs),
    cells: cellsOf(world, projection, spec),
  });
}

export function applyTagTrigger(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  if (list.length === 0) return;
  const cellLists = ruleStates(world, CELLS);
  for (let c = 0; c < cellLists.length; c++) cellLists[c].earlySum.fill(0);
  for (let i = 0; i < list.length; i++) induce(world, list[i]);
  for (let c = 0; c < cellLists.length; c++) makeProteins(cellLists[c]);
  for (let i = 0; i < list.length; i++) consolidate(world, list[i]);
}

function induce(world: SimWorld, state: TagTriggerState): void {
  const { projection, spec, traces, h, l, earlyDecay, cells } = state;
  decayTraces(traces);
  bumpPreTraces(world, traces);
  const learning = projection.plasticityEnabled[0] === 1;
  const { active, pre, post } = world.synapses;
  const spiked = world.neurons.spiked;
  const { fromFirst, toFirst } = traces;
  const preTrace = traces.pre;
  const postTrace = traces.post;
  const { upRate, downRate } = spec;
  const first = projection.firstSynapse;
  const earlySum = cells.earlySum;
  for (let i = 0; i < h.length; i++) {
    const s = first + i;
    let up = h[i] * earlyDecay;
    let down = l[i] * earlyDecay;
    if (learning && active[s] === 1) {
      if (spiked[pre[s]] === 1) down = elementsDown(up, down, downRate * postTrace[post[s] - toFirst]);
      if (spiked[post[s]] === 1) up = elementsUp(up, down, upRate * preTrace[pre[s] - fromFirst]);
    }
    h[i] = up;
    l[i] = down;
    earlySum[post[s] - toFirst] += up + down;
  }
  bumpPostTraces(world, traces);
}

function makeProteins(cells: TagTriggerCells): void {
  const { protein, earlySum, triggerThreshold, proteinDecay } = cells;
  const capacity = cells.synthesis[0];
  for (let n = 0; n < protein.length; n++) {
    const drive = triggerOn(earlySum[n], triggerThreshold) ? capacity : 0;
    protein[n] = proteinStep(protein[n], drive, proteinDecay);
  }
}

function consolidate(world: SimWorld, state: TagTriggerState): void {
  const { projection, spec, h, l, z, baseWeight, traces, cells } = state;
  const { weight, post, active } = world.synapses;
  const { tagThreshold, consolidationTauMs, earlyWeight, lateWeight } = spec;
  const protein = cells.protein;
  const dt = world.dtMs;
  const first = projection.firstSynapse;
  const toFirst = traces.toFirst;
  for (let i = 0; i < z.length; i++) {
    const s = first + i;
    const zi = consolidationStep(z[i], protein[post[s] - toFirst], h[i] > tagThreshold, l[i] > tagThreshold, dt, consolidationTauMs);
    z[i] = zi;
    if (active[s] === 1) weight[s] = tagTriggerWeight(baseWeight[i], earlyWeight, lateWeight, h[i], l[i], zi);
  }
}
