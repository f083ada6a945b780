// The live descriptions' pacing (liveDescriptionPlan.ts): never more than one announcement per
// minGapMs, an error signal spoken when its state changes, progress and rates on their own slower
// clocks, nothing while paused. Times are simulated wall-clock ms passed in by the test.
import { describe, expect, it } from 'vitest';
import { LiveDescriptionPlan, type LiveFacts } from '../../../src/ui/access/liveDescriptionPlan';

const facts = (over: Partial<LiveFacts> = {}): LiveFacts => ({ running: true, error: null, progress: null, rates: 'rates', ...over });

describe('live description plan', () => {
  it('speaks at most once per minimum gap however often it is offered (4 offers a second for 60 s)', () => {
    const plan = new LiveDescriptionPlan(5000, 15_000, 30_000);
    const spokenAt: number[] = [];
    for (let ms = 0; ms <= 60_000; ms += 250) {
      // The error flips every offer: the worst case for flooding.
      const text = plan.offer(facts({ error: { state: ms % 500 === 0 ? 'burst' : 'dip', text: `e${ms}` }, progress: `p${ms}` }), ms);
      if (text !== null) spokenAt.push(ms);
    }
    expect(spokenAt.length).toBeGreaterThan(5);
    for (let i = 1; i < spokenAt.length; i++) expect(spokenAt[i] - spokenAt[i - 1]).toBeGreaterThanOrEqual(5000);
  });

  it('speaks an error signal when its state changes, and not again while it stays', () => {
    const plan = new LiveDescriptionPlan(1000, 1e9, 1e9);
    expect(plan.offer(facts({ error: { state: 'burst-reward', text: 'Burst at the reward.' } }), 0)).toBe('Burst at the reward.');
    expect(plan.offer(facts({ error: { state: 'burst-reward', text: 'Burst at the reward (30 Hz).' } }), 5000)).toBeNull();
    expect(plan.offer(facts({ error: { state: 'burst-cue', text: 'Burst at the cue.' } }), 10_000)).toBe('Burst at the cue.');
  });

  it('says nothing while paused, and the first rates only once the run has gone on', () => {
    const plan = new LiveDescriptionPlan(5000, 15_000, 30_000);
    expect(plan.offer(facts({ running: false, error: { state: 'x', text: 'X.' } }), 0)).toBeNull();
    expect(plan.offer(facts(), 1000)).toBeNull();
    expect(plan.offer(facts(), 10_999)).toBeNull();
    expect(plan.offer(facts(), 11_000)).toBe('rates');
    expect(plan.offer(facts(), 40_000)).toBeNull();
    expect(plan.offer(facts(), 41_000)).toBe('rates');
  });

  it('speaks changed progress at most every progress gap, joined with what else is due', () => {
    const plan = new LiveDescriptionPlan(1000, 15_000, 1e9);
    expect(plan.offer(facts({ progress: '10%.', error: { state: 'a', text: 'A.' } }), 0)).toBe('A. 10%.');
    expect(plan.offer(facts({ progress: '20%.' }), 5000)).toBeNull();
    expect(plan.offer(facts({ progress: '30%.' }), 15_000)).toBe('30%.');
    plan.reset();
    expect(plan.offer(facts({ progress: '30%.' }), 16_000)).toBe('30%.');
  });
});
