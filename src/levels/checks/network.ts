/** Checks of the network: types, populations, projections, sizes, modulators and stimuli. */
import { MAX_TOTAL_NEURONS, MAX_TOTAL_SYNAPSES, type DistributedValue } from '../schema/common';
import type { Projection } from '../schema/projections';
import { checkIndices, checkRef, checkUnique, type CheckContext } from './context';
import { checkPreIndices } from './shared';
import type { PathSegment } from '../errors';
import { circuitPopulations } from './circuits/provided';
import { circuitDefinitionOf } from '../../circuits/registry';
import type { Level } from '../schema/level';

/** Estimated number of synapses a projection creates (exact except for fixedProbability). */
export function estimateSynapses(projection: Projection, preCount: number, postCount: number): number {
  const sameSelf = projection.from === projection.to;
  const c = projection.connect;
  switch (c.rule) {
    case 'allToAll': return preCount * postCount - (sameSelf && !c.allowSelf ? preCount : 0);
    case 'fixedProbability': return Math.ceil(c.p * preCount * postCount);
    case 'fixedOutDegree': return c.k * preCount;
    case 'fixedInDegree': return c.k * postCount;
    case 'oneToOne': return Math.min(preCount, postCount);
    case 'pairs': return c.pairs.length;
  }
}

function checkDistribution(ctx: CheckContext, path: (string | number)[], value: DistributedValue): void {
  if (typeof value === 'number') return;
  if (value.dist === 'uniform' && value.min > value.max) ctx.report([...path, 'min'], `must be ≤ max (${value.max}), got ${value.min}`);
  if (value.dist === 'normal' && value.min !== undefined && value.max !== undefined && value.min > value.max) {
    ctx.report([...path, 'min'], `must be ≤ max (${value.max}), got ${value.min}`);
  }
}

function checkProjection(ctx: CheckContext, projection: Projection, index: number): number {
  const path = ['projections', index];
  const fromOk = checkRef(ctx, [...path, 'from'], projection.from, ctx.populations, 'population');
  const toOk = checkRef(ctx, [...path, 'to'], projection.to, ctx.populations, 'population');
  checkDistribution(ctx, [...path, 'weight'], projection.weight);
  checkDistribution(ctx, [...path, 'delayMs'], projection.delayMs);
  const rule = projection.plasticity;
  if (rule.rule === 'daStdp') checkRef(ctx, [...path, 'plasticity', 'modulator'], rule.modulator, ctx.modulators, 'modulator');
  if (rule.rule === 'stdp') {
    rule.modulation?.forEach((m, i) => checkRef(ctx, [...path, 'plasticity', 'modulation', i, 'modulator'], m.modulator, ctx.modulators, 'modulator'));
  }
  if (rule.rule === 'calcium' && rule.thetaDepression >= rule.thetaPotentiation) {
    ctx.report([...path, 'plasticity', 'thetaPotentiation'], `must be > thetaDepression (${rule.thetaDepression}), got ${rule.thetaPotentiation}`);
  }
  if ('wMin' in rule && rule.wMin !== undefined && rule.wMax !== undefined && rule.wMin > rule.wMax) {
    ctx.report([...path, 'plasticity', 'wMin'], `must be ≤ wMax (${rule.wMax}), got ${rule.wMin}`);
  }
  if (fromOk && projection.initialWeightOverrides) checkPreIndices(ctx, [...path, 'initialWeightOverrides'], projection.id, projection.initialWeightOverrides);
  if (!fromOk || !toOk) return 0;
  const pre = ctx.populations.get(projection.from)!;
  const post = ctx.populations.get(projection.to)!;
  if (rule.rule === 'teacherDelta') checkTeacher(ctx, [...path, 'plasticity', 'teacher'], rule.teacher, post);
  if (post.model === 'poisson') {
    ctx.report([...path, 'to'], `population "${post.id}" is a Poisson spike source and cannot receive synapses`);
  }
  const c = projection.connect;
  const self = projection.from === projection.to && c.rule !== 'oneToOne' && c.rule !== 'pairs' && !c.allowSelf;
  if (c.rule === 'fixedOutDegree' && c.k > post.count - (self ? 1 : 0)) {
    ctx.report([...path, 'connect', 'k'], `must be ≤ ${post.count - (self ? 1 : 0)} (the distinct targets available in "${post.id}"), got ${c.k}`);
  }
  if (c.rule === 'fixedInDegree' && c.k > pre.count - (self ? 1 : 0)) {
    ctx.report([...path, 'connect', 'k'], `must be ≤ ${pre.count - (self ? 1 : 0)} (the distinct sources available in "${pre.id}"), got ${c.k}`);
  }
  if (c.rule === 'oneToOne' && pre.count !== post.count) {
    ctx.report([...path, 'connect'], `oneToOne needs equal counts, but "${pre.id}" has ${pre.count} and "${post.id}" has ${post.count}`);
  }
  if (c.rule === 'pairs') {
    for (let i = 0; i < c.pairs.length; i++) {
      const [a, b] = c.pairs[i];
      if (a >= pre.count) { ctx.report([...path, 'connect', 'pairs', i, 0], `pre index ${a} is out of range: "${pre.id}" has ${pre.count} neurons`); break; }
      if (b >= post.count) { ctx.report([...path, 'connect', 'pairs', i, 1], `post index ${b} is out of range: "${post.id}" has ${post.count} neurons`); break; }
    }
  }
  const estimate = estimateSynapses(projection, pre.count, post.count);
  if (estimate > MAX_TOTAL_SYNAPSES) {
    ctx.report([...path, 'connect'], `would create about ${estimate} synapses, more than the ${MAX_TOTAL_SYNAPSES} allowed`);
  }
  return estimate;
}

