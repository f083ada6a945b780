/**
 * What the inspector says about one synapse, as plain data (no DOM): the neurons at its two ends,
 * its weight with the unit the post cell reads it in, its learning rule by name (the level file's
 * rule id in brackets), delay, receptor, and the rule's equations with its numbers plugged in (a live
 * learning rate as it is now).
 */
import { InputMode, type InputModeCode } from '../../sim/params/neuronTypes';
import { projectionIndexOfSynapse, type SimWorld } from '../../sim/world/world';
import { liveLearningRate } from '../../sim/plasticity/applyNormalizedHebbian';
import { fmt, neuronName, receptorWord, type LiveValue } from './inspectorModel';
import { t } from '../../i18n/messages';

/**
 * Plasticity rules of the level format (src/levels/schema/plasticity.ts) with a name a reader knows,
 * each under game.inspector.rule.<id> in the string files.
 */
export const NAMED_RULES: readonly string[] = ['stdp', 'daStdp', 'calcium', 'homeostaticScaling', 'inhibitoryStdp', 'teacherDelta', 'normalizedHebbian', 'tagTrigger'];

/** A rule's readable name with its id in brackets; 'none' says the engine keeps the weight (a circuit may not). */
export function plasticityRuleLabel(rule: string): string {
  if (rule === 'none') return t('game.inspector.rule.none');
  return NAMED_RULES.includes(rule) ? t('game.inspector.rule.named', { name: t(`game.inspector.rule.${rule}`), id: rule }) : rule;
}

/** The unit a weight is in: what it adds to the post cell's input (as the neuron's gExc row says). */
function weightUnit(inputMode: InputModeCode | undefined): string {
  return inputMode === InputMode.conductance ? t('game.inspector.unit.leakConductance') : t('game.inspector.unit.currentUnits');
}

export interface SynapseDescription {
  readonly kind: 'synapse';
  readonly title: string;
  readonly projection: string;
  readonly role: string;
  readonly values: LiveValue[];
  readonly equations: string[];
  readonly preEid: number;
  readonly postEid: number;
}

export function describeSynapse(world: SimWorld, synapseId: number): SynapseDescription {
  const { synapses } = world;
  const pr = world.projections[projectionIndexOfSynapse(world, synapseId)];
  const pre = synapses.pre[synapseId];
  const post = synapses.post[synapseId];
  const receptor = synapses.receptor[synapseId] === 1 ? 'inhibitory' : 'excitatory';
  const rule = (pr.plasticity as { rule?: string }).rule ?? 'none';
  // η as the rule uses it now: a timeline's setParameter (the critical period's brake) changes the live rate, not the file's.
  const live = liveLearningRate(world, pr.name);
  const spec = live === undefined ? pr.plasticity as Record<string, unknown> : { ...(pr.plasticity as Record<string, unknown>), learningRate: live };
  const postType = world.neuronTypes.entries[world.neurons.typeId[post]];
  const values: LiveValue[] = [
    { label: t('game.inspector.value.from'), value: neuronName(world, pre), unit: '' },
    { label: t('game.inspector.value.to'), value: neuronName(world, post), unit: '' },
    { label: t('game.inspector.value.weight'), value: fmt(synapses.weight[synapseId], 5), unit: weightUnit(postType?.inputMode) },
    { label: t('game.inspector.value.learningRule'), value: plasticityRuleLabel(rule), unit: '' },
    { label: t('game.inspector.value.delay'), value: fmt(synapses.delayTicks[synapseId] * world.dtMs, 2), unit: 'ms' },
    { label: t('game.inspector.value.receptor'), value: receptorWord(receptor), unit: '' },
    { label: t('game.inspector.value.active'), value: synapses.active[synapseId] ? t('game.inspector.yes') : t('game.inspector.notActive'), unit: '' },
  ];
  return {
    kind: 'synapse',
    title: `${neuronName(world, pre)} → ${neuronName(world, post)}`,
    projection: pr.name,
    role: t('game.inspector.synapseRole', { projection: pr.name, from: world.populations[pr.from].name, to: world.populations[pr.to].name }),
    values,
    equations: synapseEquations(rule, spec, synapses.weight[synapseId], synapses.delayTicks[synapseId] * world.dtMs),
    preEid: pre,
    postEid: post,
  };
}

/** The weight's role on arrival and, when the projection learns, its rule with the numbers in. */
export function synapseEquations(rule: string, spec: Record<string, unknown>, weight: number, delayMs: number): string[] {
  const lines = [t('game.inspector.eq.arrival', { w: fmt(weight, 5), delay: fmt(delayMs, 2) })];
  const num = (key: string) => (typeof spec[key] === 'number' ? (spec[key] as number) : Number.NaN);
  if (rule === 'stdp' || rule === 'daStdp') {
    const target = rule === 'daStdp' ? t('game.inspector.eq.eligibility') : 'Δw';
    lines.push(`Δt = t_post − t_pre ≥ 0: ${target} += A₊·e^(−Δt/τ₊) = ${fmt(num('aPlus'), 5)}·e^(−Δt/${fmt(num('tauPlusMs'), 1)} ms)`);
    lines.push(`Δt < 0: ${target} −= A₋·e^(Δt/τ₋) = ${fmt(Math.abs(num('aMinus')), 5)}·e^(Δt/${fmt(num('tauMinusMs'), 1)} ms)`);
    if (rule === 'daStdp') lines.push(t('game.inspector.eq.daStdp', { tau: fmt(num('tauEligibilityMs'), 0) }));
    lines.push(t('game.inspector.eq.weightBounds', { min: fmt(Number.isFinite(num('wMin')) ? num('wMin') : 0, 4), max: fmt(num('wMax'), 4) }));
  } else if (rule === 'inhibitoryStdp') {
    lines.push(t('game.inspector.eq.inhibitoryStdp', { eta: fmt(num('learningRate'), 5), tau: fmt(num('tauMs'), 1), target: fmt(num('targetRateHz'), 1) }));
  } else if (rule === 'teacherDelta') {
    lines.push(t('game.inspector.eq.teacherDelta', { eta: fmt(num('learningRate'), 5), tau: fmt(num('tauMs'), 1) }));
  } else if (rule === 'normalizedHebbian') {
    lines.push(t('game.inspector.eq.normalizedHebbian', { eta: fmt(num('learningRate'), 5), total: fmt(num('totalWeight'), 4), tau: fmt(num('tauMs'), 1) }));
  } else if (rule === 'tagTrigger') {
    lines.push(t('game.inspector.eq.tagTrigger', { early: fmt(num('earlyWeight'), 4), late: fmt(num('lateWeight'), 4), tag: fmt(num('tagThreshold'), 3), trigger: fmt(num('triggerThreshold'), 3) }));
  } else if (rule === 'homeostaticScaling') {
    lines.push(t('game.inspector.eq.scaling', { target: fmt(num('targetRateHz'), 1), tau: fmt(num('tauRateMs'), 0) }));
  } else if (rule === 'calcium') {
    lines.push(t('game.inspector.eq.calcium', { depression: fmt(num('thetaDepression'), 3), potentiation: fmt(num('thetaPotentiation'), 3) }));
  }
  return lines;
}

