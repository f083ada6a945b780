/**
 * Cues that predict different amounts or probabilities of juice, in the spiking reward circuit:
 * after training the cue burst scales with the predicted amount (Tobler, Fiorillo & Schultz 2005,
 * Science 307:1642) and grows with the probability of juice, while the burst at the juice shrinks with
 * it (Fiorillo, Tobler & Schultz 2003, Science 299:1898). Read from the dopamine neurons' spikes.
 * Network scheme (exact LIF step), dt 1 ms, seed 7; 3 s trials, cue at 1000 ms, juice 1000 ms later.
 * Four cues, 50 shuffled trials each: big (1.0, always), small (0.3, always), p25 and p75 (1.0 with
 * probability 0.25 / 0.75). Responses are measured over each cue's last 25 trials.
 */
import { describe, expect, it } from 'vitest';
import { baselineHz, cue, cueRateHz, mean, phase, rateHz, reward, runConditioning, trialType, trialsOf, valueAt, type DopamineTrial } from './rewardHarness';

describe('predicted amount and probability, from the dopamine neurons\' spikes', () => {
  const trials = runConditioning(['big', 'small', 'p25', 'p75'], [
    phase('training', 200, [
      trialType('big', [cue('big', 1000), reward(1, 1000, 'big')]),
      trialType('small', [cue('small', 1000), reward(0.3, 1000, 'small')]),
      trialType('p25', [cue('p25', 1000), reward(1, 1000, 'p25', { probability: 0.25 })]),
      trialType('p75', [cue('p75', 1000), reward(1, 1000, 'p75', { probability: 0.75 })]),
    ]),
  ], 7);
  const baseline = mean(trials.map(baselineHz));
  const late = (type: string) => trialsOf(trials, 'training', type).slice(-25);
  const cueHz = (type: string) => mean(late(type).map((t) => cueRateHz(t, type)));
  const juiceHz = (type: string) => mean(late(type).filter((t) => t.rewardMs.length > 0).map((t: DopamineTrial) => rateHz(t, t.rewardMs[0], 0, 250)));
  const value = (type: string) => mean(late(type).map((t) => valueAt(t, 1500)));

  it('runs every cue 50 times and draws the probabilistic juice at about its probability', () => {
    for (const type of ['big', 'small', 'p25', 'p75']) expect(trialsOf(trials, 'training', type)).toHaveLength(50);
    const rewarded = (type: string) => trialsOf(trials, 'training', type).filter((t) => t.rewardMs.length > 0).length;
    expect(rewarded('p25')).toBeGreaterThan(5);
    expect(rewarded('p25')).toBeLessThan(22);
    expect(rewarded('p75')).toBeGreaterThan(28);
    expect(rewarded('p75')).toBeLessThan(46);
  });

  it('amount: the cue of the big juice bursts more than the cue of the small one, both above baseline', () => {
    expect(cueHz('big')).toBeGreaterThan(cueHz('small') + 8);
    expect(cueHz('small')).toBeGreaterThan(baseline + 2);
    expect(value('big')).toBeGreaterThan(2 * value('small'));
    // Both juices are fully predicted: neither excites the neurons much.
    expect(juiceHz('big')).toBeLessThan(baseline + 2);
    expect(juiceHz('small')).toBeLessThan(baseline + 2);
  });

  it('probability: the cue burst grows with p (0.25 < 0.75 < 1) and the juice burst shrinks with it', () => {
    expect(cueHz('p75')).toBeGreaterThan(cueHz('p25') + 5);
    expect(cueHz('big')).toBeGreaterThan(cueHz('p75'));
    expect(juiceHz('p25')).toBeGreaterThan(juiceHz('p75') + 5);
    expect(juiceHz('p75')).toBeGreaterThan(juiceHz('big'));
    expect(value('p75')).toBeGreaterThan(value('p25') + 0.25);
  });

  it('probability: a juice that does not come pauses the neurons at its due time', () => {
    const omitted = late('p75').filter((t) => t.rewardMs.length === 0);
    expect(omitted.length).toBeGreaterThan(0);
    expect(mean(omitted.map((t) => rateHz(t, 1000, 1000, 1250)))).toBeLessThan(0.5 * baseline);
  });
});