/** Synapses each circuit's own network makes, with its populations' sizes for the message. */
function circuitSynapses(level: Level): Array<{ path: (string | number)[]; synapses: number; what: string }> {
  return level.circuits.map((config, i) => {
    const definition = circuitDefinitionOf(config.kind);
    const sizes = definition.provides(config).populations.map((p) => `${p.id} ${p.count}`).join(', ');
    return { path: ['circuits', i], synapses: definition.synapseEstimate(config), what: `${definition.title} "${config.id}" (${sizes})` };
  });
}

export function checkNetwork(ctx: CheckContext): void {
  const { level } = ctx;
  checkUnique(ctx, ['neuronTypes'], level.neuronTypes, 'neuron type');
  checkUnique(ctx, ['populations'], level.populations, 'population');
  checkUnique(ctx, ['projections'], level.projections, 'projection');
  checkUnique(ctx, ['modulators'], level.modulators, 'modulator');
  checkUnique(ctx, ['stimuli'], level.stimuli, 'stimulus');

  level.neuronTypes.forEach((type, i) => {
    if (type.model === 'lif' && type.vResetMv >= type.vThreshMv) {
      ctx.report(['neuronTypes', i, 'vResetMv'], `must be < vThreshMv (${type.vThreshMv}), got ${type.vResetMv}`);
    }
  });

  let totalNeurons = 0;
  level.populations.forEach((population, i) => {
    totalNeurons += population.count;
    population.groups?.forEach((group, j) => {
      if (group.first + group.count > population.count) {
        ctx.report(['populations', i, 'groups', j, 'count'], `the group runs past the population's last neuron: ${group.first} + ${group.count} > ${population.count}`);
      }
    });
    if (!checkRef(ctx, ['populations', i, 'type'], population.type, ctx.neuronTypes, 'neuron type')) return;
    const type = ctx.neuronTypes.get(population.type)!;
    if (population.variation !== undefined && type.model !== 'izhikevich') {
      ctx.report(['populations', i, 'variation'], `only Izhikevich types have variation; "${type.id}" is ${type.model}`);
    }
  });
  // A circuit's populations are sized by its config's parameters: they count too.
  const circuitNeurons = circuitPopulations(level).reduce((sum, p) => sum + p.count, 0);
  if (totalNeurons + circuitNeurons > MAX_TOTAL_NEURONS) {
    const circuits = circuitNeurons > 0 ? ` (${circuitNeurons} of them in its circuits)` : '';
    ctx.report(['populations'], `the level has ${totalNeurons + circuitNeurons} neurons in total${circuits}, more than the ${MAX_TOTAL_NEURONS} allowed`);
  }

  let totalSynapses = 0;
  level.projections.forEach((projection, i) => { totalSynapses += checkProjection(ctx, projection, i); });
  // A circuit's network is sized by its config too: its synapses count toward the same limit.
  const circuits = circuitSynapses(level).filter((c) => c.synapses > 0);
  const inCircuits = circuits.reduce((sum, c) => sum + c.synapses, 0);
  if (totalSynapses + inCircuits > MAX_TOTAL_SYNAPSES) {
    const total = totalSynapses + inCircuits;
    if (inCircuits === 0) ctx.report(['projections'], `the level would create about ${total} synapses in total, more than the ${MAX_TOTAL_SYNAPSES} allowed`);
    else {
      // Blame the biggest circuit when the circuits alone or together with the level's own are too many.
      const biggest = circuits.reduce((a, b) => (b.synapses > a.synapses ? b : a));
      const parts = circuits.map((c) => `${c.synapses} in ${c.what}`).join('; ');
      ctx.report(totalSynapses > MAX_TOTAL_SYNAPSES ? ['projections'] : biggest.path,
        `the level would create about ${total} synapses in total (${totalSynapses} in its projections; ${parts}), more than the ${MAX_TOTAL_SYNAPSES} allowed; make the circuit or the projections smaller`);
    }
  }

  level.modulators.forEach((modulator, i) => {
    modulator.sources?.forEach((source, j) => checkRef(ctx, ['modulators', i, 'sources', j], source, ctx.populations, 'population'));
  });

  level.stimuli.forEach((stimulus, i) => {
    const path = ['stimuli', i];
    if (stimulus.kind === 'modulatorPulse') {
      checkRef(ctx, [...path, 'modulator'], stimulus.modulator, ctx.modulators, 'modulator');
      return;
    }
    if (!checkRef(ctx, [...path, 'target'], stimulus.target, ctx.populations, 'population')) return;
    checkIndices(ctx, [...path, 'neurons'], stimulus.neurons, stimulus.target);
    if (ctx.populations.get(stimulus.target)!.model === 'poisson') ctx.report([...path, 'target'], `population "${stimulus.target}" is a Poisson spike source and takes no input`);
    if (stimulus.startMs !== undefined && stimulus.endMs !== undefined && stimulus.endMs < stimulus.startMs) {
      ctx.report([...path, 'endMs'], `must be ≥ startMs (${stimulus.startMs}), got ${stimulus.endMs}`);
    }
    if (stimulus.kind === 'uniformNoise' && stimulus.minPa > stimulus.maxPa) {
      ctx.report([...path, 'minPa'], `must be ≤ maxPa (${stimulus.maxPa}), got ${stimulus.minPa}`);
    }
  });
}

/** A teacher population must exist and match the target neuron for neuron (its neuron k teaches neuron k). */
function checkTeacher(ctx: CheckContext, path: readonly PathSegment[], teacherId: string, post: { id: string; count: number }): void {
  if (!checkRef(ctx, path, teacherId, ctx.populations, 'population')) return;
  const teacher = ctx.populations.get(teacherId)!;
  if (teacher.count !== post.count) {
    ctx.report(path, `the teacher "${teacher.id}" has ${teacher.count} neurons but the target "${post.id}" has ${post.count}: its neuron k teaches target neuron k, so the counts must match`);
  }
}
