/**
 * Projections → PyNN FromListConnector lists (every synapse of our built network, with our drawn
 * weight and delay), and STDP → STDPMechanism(SpikePairRule, Additive/MultiplicativeWeightDependence).
 * PyNN's A± are fractions of w_max (Δw = w_max·A·trace), ours are in weight units: A = ours / wMax.
 * Rules PyNN has no standard model for stay static at their initial weights and are listed.
 */
import type { Projection, SimWorld } from '../../sim/world/world';
import type { LevelPaths } from './levelPaths';
import type { PynnProjection, PynnStdp } from './pynnNetwork';
import { weightScaleFor } from './synapseUnits';
import type { UnsupportedList } from './unsupportedList';

const RULE_NAMES: Record<string, string> = {
  daStdp: 'dopamine-modulated STDP (Izhikevich 2007)',
  calcium: 'calcium-controlled plasticity (Shouval, Bear & Cooper 2002)',
  homeostaticScaling: 'homeostatic synaptic scaling',
  inhibitoryStdp: 'inhibitory STDP (Vogels et al. 2011)',
  teacherDelta: 'teacher-guided delta rule (ReSuMe, Ponulak & Kasiński 2010)',
  normalizedHebbian: 'normalised Hebbian plasticity',
  tagTrigger: 'tag-trigger-consolidation (early and late LTP)',
};

export function translateProjection(
  world: SimWorld, projection: Projection, probed: boolean, paths: LevelPaths, unsupported: UnsupportedList,
): PynnProjection | null {
  const from = world.populations[projection.from];
  const to = world.populations[projection.to];
  const target = world.neuronTypes.entries[to.typeId];
  const receptor = projection.receptor === 1 ? 'inhibitory' : 'excitatory';
  const units = weightScaleFor(target, receptor, world.dtMs);
  const path = paths.projection(projection.name);
  if (units.scale === null) {
    unsupported.add(path, `projection "${projection.name}" onto "${to.name}": ${units.reason}; not exported`);
    return null;
  }
  if (units.approximation) unsupported.add(path, `projection "${projection.name}": ${units.approximation}`);
  if (projection.structural) {
    unsupported.add(paths.projection(projection.name, 'structural'), `projection "${projection.name}": spine growth and pruning; the synapses active at the start are exported, fixed in number`);
  }
  const { pre, post, weight, delayTicks, active } = world.synapses;
  let activeCount = 0;
  for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) activeCount += active[s];
  const out: PynnProjection = {
    name: projection.name,
    pre: from.name,
    post: to.name,
    preIndex: new Int32Array(activeCount),
    postIndex: new Int32Array(activeCount),
    weight: new Float64Array(activeCount),
    delayMs: new Float64Array(activeCount),
    weightScale: units.scale,
    receptor,
    recordWeights: probed,
  };
  let k = 0;
  for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) {
    if (active[s] === 0) continue;
    out.preIndex[k] = pre[s] - from.firstEid;
    out.postIndex[k] = post[s] - to.firstEid;
    out.weight[k] = weight[s] * units.scale;
    out.delayMs[k] = delayTicks[s] * world.dtMs;
    k++;
  }
  const negativeWeights = out.weight.some((w) => w < 0);
  const stdp = translatePlasticity(projection, units.scale, negativeWeights, path, unsupported);
  if (stdp) {
    out.stdp = stdp;
    out.recordWeights = true;
  }
  return out;
}

function translatePlasticity(projection: Projection, scale: number, negativeWeights: boolean, path: string, unsupported: UnsupportedList): PynnStdp | undefined {
  const rule = projection.plasticity;
  if (rule.rule === 'none') return undefined;
  if (rule.rule !== 'stdp') {
    unsupported.add(`${path}.plasticity`, `projection "${projection.name}": ${RULE_NAMES[rule.rule] ?? rule.rule} has no PyNN standard model; its synapses stay at their initial weights`);
    return undefined;
  }
  if (negativeWeights) {
    unsupported.add(`${path}.plasticity`, `projection "${projection.name}": STDP on current-based inhibitory synapses (negative weights); its synapses stay at their initial weights`);
    return undefined;
  }
  if (rule.pairing === 'nearest') {
    unsupported.add(`${path}.plasticity.pairing`, `projection "${projection.name}": nearest-spike pairing; PyNN's SpikePairRule pairs all spikes (exported as all-to-all)`);
  }
  if (rule.modulation && rule.modulation.length > 0) {
    unsupported.add(`${path}.plasticity.modulation`, `projection "${projection.name}": neuromodulator gain on STDP (Seol et al. 2007); exported without it`);
  }
  const wMax = rule.wMax;
  return {
    tauPlusMs: rule.tauPlusMs,
    tauMinusMs: rule.tauMinusMs,
    aPlusRelative: wMax > 0 ? rule.aPlus / wMax : 0,
    aMinusRelative: wMax > 0 ? Math.abs(rule.aMinus) / wMax : 0,
    weightDependence: rule.form,
    wMin: (rule.wMin ?? 0) * scale,
    wMax: wMax * scale,
  };
}
