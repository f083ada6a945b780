import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { NeuronTypeTable, NeuronModel, InputMode } from '../../src/sim/params/neuronTypes';
import { stepSim } from '../../src/sim/schedule';
import { describeNeuron, fmt, listSynapses, neuronEquations, neuronName, recentRateHz } from '../../src/ui/inspector/inspectorModel';
import { describeSynapse, plasticityRuleLabel, synapseEquations } from '../../src/ui/inspector/synapseDescription';

function spawn(file: string) {
  const loaded = loadLevel(readFileSync(`levels/${file}.json`, 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
}

describe('inspector equations (pure text, no simulation)', () => {
  it('plugs an Izhikevich cell\'s numbers into v\' = 0.04v² + 5v + 140 − u + I', () => {
    const table = new NeuronTypeTable(1);
    const rs = table.add({ name: 'RS', model: NeuronModel.izhikevichNetwork });
    const lines = neuronEquations(rs, { a: 0.02, b: 0.2, c: -65, d: 8, v: -70, u: -14, gExc: 2, gInh: -0.5, rateHz: 0 });
    expect(lines[0]).toBe('dv/dt = 0.04v² + 5v + 140 − u + I');
    // 0.04·4900 − 350 + 140 + 14 + 1.5 = 1.5
    expect(lines[1]).toContain('0.04·(−70.00)² + 5·(−70.00) + 140 − (−14.000) + 1.500 = 1.500 mV/ms');
    // a(bv − u) = 0.02·(−14 + 14) = 0
    expect(lines[2]).toBe('du/dt = a(bv − u) = 0.0200·(0.2000·(−70.00) − (−14.000)) = 0.0000 per ms');
    expect(lines[3]).toBe('if v ≥ 30.0 mV: v ← c = −65.00 mV, u ← u + d = u + 8.000');
  });

  it('takes the rate over the span the spike ring still holds when it holds less than the window', () => {
    // A ring of 4 that has seen 10 spikes holds ticks 6..9; now is tick 10, dt 1 ms: span 4 ms.
    const ring = { ticks: Float64Array.from([8, 9, 6, 7]), neurons: Int32Array.from([1, 0, 1, 0]), capacity: 4, written: 10 };
    const world = { dtMs: 1, clock: Float64Array.from([10]), monitors: { spikes: ring } } as unknown as Parameters<typeof recentRateHz>[0];
    expect(recentRateHz(world, 1)).toBeCloseTo(2 / 0.004);
  });

  it('writes the LIF membrane equation with τm, vRest, R and conductances', () => {
    const table = new NeuronTypeTable(0.1);
    const lif = table.add({
      name: 'cell', model: NeuronModel.lif, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 2,
      resistanceMOhm: 10, inputMode: InputMode.conductance, tauExcMs: 5, tauInhMs: 5, eExcMv: 0, eInhMv: -80,
    });
    const lines = neuronEquations(lif, { a: 0, b: 0, c: 0, d: 0, v: -60, u: 0, gExc: 0.1, gInh: 0, rateHz: 0 });
    expect(lines[0]).toBe('τm dv/dt = (vRest − v) + gExc(eExc − v) + gInh(eInh − v) + R·I');
    expect(lines[1]).toContain('20.0 ms · dv/dt = (−70.0 − (−60.00)) + 0.1000·(0.0 − v)');
    // ((−70 + 60) + 0.1·60) / 20 = −0.2 mV/ms
    expect(lines[2]).toContain('dv/dt = −0.200 mV/ms');
    expect(lines[3]).toBe('if v ≥ −54.0 mV: spike, v ← −60.0 mV, silent for 2.0 ms');
  });

  it('names every plasticity rule for a reader, keeping the level file\'s id in brackets', () => {
    expect(plasticityRuleLabel('stdp')).toBe('spike-timing-dependent plasticity (STDP) [stdp]');
    expect(plasticityRuleLabel('none')).toMatch(/^none in the engine/);
    for (const rule of ['daStdp', 'calcium', 'homeostaticScaling', 'inhibitoryStdp']) expect(plasticityRuleLabel(rule)).toMatch(new RegExp(`^[a-z].* \\[${rule}\\]$`));
  });

  it('states STDP windows with the rule\'s amplitudes and time constants', () => {
    const lines = synapseEquations('stdp', { aPlus: 0.01, aMinus: 0.0105, tauPlusMs: 16.8, tauMinusMs: 33.7, wMax: 1 }, 0.5, 1);
    expect(lines[0]).toBe('each pre spike adds w = 0.50000 to the post cell\'s input 1.00 ms later');
    expect(lines[1]).toContain('0.01000·e^(−Δt/16.8 ms)');
    expect(lines[2]).toContain('0.01050·e^(Δt/33.7 ms)');
    expect(lines[3]).toBe('w kept within [0.0000, 1.0000]');
  });

  it('formats with a real minus sign and exponents for extremes', () => {
    expect(fmt(-1.5, 2)).toBe('−1.50');
    expect(fmt(0.00001, 2)).toBe('1.00e-5');
    expect(fmt(0, 2)).toBe('0.00');
    expect(fmt(Number.NaN, 2)).toBe('NaN');
  });
});

// Integration scheme and dt are the levels' own (stdp-pairing: LIF exact step; dopamine-acquisition:
// LIF, dt from the file); seeds are the levels' seeds.
describe('inspector descriptions of a spawned world', () => {
  it('shows a neuron\'s clamp: voltage-clamped at its holding potential, rate-clamped at its rate, free after release (dopamine-acquisition)', () => {
    const world = spawn('dopamine-acquisition');
    const striatum = world.populations.find((p) => p.name === 'striatum')!;
    const state = (eid: number) => describeNeuron(world, eid).values.find((x) => x.label === 'state')?.value;
    world.commands.send({ type: 'voltageClamp', population: 'striatum', neurons: { ranges: [{ first: 0, last: 0 }] }, vMv: -40 });
    world.commands.send({ type: 'rateClamp', population: 'striatum', neurons: { ranges: [{ first: 1, last: 1 }] }, rateHz: 5 });
    stepSim(world);
    expect(state(striatum.firstEid)).toBe('voltage-clamped at −40.0 mV');
    expect(state(striatum.firstEid + 1)).toBe('rate-clamped at 5.0 Hz');
    expect(state(striatum.firstEid + 2)).toBeUndefined();
    world.commands.send({ type: 'releaseClamp', population: 'striatum' });
    stepSim(world);
    expect(state(striatum.firstEid)).toBeUndefined();
  });

  it('names, roles, live values and synapse lists of a dopamine-level neuron', () => {
    const world = spawn('dopamine-acquisition');
    const striatum = world.populations.find((p) => p.name === 'striatum')!;
    const eid = striatum.firstEid + 3;
    for (let t = 0; t < 500; t++) stepSim(world);
    const d = describeNeuron(world, eid);
    expect(d.title).toBe('striatum #3');
    expect(d.role).toContain('Striatal');
    expect(d.role).not.toContain('Neuron,');
    const v = d.values.find((x) => x.label === 'membrane potential v')!;
    expect(v.unit).toBe('mV');
    expect(Number(v.value.replace('−', '-'))).toBeCloseTo(world.neurons.vMv[eid], 2);
    expect(d.equations[0]).toContain('τm dv/dt');
    const incoming = listSynapses(world, eid, 'in', 5);
    expect(incoming.total).toBe(32);
    expect(incoming.rows).toHaveLength(5);
    expect(incoming.rows[0].other).toMatch(/^timeCells #\d+$/);
    expect(incoming.rows[0].projection).toBe('corticostriatal');
    expect(listSynapses(world, eid, 'out', 5).total).toBe(0);
    const s = describeSynapse(world, incoming.rows[0].synapseId);
    expect(s.title).toBe(`${incoming.rows[0].other} → striatum #3`);
    expect(s.postEid).toBe(eid);
    expect(neuronName(world, s.preEid)).toBe(incoming.rows[0].other);
    // Human labels for the two ends, the weight (with its unit) and the learning rule.
    const value = (label: string) => s.values.find((x) => x.label === label);
    expect(value('from (presynaptic neuron)')?.value).toBe(incoming.rows[0].other);
    expect(value('to (postsynaptic neuron)')?.value).toBe('striatum #3');
    expect(value('weight w')?.value).toBe(fmt(world.synapses.weight[incoming.rows[0].synapseId], 5));
    expect(value('weight w')?.unit).not.toBe('');
    // The reward circuit's own three-factor update changes these weights, not an engine rule.
    expect(value('learning rule')?.value).toMatch(/^none in the engine/);
  });

  it('names the STDP synapse of stdp-pairing by its two neurons and its rule', () => {
    const world = spawn('stdp-pairing');
    const s = describeSynapse(world, 0);
    expect(s.title).toBe('pre #0 → post #0');
    const value = (label: string) => s.values.find((x) => x.label === label)?.value;
    expect(value('from (presynaptic neuron)')).toBe('pre #0');
    expect(value('to (postsynaptic neuron)')).toBe('post #0');
    expect(value('learning rule')).toBe('spike-timing-dependent plasticity (STDP) [stdp]');
    expect(value('weight w')).toBe('0.50000');
  });

  it('counts a neuron\'s spikes over the last second from the spike ring', () => {
    const world = spawn('dopamine-acquisition');
    const vta = world.populations.find((p) => p.name === 'vta')!;
    for (let t = 0; t < Math.round(2000 / world.dtMs); t++) stepSim(world);
    const eid = vta.firstEid;
    // Brute force over the ring: spikes of this neuron in the last 1000 ms.
    const ring = world.monitors.spikes;
    const now = world.clock[0];
    let count = 0;
    for (let k = Math.max(0, ring.written - ring.capacity); k < ring.written; k++) {
      const slot = k % ring.capacity;
      if (ring.neurons[slot] === eid - 1 && ring.ticks[slot] >= now - 1000 / world.dtMs) count++;
    }
    expect(recentRateHz(world, eid)).toBeCloseTo(count, 6);
    expect(count).toBeGreaterThan(0);
  });
});
