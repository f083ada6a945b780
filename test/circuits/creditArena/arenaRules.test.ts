/**
 * The arena's learning rules against analytic answers, on small networks drawn from a seeded stream
 * (RandomStreams, level seed 17). Pure functions, no world: each update is one epoch summed over
 * the task's patterns (arena.ts), compared with backprop's, which is checked against a central
 * finite difference of the loss first.
 */
import { describe, expect, it } from 'vitest';
import { cosine, forward, initialWeights, newActivity, weightCount, type NetShape } from '../../../src/sim/rateNet/rateNet';
import { patternTask, xorTask, type PatternTask } from '../../../src/sim/rateNet/patternTasks';
import { alignmentAngleDeg, errorUpdate, newErrorScratch } from '../../../src/sim/rateNet/gradientRules';
import { codingUpdate, newCodingScratch } from '../../../src/circuits/creditArena/predictiveCoding';
import {
  newPerturbationScratch, newThreeFactorMemory, nodePerturbationUpdate, resetThreeFactorMemory, threeFactorUpdate,
} from '../../../src/circuits/creditArena/perturbationRules';
import { RandomStreams } from '../../../src/sim/rng/streams';
import { StateRegistry } from '../../../src/sim/world/stateRegistry';

const streams = new RandomStreams(17, new StateRegistry());
const draw = streams.stream('arena-test');
const gaussian = (): number => draw.gaussian();

function totalLoss(w: Float64Array, shape: NetShape, task: PatternTask): number {
  const act = newActivity(shape);
  let loss = 0;
  for (let p = 0; p < task.patterns; p++) loss += forward(w, shape, task.x, p * shape.inputs, task.t, p * shape.outputs, act);
  return loss;
}

function network(shape: NetShape, gain = 1): Float64Array {
  const w = new Float64Array(weightCount(shape));
  initialWeights(shape, gain, gaussian, w);
  return w;
}

function backprop(w: Float64Array, shape: NetShape, task: PatternTask): Float64Array {
  const delta = new Float64Array(w.length);
  errorUpdate(w, shape, task, null, newErrorScratch(shape), delta);
  return delta;
}

const task = patternTask(6, 3, 12, () => draw.uniform());
const shape: NetShape = { inputs: 6, hidden: 5, outputs: 3 };

describe('backprop and feedback alignment (Rumelhart et al. 1986; Lillicrap et al. 2016)', () => {
  it('backprop\'s update is minus the loss gradient (central differences, h = 1e-6, to 1e-6 relative)', () => {
    const w = network(shape);
    const delta = backprop(w, shape, task);
    const h = 1e-6;
    for (let n = 0; n < w.length; n++) {
      const keep = w[n];
      w[n] = keep + h;
      const up = totalLoss(w, shape, task);
      w[n] = keep - h;
      const down = totalLoss(w, shape, task);
      w[n] = keep;
      expect(delta[n]).toBeCloseTo(-(up - down) / (2 * h), 6);
    }
  });

  it('with feedback equal to the transposed forward weights, feedback alignment is backprop, and their angle is 0°', () => {
    const w = network(shape);
    const feedback = new Float64Array(shape.hidden * shape.outputs);
    const w2At = shape.hidden * (shape.inputs + 1);
    for (let j = 0; j < shape.hidden; j++) for (let k = 0; k < shape.outputs; k++) feedback[j * shape.outputs + k] = w[w2At + k * (shape.hidden + 1) + j];
    const aligned = new Float64Array(w.length);
    errorUpdate(w, shape, task, feedback, newErrorScratch(shape), aligned);
    const exact = backprop(w, shape, task);
    for (let n = 0; n < w.length; n++) expect(aligned[n]).toBeCloseTo(exact[n], 12);
    expect(alignmentAngleDeg(w, shape, feedback)).toBeCloseTo(0, 5);
    for (let n = 0; n < feedback.length; n++) feedback[n] = -feedback[n];
    expect(alignmentAngleDeg(w, shape, feedback)).toBeCloseTo(180, 5);
  });
});

