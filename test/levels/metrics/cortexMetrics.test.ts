/**
 * The cortex chapter's metrics on small levels with known answers: spike-time jitter (SD of spike
 * times pooled over trials), ISI CV (a clock vs a Poisson train) and the tuning correlation of two
 * projections (Pearson r across channels). LIF cells, exact step, dtMs 0.1 or 1; seeds in each level.
 */
import { describe, expect, it } from 'vitest';
import { loadLevel, type Level } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';

const cell = { id: 'cell', model: 'lif', tauMMs: 10, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 100, input: { mode: 'current', tauMs: 0 } };

function load(data: unknown): Level {
  const result = loadLevel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.level;
}

function run(data: unknown) {
  const outcome = runLevel(load(data));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const objective = (id: string, metric: string, args: Record<string, unknown>, over: Record<string, unknown>) =>
  ({ id, description: '', metric, args, comparison: '>=', threshold: -1e9, over });

/** One cell forced to fire by a pulse at 10 ms in odd trials and at 14 ms in even ones. */
function jitterLevel(): Record<string, unknown> {
  const pulse = (ms: number) => [{ id: 'kick', kind: 'pulse', target: 'cells', at: { ms }, amplitudePa: 5000, widthMs: 0.5 }];
  return {
    schemaVersion: 3, id: 'jitter', title: 'Jitter', seed: 1, dtMs: 0.1, durationMs: 1000,
    neuronTypes: [cell], populations: [{ id: 'cells', type: 'cell', count: 1 }], projections: [],
    timeline: { sessions: [{ id: 's', phases: [{ id: 'p', trials: 4, trialMs: 50, order: 'sequential', trialTypes: [
      { id: 'early', events: pulse(10) }, { id: 'late', events: pulse(14) },
    ] }] }] },
    objectives: [
      objective('fromTrialStart', 'spikeTimeJitterMs', { population: 'cells' }, { allTrials: true }),
      objective('fromThePulse', 'spikeTimeJitterMs', { population: 'cells', window: { from: 'kick', startMs: 0, endMs: 20 } }, { allTrials: true }),
      objective('oneTrial', 'spikeTimeJitterMs', { population: 'cells' }, { lastTrials: 1 }),
    ],
  };
}

describe('spikeTimeJitterMs', () => {
  const result = run(jitterLevel());
  const value = (id: string) => result.objectives.find((o) => o.id === id)?.value;
  it('spikes 4 ms apart in alternate trials spread by 2 ms (SD of {t, t, t + 4, t + 4})', () => {
    expect(result.trials.map((t) => t.trialType)).toEqual(['early', 'late', 'early', 'late']);
    expect(value('fromTrialStart')).toBeCloseTo(2, 9);
  });
  it('each trial\'s point is the pooled spread over the trials so far, ending at the objective\'s value', () => {
    const points = result.trials.map((t) => t.metrics.fromTrialStart);
    // SD of {t}, {t, t + 4}, {t, t + 4, t}, {t, t + 4, t, t + 4}
    expect(points[0]).toBe(0);
    expect(points[1]).toBeCloseTo(2, 9);
    expect(points[2]).toBeCloseTo(Math.sqrt(32 / 9), 9);
    expect(points[3]).toBeCloseTo(value('fromTrialStart')!, 9);
  });
  it('timed from the pulse itself they do not spread; one spike alone has SD 0', () => {
    expect(value('fromThePulse')).toBeCloseTo(0, 9);
    expect(value('oneTrial')).toBe(0);
  });
});

describe('isiCv', () => {
  const result = run({
    schemaVersion: 3, id: 'cv', title: 'CV', seed: 5, dtMs: 1, durationMs: 20000,
    neuronTypes: [{ ...cell, resistanceMOhm: 1000 }, { id: 'source', model: 'poisson', rateHz: 50 }],
    populations: [{ id: 'clock', type: 'cell', count: 1 }, { id: 'random', type: 'source', count: 5 }],
    projections: [],
    stimuli: [{ id: 'drive', kind: 'constantCurrent', target: 'clock', amplitudePa: 30 }],
    objectives: [
      objective('clock', 'isiCv', { population: 'clock', windowMs: 10000 }, { window: { startMs: 10000, endMs: 20000 } }),
      objective('random', 'isiCv', { population: 'random', windowMs: 10000 }, { window: { startMs: 10000, endMs: 20000 } }),
    ],
  });
  it('a cell on a constant current fires like a clock (CV < 0.01); Poisson sources at 50 Hz give CV ≈ 1', () => {
    const [clock, random] = result.objectives.map((o) => o.value);
    expect(clock).toBeLessThan(0.01);
    expect(random).toBeGreaterThan(0.9);
    expect(random).toBeLessThan(1.1);
  });
});

function tuningLevel(otherWeights: number[], otherProjection = 'b'): Record<string, unknown> {
  const overrides = (weights: number[]) => weights.map((weight, pre) => ({ pre, weight }));
  return {
    schemaVersion: 3, id: 'tuning', title: 'Tuning', seed: 1, dtMs: 1, durationMs: 10,
    neuronTypes: [cell],
    populations: [{ id: 'x', type: 'cell', count: 4 }, { id: 'y', type: 'cell', count: 4 }, { id: 'post', type: 'cell', count: 1 }],
    projections: [
      { id: 'a', from: 'x', to: 'post', connect: { rule: 'allToAll' }, weight: 1, receptor: 'excitatory', initialWeightOverrides: overrides([1, 3, 2, 6]) },
      { id: 'b', from: 'y', to: 'post', connect: { rule: 'allToAll' }, weight: 1, receptor: 'inhibitory', initialWeightOverrides: overrides(otherWeights) },
    ],
    objectives: [objective('r', 'tuningCorrelation', { projection: 'a', otherProjection, channels: 2 }, { window: { startMs: 0, endMs: 10 } })],
  };
}

describe('tuningCorrelation', () => {
  it('two channels (neurons 0-1 and 2-3): means 2 and 4 against 1 and 5 give r = 1, against 5 and 1 r = −1', () => {
    expect(run(tuningLevel([1, 1, 5, 5])).objectives[0].value).toBeCloseTo(1, 12);
    expect(run(tuningLevel([5, 5, 1, 1])).objectives[0].value).toBeCloseTo(-1, 12);
  });
  it('equal channel means have no correlation: the value is missing, not 0', () => {
    expect(run(tuningLevel([2, 2, 2, 2])).objectives[0].value).toBeNull();
  });
  it('an unknown other projection is a clear loader error on that field', () => {
    const result = loadLevel(tuningLevel([1, 1, 5, 5], 'nope'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/objectives\[0\]\.args\.otherProjection: .*nope/);
  });
});
