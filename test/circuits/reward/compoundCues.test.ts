/**
 * Compound cues and Kamin blocking in the spiking reward circuit (SCIENCE.md §4: several cues at
 * once; Waelti, Dickinson & Schultz 2001, Nature 412:43: dopamine neurons do not respond to a cue
 * whose reward was already predicted when it was trained). Read from the dopamine neurons' spikes.
 * Network scheme (exact LIF step), dt 1 ms, seed 7; 3 s trials, cues at 1000 ms, juice 1000 ms later.
 * Design: A → juice (60 trials); then AX → juice and BY → juice interleaved (60 each, B and Y novel);
 * then X alone and Y alone (4 each, no juice).
 */
import { describe, expect, it } from 'vitest';
import { baselineHz, cue, cueRateHz, mean, phase, rateHz, reward, runConditioning, trialType, trialsOf, valueAt } from './rewardHarness';

describe('compound cues and blocking, from the dopamine neurons\' spikes', () => {
  const trials = runConditioning(['A', 'B', 'X', 'Y'], [
    phase('pretraining', 60, [trialType('A_juice', [cue('A', 1000), reward(1, 1000, 'A')])]),
    phase('compound', 120, [
      trialType('AX_juice', [cue('A', 1000), cue('X', 1000), reward(1, 1000, 'A')]),
      trialType('BY_juice', [cue('B', 1000), cue('Y', 1000), reward(1, 1000, 'B')]),
    ]),
    phase('test', 8, [trialType('X_alone', [cue('X', 1000)]), trialType('Y_alone', [cue('Y', 1000)])], 'sequential'),
  ], 7);
  const baseline = mean(trials.map(baselineHz));
  const compoundBY = trialsOf(trials, 'compound', 'BY_juice');
  const x = trialsOf(trials, 'test', 'X_alone');
  const y = trialsOf(trials, 'test', 'Y_alone');
  const xHz = mean(x.map((t) => cueRateHz(t, 'X')));
  const yHz = mean(y.map((t) => cueRateHz(t, 'Y')));

  it('a novel compound acquires value: its burst moves from the juice to the compound', () => {
    expect(compoundBY).toHaveLength(60);
    expect(rateHz(compoundBY[0], 1000, 1000, 1250)).toBeGreaterThan(3 * baseline);
    const late = compoundBY.slice(-10);
    expect(mean(late.map((t) => cueRateHz(t, 'Y')))).toBeGreaterThan(2.5 * baseline);
    expect(Math.abs(mean(late.map((t) => rateHz(t, 1000, 1000, 1250))) - baseline)).toBeLessThan(1.5);
  });

  it('each element of the trained compound alone evokes a burst and carries part of the value', () => {
    expect(yHz).toBeGreaterThan(2 * baseline);
    const vY = mean(y.map((t) => valueAt(t, 1500)));
    expect(vY).toBeGreaterThan(0.25);
    expect(vY).toBeLessThan(0.8);
  });

  it('blocking: X, trained only alongside the already predictive A, evokes almost no burst (Y does)', () => {
    expect(xHz - baseline).toBeLessThan(0.25 * (yHz - baseline));
    expect(xHz).toBeLessThan(baseline + 2);
    expect(mean(x.map((t) => valueAt(t, 1500)))).toBeLessThan(0.15);
  });
});
