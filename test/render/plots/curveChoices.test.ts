/**
 * What the learning curve can show: one choice per recorded quantity, named as a player reads it.
 * A sandbox with three measures offers all three (the pruning sandbox once plotted only its first);
 * objectives that measure one quantity over two spans (pv-timing) are one choice, drawn together.
 */
import { describe, expect, it } from 'vitest';
import { learningCurveChoices } from '../../../src/render/plots/learningCurve';
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
