import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';

/**
 * Objective spans over trials: firstTrials and a phase filter. One driven neuron, silent in phase
 * "off" (2 trials) and driven at 15 pA in phase "on" (3 trials); Izhikevich RS, Euler, dt 1 ms, seed 3.
 */
function level(objectives: unknown[]): Record<string, unknown> {
  return {
    schemaVersion: 1, id: 'spans', title: 'Spans', seed: 3, dtMs: 1, durationMs: 1500,
    neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8 }],
    populations: [{ id: 'driven', type: 'rs', count: 2 }],
    stimuli: [{ id: 'drive', kind: 'constantCurrent', target: 'driven', amplitudePa: 15, initiallyActive: false }],
    timeline: { sessions: [{ id: 'day', phases: [
      { id: 'off', trials: 2, trialMs: 300, trialTypes: [{ id: 'rest', events: [] }] },
      { id: 'on', trials: 3, trialMs: 300, trialTypes: [{ id: 'drive', events: [{ kind: 'stimulusOn', target: 'drive', at: { ms: 0 } }] }] },
    ] }] },
    objectives,
  };
}

const rate = (id: string, over: unknown) =>
  ({ id, description: '', metric: 'populationRateHz', args: { population: 'driven' }, comparison: '>', threshold: 5, over });

describe('objective spans over trials', () => {
  it('firstTrials measures the first N trials, phase restricts to one phase', () => {
    const loaded = loadLevel(level([
      rate('first2', { firstTrials: 2 }),
      rate('first3', { firstTrials: 3 }),
      rate('onFirst1', { firstTrials: 1, phase: 'on' }),
      rate('offAll', { allTrials: true, phase: 'off' }),
      rate('offLast1', { lastTrials: 1, phase: 'off' }),
      rate('first9', { firstTrials: 9 }),
    ]));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const outcome = runLevel(loaded.level);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const value = Object.fromEntries(outcome.result.objectives.map((o) => [o.id, o.value]));
    expect(value.first2).toBe(0);
    expect(value.offAll).toBe(0);
    expect(value.offLast1).toBe(0);
    expect(value.onFirst1).toBeGreaterThan(5);
    // The first three trials: two silent, one driven, so a third of the driven trial's rate.
    expect(value.first3).toBeCloseTo((value.onFirst1 as number) / 3, 6);
    // Fewer trials than asked for: the span was not reached.
    expect(value.first9).toBeNull();
    expect(outcome.result.objectives.find((o) => o.id === 'first9')?.met).toBe(false);
  });

  it('a phase that the timeline does not have is reported with its path', () => {
    const loaded = loadLevel(level([rate('bad', { lastTrials: 2, phase: 'extinction' })]));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
      .toMatch(/objectives\[0\]\.over\.phase: unknown timeline phase "extinction" \(known: "off", "on"\)/);
  });
});