describe('predictive coding approximates backprop (Whittington & Bogacz 2017)', () => {
  const settings = { hiddenVariance: 0.01, steps: 20, rate: 0.5 };
  it('at equilibrium its updates point along backprop\'s (cosine ≥ 0.99 on 20 random networks; measured ≥ 0.999)', () => {
    let worst = 1;
    for (let n = 0; n < 20; n++) {
      const w = network(shape);
      const coded = new Float64Array(w.length);
      codingUpdate(w, shape, task, settings, newCodingScratch(shape), coded);
      worst = Math.min(worst, cosine(coded, backprop(w, shape, task)));
    }
    expect(worst).toBeGreaterThanOrEqual(0.99);
  });
  it('the match needs a small hidden variance: at σ1² = 1 it is looser than at 0.01', () => {
    const w = network(shape, 2);
    const exact = backprop(w, shape, task);
    const coded = (hiddenVariance: number): number => {
      const delta = new Float64Array(w.length);
      codingUpdate(w, shape, task, { hiddenVariance, steps: 200, rate: 0.5 }, newCodingScratch(shape), delta);
      return cosine(delta, exact);
    };
    expect(coded(1)).toBeLessThan(coded(0.01));
  });
  it('with no inference steps the hidden errors are zero: only the output layer learns', () => {
    const w = network(shape);
    const delta = new Float64Array(w.length);
    codingUpdate(w, shape, task, { ...settings, steps: 0 }, newCodingScratch(shape), delta);
    const w2At = shape.hidden * (shape.inputs + 1);
    for (let n = 0; n < w2At; n++) expect(delta[n]).toBe(0);
    const exact = backprop(w, shape, task);
    for (let n = w2At; n < w.length; n++) expect(delta[n]).toBeCloseTo(exact[n], 10);
  });
});

describe('node perturbation and the three-factor rule (Fiete & Seung 2006; Izhikevich 2007)', () => {
  const xor = xorTask();
  const small: NetShape = { inputs: 2, hidden: 4, outputs: 1 };
  it('node perturbation\'s updates average to backprop\'s direction (4000 epochs, σ = 0.01: cosine ≥ 0.95)', () => {
    const w = network(small);
    const sum = new Float64Array(w.length);
    const delta = new Float64Array(w.length);
    const scratch = newPerturbationScratch(small);
    for (let n = 0; n < 4000; n++) {
      nodePerturbationUpdate(w, small, xor, 0.01, gaussian, scratch, delta);
      for (let i = 0; i < w.length; i++) sum[i] += delta[i];
    }
    expect(cosine(sum, backprop(w, small, xor))).toBeGreaterThanOrEqual(0.95);
  });
  it('the three-factor rule\'s updates, judged against the critic, average to backprop\'s direction too (cosine ≥ 0.9)', () => {
    const w = network(small);
    const sum = new Float64Array(w.length);
    const delta = new Float64Array(w.length);
    const scratch = newPerturbationScratch(small);
    const memory = newThreeFactorMemory(xor);
    resetThreeFactorMemory(w, small, xor, memory, scratch);
    for (let n = 0; n < 4000; n++) {
      threeFactorUpdate(w, small, xor, 0.01, 0.5, gaussian, memory, scratch, delta);
      for (let i = 0; i < w.length; i++) sum[i] += delta[i];
    }
    expect(cosine(sum, backprop(w, small, xor))).toBeGreaterThanOrEqual(0.9);
  });
  it('without exploration neither rule changes a weight', () => {
    const w = network(small);
    const delta = new Float64Array(w.length).fill(1);
    const scratch = newPerturbationScratch(small);
    nodePerturbationUpdate(w, small, xor, 0, gaussian, scratch, delta);
    expect(delta.every((d) => d === 0)).toBe(true);
    const memory = newThreeFactorMemory(xor);
    resetThreeFactorMemory(w, small, xor, memory, scratch);
    delta.fill(1);
    threeFactorUpdate(w, small, xor, 0, 0.5, gaussian, memory, scratch, delta);
    expect(delta.every((d) => d === 0)).toBe(true);
  });
});

describe('the tasks', () => {
  it('XOR\'s targets are the inputs\' exclusive or', () => {
    const xor = xorTask();
    for (let p = 0; p < 4; p++) expect(xor.t[p]).toBe(xor.x[2 * p] !== xor.x[2 * p + 1] ? 1 : 0);
  });
  it('a pattern set has distinct inputs, is fixed by its stream\'s seed, and refuses more patterns than its bits allow', () => {
    const make = (seed: number) => { const s = new RandomStreams(seed, new StateRegistry()).stream('task'); return patternTask(3, 2, 8, () => s.uniform()); };
    const a = make(5);
    const keys = new Set(Array.from({ length: 8 }, (_, p) => Array.from(a.x.subarray(p * 3, p * 3 + 3)).join('')));
    expect(keys.size).toBe(8);
    expect(Array.from(make(5).t)).toEqual(Array.from(a.t));
    expect(() => patternTask(3, 1, 9, () => 0)).toThrow(/at least 4 input bits/);
  });
});
