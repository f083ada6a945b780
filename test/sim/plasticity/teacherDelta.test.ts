/**
 * The teacher-guided delta rule (src/sim/plasticity/applyTeacherDelta.ts; ReSuMe, Ponulak & Kasiński
 * 2010), the learning of the predictive-coding level's prediction synapses: the kernel's algebra, and
 * single spikes on a three-cell world (pre, post and the teacher of post; LIF pulse cells, exact
 * exponential step, dt 1 ms, made to spike by one-tick pulses): a teacher spike after a pre spike
 * strengthens by η·e^(−Δt/τ), a post spike weakens by as much, and neither moves a synapse whose pre
 * cell has not fired. The loader refuses a teacher of the wrong size.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { TeacherDeltaSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { teacherDeltaChange, teacherDeltaDriftPerSecond } from '../../../src/sim/models/teacherDelta';
import { runTicks } from '../../../src/sim/schedule';
import { loadLevel } from '../../../src/levels/loadLevel';
import { PULSE_CELL } from './pairWorld';

const RULE: TeacherDeltaSpec = { rule: 'teacherDelta', teacher: 'teacher', learningRate: 0.1, tauMs: 20, wMax: 5, wMin: 0 };

function weightAfter(preMs: number[], postMs: number[], teacherMs: number[]): number {
  const pulse = (name: string, target: string, timesMs: number[]) => ({ kind: 'pulses' as const, name, target, timesMs, amplitude: 20000, widthMs: 0.5 });
  const world = buildWorld({
    seed: 1, dtMs: 1, neuronTypes: [PULSE_CELL],
    populations: [{ name: 'pre', type: 'pulseCell', count: 1 }, { name: 'post', type: 'pulseCell', count: 1 }, { name: 'teacher', type: 'pulseCell', count: 1 }],
    projections: [{ name: 'syn', from: 'pre', to: 'post', connect: { rule: 'pairs', pairs: [[0, 0]] }, weight: 1, delayMs: 1, receptor: 'excitatory', plasticity: RULE }],
    stimuli: [pulse('a', 'pre', preMs), pulse('b', 'post', postMs), pulse('c', 'teacher', teacherMs)],
  });
  runTicks(world, 300);
  return world.synapses.weight[0];
}

describe('teacher-guided delta rule', () => {
  it('kernel: +η·x at a teacher spike, −η·x at a post spike, nothing when both; the drift vanishes when post fires as often as its teacher', () => {
    expect(teacherDeltaChange(0.1, 0.5, true, false)).toBeCloseTo(0.05, 15);
    expect(teacherDeltaChange(0.1, 0.5, false, true)).toBeCloseTo(-0.05, 15);
    expect(teacherDeltaChange(0.1, 0.5, true, true)).toBe(0);
    expect(teacherDeltaDriftPerSecond(0.1, 20, 10, 8, 8)).toBe(0);
    expect(teacherDeltaDriftPerSecond(0.1, 20, 10, 8, 2)).toBeCloseTo(0.1 * 10 * 0.02 * 6, 12);
  });

  it('a teacher spike 5 ms after a pre spike adds η·e^(−5/20); a post spike 5 ms after takes as much away', () => {
    const step = RULE.learningRate * Math.exp(-5 / 20);
    expect(weightAfter([100], [], [105])).toBeCloseTo(1 + step, 12);
    expect(weightAfter([100], [105], [])).toBeCloseTo(1 - step, 12);
    expect(weightAfter([100], [105], [105])).toBeCloseTo(1, 12);
  });

  it('no pre activity, no change: a teacher or post spike before the pre spike leaves the weight alone', () => {
    expect(weightAfter([], [100], [120])).toBe(1);
    expect(weightAfter([150], [100], [120])).toBe(1);
  });

  it('the loader refuses a teacher whose size differs from the target, naming both', () => {
    const level = JSON.parse(readFileSync(new URL('../../../levels/predictive-coding.json', import.meta.url), 'utf8'));
    level.projections.find((p: { id: string }) => p.id === 'predict').plasticity.teacher = 'lastBeat';
    const loaded = loadLevel(level);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/plasticity\.teacher: the teacher "lastBeat" has 10 neurons but the target "prediction" has 20/);
  });
});
