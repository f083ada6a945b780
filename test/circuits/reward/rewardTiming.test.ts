/**
 * Timing in the spiking reward circuit, read from the dopamine neurons' spikes. Network scheme
 * (exact LIF step), dt 1 ms, seed 7, 3 s trials.
 * - Moving the reward moves the dip: trained with juice 1000 ms after the tone, an omitted juice
 *   pauses the neurons at 1000 ms; retrained with juice at 600 ms, the pause is at 600 ms and not at
 *   1000 ms (a dip locked to the expected time, not to the cue; Hollerman & Schultz 1998).
 * - Jittered cue times: the tone comes 500-1500 ms into the trial, juice 1000 ms after it; measured
 *   from each trial's own tone, the burst moves to the tone as with fixed times.
 * - Rewards without cues: juice at unpredictable times of a trial bursts the neurons every time.
 */
import { describe, expect, it } from 'vitest';
import { baselineHz, cue, cueRateHz, mean, onset, phase, rateHz, reward, runConditioning, trialType, trialsOf } from './rewardHarness';

describe('the omission dip follows the expected time of the juice', () => {
  const probe = (id: string) => phase(id, 4, [trialType('omitted', [cue('tone', 1000), reward(0, 1000, 'tone')])], 'sequential');
  const trials = runConditioning(['tone'], [
    phase('delay1000', 60, [trialType('paired', [cue('tone', 1000), reward(1, 1000, 'tone')])]),
    probe('probe1000'),
    phase('delay600', 60, [trialType('paired', [cue('tone', 1000), reward(1, 600, 'tone')])]),
    probe('probe600'),
  ], 7);
  const baseline = mean(trials.map(baselineHz));
  const at = (phaseId: string, delayMs: number) => mean(trialsOf(trials, phaseId).map((t) => rateHz(t, onset(t, 'tone'), delayMs, delayMs + 250)));

  it('after training at 1000 ms: a pause at 1000 ms, none at 600 ms, a burst at the tone', () => {
    expect(at('probe1000', 1000)).toBeLessThan(0.3 * baseline);
    expect(at('probe1000', 600)).toBeGreaterThan(0.6 * baseline);
    expect(mean(trialsOf(trials, 'probe1000').map((t) => cueRateHz(t, 'tone')))).toBeGreaterThan(2.5 * baseline);
  });

  it('after retraining at 600 ms: the pause has moved to 600 ms, and 1000 ms is back at baseline', () => {
    expect(at('probe600', 600)).toBeLessThan(0.3 * baseline);
    expect(at('probe600', 1000)).toBeGreaterThan(0.6 * baseline);
    expect(mean(trialsOf(trials, 'probe600').map((t) => cueRateHz(t, 'tone')))).toBeGreaterThan(2.5 * baseline);
  });

  it('the first juice at the new time is a surprise, and the empty old time pauses the neurons', () => {
    const first = trialsOf(trials, 'delay600')[0];
    expect(rateHz(first, 1000, 600, 850)).toBeGreaterThan(2.5 * baseline);
    expect(rateHz(first, 1000, 1000, 1250)).toBeLessThan(0.3 * baseline);
  });
});

describe('jittered cue times and uncued rewards', () => {
  const trials = runConditioning(['tone'], [
    phase('jittered', 80, [trialType('paired', [cue('tone', 1000, { jitterMs: 500 }), reward(1, 1000, 'tone')])]),
    phase('uncued', 9, [trialType('free', [reward(1, 0, undefined, { at: { choicesMs: [800, 1500, 2200] } })])]),
  ], 7);
  const jittered = trialsOf(trials, 'jittered');
  const baseline = mean(jittered.map(baselineHz));
  const late = jittered.slice(-10);

  it('the tone really comes at different times, with the juice 1000 ms after it', () => {
    const onsets = jittered.map((t) => onset(t, 'tone'));
    expect(Math.max(...onsets) - Math.min(...onsets)).toBeGreaterThan(700);
    for (const t of jittered) expect(t.rewardMs[0] - onset(t, 'tone')).toBe(1000);
  });

  it('measured from each trial\'s tone, the burst moves from the juice to the tone', () => {
    expect(rateHz(jittered[0], jittered[0].rewardMs[0], 0, 250)).toBeGreaterThan(3 * baseline);
    expect(mean(late.map((t) => cueRateHz(t, 'tone')))).toBeGreaterThan(2.5 * baseline);
    expect(Math.abs(mean(late.map((t) => rateHz(t, t.rewardMs[0], 0, 250))) - baseline)).toBeLessThan(1.5);
    // A window fixed in the trial (1000-1250 ms) smears the burst over the jitter: much weaker.
    expect(mean(late.map((t) => rateHz(t, 1000, 0, 250)))).toBeLessThan(0.6 * mean(late.map((t) => cueRateHz(t, 'tone'))));
  });

  it('juice without a cue, at varying times, bursts the neurons each time', () => {
    const free = trialsOf(trials, 'uncued');
    expect(new Set(free.map((t) => t.rewardMs[0])).size).toBeGreaterThan(1);
    for (const t of free) expect(rateHz(t, t.rewardMs[0], 0, 250)).toBeGreaterThan(3 * baseline);
  });
});
