/**
 * What the learning curve can show: one choice per recorded quantity, named as a player reads it.
 * A sandbox with three measures offers all three (the pruning sandbox once plotted only its first);
 * objectives that measure one quantity over two spans (pv-timing) are one choice, drawn together.
 * The curve's title is the goal's name, its y axis what is measured.
 */
import { describe, expect, it } from 'vitest';
import { learningCurveChoices, learningCurveSpec } from '../../../src/render/plots/learningCurve';
import type { TrialRecord } from '../../../src/levels/metrics/levelRecorder';
import { metricLabel } from '../../../src/levels/labels/metricLabels';
import { builtInLevel } from '../../levels/helpers';

describe('learning curve choices', () => {
  it('offers each measure of the pruning sandbox by its label, in recorded order', () => {
    const level = builtInLevel('developmental-pruning-sandbox');
    expect(learningCurveChoices(level, ['synapses', 'vsTwin', 'accuracy'])).toEqual([
      { id: 'synapses', label: 'Synapses' },
      { id: 'vsTwin', label: 'Accuracy vs the never-pruned twin' },
      { id: 'accuracy', label: 'Accuracy on new examples' },
    ]);
    // Only what has been recorded so far: one quantity is no choice (the page hides the menu).
    expect(learningCurveChoices(level, ['synapses'])).toHaveLength(1);
    expect(learningCurveChoices(level, [])).toEqual([]);
  });

  it('gives one choice for objectives measuring the same quantity over other spans', () => {
    const level = builtInLevel('pv-timing');
    const choices = learningCurveChoices(level, ['tight', 'wide']);
    expect(choices).toHaveLength(1);
    expect(choices[0].id).toBe('tight');
    // Named by the metric they share (the legend then names each span), never by an id.
    expect(choices[0].label).toBe(metricLabel('spikeTimeJitterMs'));
    expect(choices[0].label).not.toMatch(/tight|spikeTimeJitterMs/);
  });
});

describe('learning curve axis', () => {
  const trial = (metrics: Record<string, number>): TrialRecord => ({ index: 0, session: 'main', phase: 'p', trialInPhase: 0, trialType: 't', startTick: 0, endTick: 1, metrics });
  it('titles the curve with the goal\'s name and labels its y axis with what it measures', () => {
    const level = builtInLevel('reversal-learning');
    const spec = learningCurveSpec(level, [trial({ threeReversals: 0, quickSwitch: 2, fastError: 90 })], 'quickSwitch');
    expect(spec.title).toBe('Quick switches');
    expect(spec.yLabel).toMatch(/^Perseverative errors/);
    expect(learningCurveSpec(level, [trial({ threeReversals: 0, quickSwitch: 2, fastError: 90 })], 'fastError').yLabel).toMatch(/\(ms\)$/);
  });
});
