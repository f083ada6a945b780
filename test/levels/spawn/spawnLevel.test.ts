import { describe, expect, it } from 'vitest';
import { loadLevel, type Level } from '../../../src/levels';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { NeuronModel, InputMode } from '../../../src/sim/params/neuronTypes';
import { fixture } from '../helpers';

function load(data: unknown): Level {
  const result = loadLevel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.level;
}

/** protocol.json with its rules the engine does not run yet replaced by 'none'. */
function runnableProtocol(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = fixture('protocol.json');
  data.projections[4].plasticity = { rule: 'none' };
  return data;
}

function spawned(data: unknown) {
  const result = spawnLevel(load(data));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('spawnLevel', () => {
  it('spawns the minimal fixture with its counts, parameters and plasticity', () => {
    const { world, run } = spawned(fixture('minimal.json'));
    expect(world.neurons.count).toBe(2);
    expect(world.synapses.count).toBe(1);
    expect(world.synapses.weight[0]).toBe(5);
    expect(world.neuronTypes.byName('rs')).toMatchObject({ model: NeuronModel.izhikevichNetwork, a: 0.02, b: 0.2, c: -65, d: 8, vPeakMv: 30 });
    expect(world.projections[0].plasticity).toMatchObject({ rule: 'stdp', aPlus: 0.1, aMinus: -0.12, wMax: 10, wMin: 0 });
    expect(run.runTicks).toBe(1000);
    expect(run.networkSpec.seed).toBe(42);
  });

  it('maps every field of the protocol fixture', () => {
    const { world, run } = spawned(runnableProtocol());
    const types = world.neuronTypes;
    expect(types.byName('rs')).toMatchObject({ model: NeuronModel.izhikevichEuler, inputMode: InputMode.current, tauExcMs: 5, tauInhMs: 5 });
    expect(types.byName('lifCell')).toMatchObject({ model: NeuronModel.lif, inputMode: InputMode.conductance, tauMMs: 20, vThreshMv: -54, refractoryMs: 2, resistanceMOhm: 0.1, eInhMv: -80 }); // 100 MΩ × (pA → nA): R·I in mV
    expect(types.byName('src')).toMatchObject({ model: NeuronModel.poisson, rateHz: 10 });
    expect(world.populations.map((p) => [p.name, p.firstEid, p.count])).toEqual([['cs', 1, 20], ['exc', 21, 80], ['out', 101, 4], ['vta', 105, 5]]);
    expect(world.populations[0].tags).toContain('MossyFiber');
    expect(world.neurons.vMv[101]).toBe(-70);
    // variation: c = −65 + 15 r², d = 8 − 6 r² with one r per neuron
    const c = Array.from(world.neurons.c.subarray(21, 101));
    expect(Math.min(...c)).toBeGreaterThanOrEqual(-65);
    expect(Math.max(...c)).toBeLessThanOrEqual(-50);
    expect(new Set(c).size).toBeGreaterThan(50);
    const byName = (name: string) => world.projections.find((p) => p.name === name)!;
    const weights = (name: string) => Array.from(world.synapses.weight.subarray(byName(name).firstSynapse, byName(name).firstSynapse + byName(name).count));
    // Inhibition onto current-mode cells is a negative current; onto conductance cells a positive conductance.
    expect(weights('outExc').every((w) => w === -0.5)).toBe(true);
    expect(weights('vtaOut')).toEqual([0.2, 0.2]);
    expect(byName('excExc').count).toBe(800);
    expect(byName('excOut').count).toBe(80);
    expect(weights('csExc').every((w) => w >= 0 && w <= 0.5)).toBe(true);
    expect(byName('csExc').plasticity).toMatchObject({ rule: 'daStdp', aMinus: -1.5, modulator: 'da', tauEligibilityMs: 1000 });
    expect(byName('excExc').plasticity).toMatchObject({ rule: 'stdp', aMinus: -0.0105, form: 'multiplicative', pairing: 'nearest',
      modulation: [{ modulator: 'ach', potentiationGain: -1, depressionGain: 2 }] });
    expect(byName('excExc').structural).toMatchObject({ pruneBelow: 0.05, growthPerSecond: 2 });
    expect(world.modulators.names).toEqual(['da', 'ach']);
    expect(Array.from(world.modulators.level)).toEqual([0.002, 0]);
    const enabled = Object.fromEntries(world.stimuli.list.map((s, i) => [s.spec.name, world.stimuli.enabled[i]]));
    expect(enabled).toMatchObject({ tone: 0, light: 0, puff: 0, noise: 1, bg: 1, syn: 1, daPulse: 1, 'timeline.pulse.0': 0 });
    expect(world.stimuli.list.find((s) => s.spec.name === 'noise')!.spec).toMatchObject({ kind: 'uniformNoise', min: -6.5, max: 6.5 });
    expect(world.monitors.probes.map((p) => [p.name, p.stateName, Array.from(p.indices)])).toEqual([['v', 'neurons.vMv', [101, 104]], ['daLevel', 'modulators.level', [0]]]);
    expect(world.monitors.rates.map((r) => r.name)).toEqual(['rate']);
    expect(run.timelineSpec.phases.map((p) => [p.name, p.session, p.trials])).toEqual([['baseline', 'day1', 10], ['acquisition', 'day1', 100], ['extinction', 'day1', 50], ['reacquisition', 'day2', 20]]);
    expect(run.timelineSpec.stimulusWindows).toEqual([{ stimulus: 'syn', startMs: 0, endMs: 50000, switchOnAtStart: true }]);
    expect(run.timelineTicks).toBe(10 * 1500 + 100 * 2000 + 50 * 1500 + 20 * 1500);
  });

  it('adds synapse probes with ids inside the projection', () => {
    const data = fixture('minimal.json');
    data.populations[1].count = 3;
    data.projections[0].connect = { rule: 'allToAll' };
    data.monitors[1].indices = [2];
    const { world } = spawned(data);
    const probe = world.monitors.probes.find((p) => p.name === 'w')!;
    expect(probe.stateName).toBe('synapses.weight');
    expect(Array.from(probe.indices)).toEqual([world.projections[0].firstSynapse + 2]);
  });

  it('spawns every rule the schema offers (the protocol fixture has inhibitory STDP at projections[4])', () => {
    const result = spawnLevel(load(fixture('protocol.json')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const inhibitory = result.world.projections[4];
    expect(inhibitory.plasticity).toMatchObject({ rule: 'inhibitoryStdp' });
    expect(result.world.registry.names()).toContain(`projection.${inhibitory.name}.preTrace`);
  });

  it('returns errors, never throws, for bad references that bypass the loader', () => {
    const level = load(fixture('minimal.json'));
    const broken = { ...level, populations: [{ ...level.populations[0], type: 'nope' }, level.populations[1]] };
    const result = spawnLevel(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/unknown neuron type "nope"/);
    const noDopamine = fixture('minimal.json');
    noDopamine.timeline = { sessions: [{ id: 's', phases: [{ id: 'p', trials: 1, trialMs: 10, trialTypes: [{ id: 't', events: [{ kind: 'reward', amount: 1, at: { ms: 1 } }] }] }] }] };
    expect(spawnLevel(load(noDopamine))).toEqual({ ok: false, errors: [{
      path: 'timeline.sessions[0].phases[0].trialTypes[0].events[0].modulator',
      message: 'the level has no dopamine modulator to deliver the reward to; name one' }] });
    const badProbe = fixture('minimal.json');
    badProbe.monitors[1].field = 'eligibility';
    expect(spawnLevel(load(badProbe))).toEqual({ ok: false, errors: [{ path: 'monitors[1].field', message: 'projection "syn" has no eligibility to record (its rule is "stdp")' }] });
    expect(() => spawnLevel(null as unknown as Level)).not.toThrow();
    expect(spawnLevel(null as unknown as Level).ok).toBe(false);
  });

  it('uses the seed option instead of the level seed', () => {
    const a = spawned(runnableProtocol());
    const b = spawnLevel(load(runnableProtocol()), { seed: 99 });
    expect(b.ok && b.run.seed).toBe(99);
    expect(b.ok && b.world.projections[1].count).toBe(a.world.projections[1].count);
    const weights = (w: typeof a.world) => Array.from(w.synapses.weight.subarray(0, 50));
    expect(b.ok && weights(b.world)).not.toEqual(weights(a.world));
  });
});
