/**
 * Plasticity on inhibitory projections into current-mode cells, whose weights are stored negative
 * (spawnLevel negates the level's magnitudes; src/sim/plasticity/weightSign.ts): STDP, DA-STDP and
 * the calcium rule work on |w| in [wMin, wMax] and keep the sign. Pair worlds (pairWorld.ts: LIF,
 * exact exponential step, dt 1 ms) and the calcium frequency protocol (calciumProtocol.ts, dt 0.5 ms).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { runTicks } from '../../../src/sim/schedule';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { DaStdpSpec, StdpSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { daStdpClosedForm } from '../../../src/sim/models/daStdp';
import { pairSpec, type PairWorldOptions } from './pairWorld';
import { CALCIUM_RULE, DT_MS, FIRST_PULSE_MS, W0, frequencySpec } from './calciumProtocol';

function inhibitory(spec: NetworkSpec, weight: number): NetworkSpec {
  return { ...spec, projections: [{ ...spec.projections[0], weight, receptor: 'inhibitory' }, ...spec.projections.slice(1)] };
}

function runInhibitoryPair(options: PairWorldOptions, untilMs: number): number {
  const world = buildWorld(inhibitory(pairSpec(options), -options.initialWeight));
  runTicks(world, Math.round(untilMs / options.dtMs));
  return world.synapses.weight[0];
}

const STDP: StdpSpec = {
  rule: 'stdp', aPlus: 0.1, aMinus: -0.12, tauPlusMs: 20, tauMinusMs: 20, wMax: 2, wMin: 0.25, form: 'additive', pairing: 'allToAll',
};
const times = (n: number, offsetMs: number) => Array.from({ length: n }, (_, i) => 100 + 200 * i + offsetMs);

describe('STDP on an inhibitory current-mode projection (w = −|w|)', () => {
  it('one pre→post pairing (Δt = +5 ms) makes the weight more negative by A₊·e^(−5/20)', () => {
    const w = runInhibitoryPair({ dtMs: 1, preTimesMs: [100], postTimesMs: [105], plasticity: STDP, initialWeight: 1 }, 300);
    expect(w).toBeCloseTo(-1 - 0.1 * Math.exp(-5 / 20), 12);
  });
  it('repeated potentiation stops at −wMax; repeated depression at −wMin, never changing sign', () => {
    const up = runInhibitoryPair({ dtMs: 1, preTimesMs: times(30, 0), postTimesMs: times(30, 5), plasticity: STDP, initialWeight: 1 }, 6500);
    expect(up).toBe(-2);
    const down = runInhibitoryPair({ dtMs: 1, preTimesMs: times(30, 5), postTimesMs: times(30, 0), plasticity: STDP, initialWeight: 1 }, 6500);
    expect(down).toBe(-0.25);
  });
});

describe('DA-STDP on an inhibitory current-mode projection', () => {
  const rule: DaStdpSpec = {
    rule: 'daStdp', aPlus: 1, aMinus: -1.5, tauPlusMs: 20, tauMinusMs: 20, tauEligibilityMs: 1000, wMin: 0, wMax: 4, modulator: 'dopamine',
  };
  const modulators = [{ name: 'dopamine', kind: 'dopamine' as const, baseline: 0, tauMs: 200 }];
  it('a pairing then a dopamine pulse adds the closed-form Δw to |w| (to 1e−9 with the pulse tick counted)', () => {
    const w = runInhibitoryPair({
      dtMs: 1, preTimesMs: [100], postTimesMs: [105], plasticity: { ...rule, wMax: 1e6 }, initialWeight: 1, modulators,
      extraStimuli: [{ kind: 'modulatorPulse', name: 'reward', modulator: 'dopamine', timesMs: [605], amount: 0.5 }],
    }, 6000);
    expect((-w - 1) / daStdpClosedForm(Math.exp(-5 / 20), 0.5, 501, 1000, 200)).toBeCloseTo(1, 9);
  });
  it('depression under dopamine stops at −wMin = 0, and potentiation at −wMax, with 10 ms weight updates', () => {
    const pulses = [{ kind: 'modulatorPulse' as const, name: 'reward', modulator: 'dopamine', timesMs: times(30, 50), amount: 5 }];
    const down = runInhibitoryPair({
      dtMs: 1, preTimesMs: times(30, 5), postTimesMs: times(30, 0), plasticity: { ...rule, weightUpdateEveryMs: 10 }, initialWeight: 1, modulators, extraStimuli: pulses,
    }, 7000);
    expect(Math.abs(down)).toBe(0);
    const up = runInhibitoryPair({
      dtMs: 1, preTimesMs: times(30, 0), postTimesMs: times(30, 5), plasticity: { ...rule, weightUpdateEveryMs: 10 }, initialWeight: 1, modulators, extraStimuli: pulses,
    }, 7000);
    expect(up).toBe(-4);
  });
});

describe('calcium rule on an inhibitory current-mode projection (frequency protocol, 100 pulses)', () => {
  function run(frequencyHz: number): number {
    const world = buildWorld(inhibitory(frequencySpec(frequencyHz), -W0));
    runTicks(world, Math.round((FIRST_PULSE_MS + (99 * 1000) / frequencyHz + 2000) / DT_MS));
    return world.synapses.weight[0];
  }
  it('1 Hz depresses |w| (LTD), 50 Hz potentiates it toward wMax; the weight stays negative', () => {
    const low = run(1);
    expect(low).toBeLessThan(0);
    expect(low).toBeGreaterThan(-0.9 * W0);
    const high = run(50);
    expect(high).toBeLessThan(-3 * W0);
    expect(high).toBeGreaterThanOrEqual(-CALCIUM_RULE.wMax);
  });
});
