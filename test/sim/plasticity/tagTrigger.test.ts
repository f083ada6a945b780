// The tag-trigger-consolidation system on one synapse (pairWorld: pulse-driven LIF cells, exact
// exponential step, dt = 0.5 ms): a pre spike 5 ms before a post spike moves upRate·e^(−5/20) of the
// baseline elements up; h then fades with τ_early; one pairing is far below the trigger, so no
// proteins are made and z stays 0; the weight is w₀ + w_early·h. A post spike before the pre spike
// moves elements down instead. With the trigger threshold at 0 and a tag set, proteins rise and z
// grows; with protein synthesis at 0 (anisomycin) nothing is consolidated.
import { describe, expect, it } from 'vitest';
import { runPair } from './pairWorld';
import type { TagTriggerSpec } from '../../../src/sim/plasticity/plasticitySpec';

const RULE: TagTriggerSpec = {
  rule: 'tagTrigger', upRate: 0.4, downRate: 0.2, tauPlusMs: 20, tauMinusMs: 20, earlyDecayMs: 1000,
  tagThreshold: 0.1, triggerThreshold: 5, proteinTauMs: 100, consolidationTauMs: 50, earlyWeight: 2, lateWeight: 1, proteinSynthesis: 1,
};

function state(world: ReturnType<typeof runPair>, field: string): number {
  return world.registry.get(`projection.syn.${field}`)![0];
}

describe('tag-trigger-consolidation on one synapse', () => {
  it('pre 5 ms before post: h = upRate·e^(−5/20), fading with τ_early; below the trigger z stays 0', () => {
    const world = runPair({ dtMs: 0.5, preTimesMs: [10], postTimesMs: [15], plasticity: RULE, initialWeight: 1 }, 515);
    const h0 = 0.4 * Math.exp(-5 / 20);
    // Each spike is detected in the tick that ends half a tick after its pulse (both shifted alike: Δt = 5 ms), so
    // the post spike is in the tick ending at 15.5 ms and h has decayed over the 999 ticks after it.
    const expected = h0 * Math.exp(-499.5 / 1000);
    expect(state(world, 'earlyUp')).toBeCloseTo(expected, 6);
    expect(state(world, 'earlyDown')).toBe(0);
    expect(state(world, 'latePhase')).toBe(0);
    expect(world.synapses.weight[0]).toBeCloseTo(1 + 2 * expected, 6);
  });

  it('post 5 ms before pre: elements move down by downRate·e^(−5/20)', () => {
    const world = runPair({ dtMs: 0.5, preTimesMs: [15], postTimesMs: [10], plasticity: RULE, initialWeight: 1 }, 15.5);
    // The run ends on the tick of the pre spike: no decay yet.
    expect(state(world, 'earlyDown')).toBeCloseTo(0.2 * Math.exp(-5 / 20), 9);
    expect(state(world, 'earlyUp')).toBe(0);
  });

  it('a tagged synapse captures proteins into z; with synthesis blocked it does not', () => {
    const triggered = { ...RULE, triggerThreshold: 0 };
    const made = runPair({ dtMs: 0.5, preTimesMs: [10], postTimesMs: [15], plasticity: triggered, initialWeight: 1 }, 400);
    const blocked = runPair({ dtMs: 0.5, preTimesMs: [10], postTimesMs: [15], plasticity: { ...triggered, proteinSynthesis: 0 }, initialWeight: 1 }, 400);
    expect(made.registry.get('tagTrigger.post.protein')![0]).toBeGreaterThan(0.9);
    expect(state(made, 'latePhase')).toBeGreaterThan(0.5);
    expect(state(blocked, 'latePhase')).toBe(0);
    expect(blocked.registry.get('tagTrigger.post.protein')![0]).toBe(0);
    expect(state(blocked, 'earlyUp')).toBeCloseTo(state(made, 'earlyUp'), 12);
  });
});
