/**
 * Phase: traces and plasticity. The teacher-guided delta rule (models/teacherDelta.ts; ReSuMe,
 * Ponulak & Kasiński 2010), the learning of prediction synapses (Rao & Ballard 1999).
 * Reads: this tick's spikes, the incoming CSR, synapses.active, projection.plasticityEnabled, the
 * teacher population's spikes (its neuron k teaches target neuron k). Writes: synapses.weight,
 * projection.<name>.preTrace (the rule has no postsynaptic trace: a post spike subtracts η·x_pre at
 * once, as docs/model.md writes it, so none is kept).
 * Order within a tick: traces decay; the pre traces jump with this tick's pre spikes (so a pre spike
 * in the same tick counts); each teacher spike adds η·x_pre to the incoming synapses of its target
 * neuron, each spike of a target neuron subtracts η·x_pre. Weights are magnitudes kept in
 * [wMin, wMax]; into current-mode cells inhibitory weights are stored negative (weightSign.ts).
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import { populationByName, type SimWorld, type Projection } from '../world/world';
import type { TeacherDeltaSpec } from './plasticitySpec';
import { bumpPreTraces } from './pairTraces';
import { createPreTraces, decayPreTraces, type PreTraces } from './preTraces';
import { plasticWeightSign } from './weightSign';

interface TeacherDeltaState {
  readonly projection: Projection;
  readonly traces: PreTraces;
  readonly learningRate: number;
  readonly wMin: number;
  readonly wMax: number;
  readonly sign: number;
  /** Eid range of the teacher population (same count as the target). */
  readonly teacherFirst: number;
  readonly teacherEnd: number;
}

const OWNER = ruleStateKey<TeacherDeltaState>('teacherDelta');

export function installTeacherDelta(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as TeacherDeltaSpec;
  const teacher = populationByName(world, spec.teacher);
  const target = world.populations[projection.to];
  if (teacher.count !== target.count) {
    throw new Error(`teacher population "${spec.teacher}" has ${teacher.count} neurons; the target "${target.name}" has ${target.count}: they must match`);
  }
  addRuleState(world, OWNER, {
    projection,
    traces: createPreTraces(world, projection, spec.tauMs),
    learningRate: spec.learningRate,
    wMin: spec.wMin ?? 0,
    wMax: spec.wMax,
    sign: plasticWeightSign(world, projection),
    teacherFirst: teacher.firstEid,
    teacherEnd: teacher.firstEid + teacher.count,
  });
}

export function applyTeacherDelta(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: TeacherDeltaState): void {
  const { traces, projection, learningRate, teacherFirst, teacherEnd } = state;
  decayPreTraces(traces);
  bumpPreTraces(world, traces);
  if (projection.plasticityEnabled[0] !== 1 || learningRate === 0) return;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  const { toFirst, toEnd } = traces;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= teacherFirst && eid < teacherEnd) changeIncoming(world, state, toFirst + (eid - teacherFirst), learningRate);
    if (eid >= toFirst && eid < toEnd) changeIncoming(world, state, eid, -learningRate);
  }
}

/** Adds step·x_pre to every active synapse of this projection onto the target neuron. */
function changeIncoming(world: SimWorld, state: TeacherDeltaState, postEid: number, step: number): void {
  const { weight, active, pre, inStart, inIds } = world.synapses;
  const { traces, projection, wMin, wMax, sign } = state;
  const first = projection.firstSynapse;
  const last = first + projection.count;
  const fromFirst = traces.fromFirst;
  const end = inStart[postEid + 1];
  for (let j = inStart[postEid]; j < end; j++) {
    const s = inIds[j];
    if (s < first || s >= last || active[s] === 0) continue;
    const x = traces.pre[pre[s] - fromFirst];
    if (x === 0) continue;
    const next = sign * weight[s] + step * x;
    weight[s] = sign * (next > wMax ? wMax : next < wMin ? wMin : next);
  }
}
