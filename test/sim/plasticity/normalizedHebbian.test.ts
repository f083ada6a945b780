/**
 * The online normalised Hebbian rule (src/sim/plasticity/applyNormalizedHebbian.ts), the learning of
 * the critical-period levels' eye inputs, on a three-cell world: two presynaptic cells and one post
 * cell (LIF pulse cells, exact exponential step, dt 1 ms, made to spike by one-tick pulses; the
 * synaptic current never makes the post cell fire). Weights after a few spikes are checked against
 * the rule computed by hand: at each post spike w_j ← w_j + η·(W·x_j/Σx − w_j), x_j = e^(−Δt_j/τ).
 * Also: stored-negative inhibitory weights learn the same magnitudes and keep their sign.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NormalizedHebbianSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { runTicks } from '../../../src/sim/schedule';
import { PULSE_CELL } from './pairWorld';

const RULE: NormalizedHebbianSpec = { rule: 'normalizedHebbian', learningRate: 0.5, tauMs: 20, totalWeight: 3 };

interface Protocol {
  pre0Ms: number[];
  pre1Ms: number[];
  postMs: number[];
  receptor?: 'excitatory' | 'inhibitory';
}

/** Weights (as stored) of pre0 → post and pre1 → post after 300 ms; both start at magnitude 1. */
function weightsAfter(p: Protocol): [number, number] {
  const pulse = (name: string, target: string, neurons: number[], timesMs: number[]) => ({ kind: 'pulses' as const, name, target, neurons, timesMs, amplitude: 20000, widthMs: 0.5 });
  const world = buildWorld({
    seed: 1, dtMs: 1, neuronTypes: [PULSE_CELL],
    populations: [{ name: 'pre', type: 'pulseCell', count: 2 }, { name: 'post', type: 'pulseCell', count: 1 }],
    projections: [
      { name: 'inputs', from: 'pre', to: 'post', connect: { rule: 'pairs', pairs: [[0, 0], [1, 0]] },
        // buildWorld takes stored weights: an inhibitory one into current-mode cells is negative (spawnLevel negates a level's magnitudes).
        weight: p.receptor === 'inhibitory' ? -1 : 1, delayMs: 1, receptor: p.receptor ?? 'excitatory', plasticity: RULE },
    ],
    stimuli: [pulse('a', 'pre', [0], p.pre0Ms), pulse('b', 'pre', [1], p.pre1Ms), pulse('c', 'post', [0], p.postMs)],
  });
  runTicks(world, 300);
  const first = world.projections[0].firstSynapse;
  const preFirst = world.populations[0].firstEid;
  const weightFrom = (i: number) => world.synapses.weight[[first, first + 1].find((s) => world.synapses.pre[s] === preFirst + i)!];
  return [weightFrom(0), weightFrom(1)];
}

/** The rule by hand: traces e^(−(t_post − t_pre)/τ) summed over earlier (or same-tick) pre spikes. */
function expected(p: Protocol): [number, number] {
  const trace = (preMs: number[], tMs: number) => preMs.filter((t) => t <= tMs).reduce((x, t) => x + Math.exp(-(tMs - t) / RULE.tauMs), 0);
  const w = [1, 1];
  for (const t of p.postMs) {
    const x = [trace(p.pre0Ms, t), trace(p.pre1Ms, t)];
    const sum = x[0] + x[1];
    if (sum <= 0) continue;
    for (let j = 0; j < 2; j++) w[j] += RULE.learningRate * ((RULE.totalWeight * x[j]) / sum - w[j]);
  }
  return [w[0], w[1]];
}

describe('normalised Hebbian rule, online', () => {
  it('two post spikes after pre spikes at 100 and 110 ms move the weights to the hand-computed shares', () => {
    const protocol = { pre0Ms: [100], pre1Ms: [110], postMs: [115, 130] };
    const [w0, w1] = weightsAfter(protocol);
    const [e0, e1] = expected(protocol);
    // First post spike: x = (e^(−15/20), e^(−5/20)); the share of W = 3 for pre1 is 3·0.7788/(0.4724 + 0.7788).
    expect(e1).toBeGreaterThan(e0);
    expect(w0).toBeCloseTo(e0, 12);
    expect(w1).toBeCloseTo(e1, 12);
  });

  it('a pre spike in the same tick as the post spike counts; the total is pulled toward W', () => {
    const protocol = { pre0Ms: [100, 140], pre1Ms: [120], postMs: [140] };
    const [w0, w1] = weightsAfter(protocol);
    const [e0, e1] = expected(protocol);
    expect(w0).toBeCloseTo(e0, 12);
    expect(w1).toBeCloseTo(e1, 12);
    // Σw moves from 2 halfway (η = 0.5) to W = 3.
    expect(w0 + w1).toBeCloseTo(2.5, 12);
  });

  it('no presynaptic activity, no change: a post spike before any pre spike leaves the weights at 1', () => {
    expect(weightsAfter({ pre0Ms: [150], pre1Ms: [160], postMs: [100] })).toEqual([1, 1]);
  });

  it('inhibitory weights into current-mode cells are stored negative: they learn the same magnitudes and stay negative', () => {
    const protocol = { pre0Ms: [100], pre1Ms: [110], postMs: [115, 130] };
    const [e0, e1] = expected(protocol);
    const [w0, w1] = weightsAfter({ ...protocol, receptor: 'inhibitory' });
    expect(w0).toBeCloseTo(-e0, 12);
    expect(w1).toBeCloseTo(-e1, 12);
  });
});
