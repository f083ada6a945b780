/**
 * System tests on tiny worlds: synaptic delays and synaptic-variable decay, through the real schedule
 * (propagateSpikes → input ring → deliverSynapticInput → integrateNeurons). The presynaptic LIF cell is
 * made to spike by a 1-tick current pulse; postsynaptic cells never reach threshold. No randomness
 * except the delay draws of the mixed-delay projection (stream 'weights/mixed', seed 3).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, stepSim, type SimWorld } from '../../../src/sim/index';
import { NeuronModel, InputMode } from '../../../src/sim/params/neuronTypes';
import { lifExactStep } from '../../../src/sim/models/lif';

const DT_MS = 0.5;
const PULSE_TICK = 10;

function tinyWorld(postType: { inputMode: number; tauExcMs: number }, delaysMs: number[], weight: number): SimWorld {
  return buildWorld({
    seed: 3,
    dtMs: DT_MS,
    neuronTypes: [
      { name: 'pre', model: NeuronModel.lif, tauMMs: 20, vThreshMv: -54, vResetMv: -70, refractoryMs: 5 },
      { name: 'post', model: NeuronModel.lif, tauMMs: 20, vThreshMv: 1e9, inputMode: postType.inputMode as 0 | 1, tauExcMs: postType.tauExcMs, eExcMv: 0 },
    ],
    populations: [{ name: 'pre', type: 'pre', count: 1 }, { name: 'post', type: 'post', count: delaysMs.length }],
    projections: delaysMs.map((delayMs, i) => ({
      name: `d${i}`, from: 'pre', to: 'post', connect: { rule: 'pairs' as const, pairs: [[0, i] as [number, number]] },
      weight, delayMs, receptor: 'excitatory' as const,
    })),
    stimuli: [{ name: 'kick', kind: 'pulses', target: 'pre', timesMs: [PULSE_TICK * DT_MS], widthMs: DT_MS, amplitude: 2000 }],
  });
}

/** gExc of post cells (eids 2..) after each tick. */
function recordGExc(world: SimWorld, ticks: number, posts: number): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t < ticks; t++) {
    stepSim(world);
    rows.push(Array.from({ length: posts }, (_, i) => world.neurons.gExc[2 + i]));
  }
  return rows;
}

describe(`current-mode synapses, one-tick pulses (τ = 0), dt ${DT_MS} ms`, () => {
  it('a synapse of delay d ticks delivers exactly its weight d ticks after the presynaptic spike, once', () => {
    const delayTicks = [1, 3, 7];
    const world = tinyWorld({ inputMode: InputMode.current, tauExcMs: 0 }, delayTicks.map((d) => d * DT_MS), 0.75);
    const g = recordGExc(world, 40, delayTicks.length);
    expect(world.neurons.lastSpikeTick[1]).toBe(PULSE_TICK);
    expect(world.monitors.spikes.written).toBe(1);
    delayTicks.forEach((d, i) => {
      const nonzero = g.flatMap((row, t) => (row[i] !== 0 ? [[t, row[i]]] : []));
      expect(nonzero).toEqual([[PULSE_TICK + d, 0.75]]);
    });
  });

  it('mixed delays in one projection (per-synapse path) each arrive at spike tick + delayTicks[s]', () => {
    const world = buildWorld({
      seed: 3, dtMs: DT_MS,
      neuronTypes: [
        { name: 'pre', model: NeuronModel.lif, vThreshMv: -54, refractoryMs: 5 },
        { name: 'post', model: NeuronModel.lif, vThreshMv: 1e9 },
      ],
      populations: [{ name: 'pre', type: 'pre', count: 1 }, { name: 'post', type: 'post', count: 6 }],
      projections: [{ name: 'mixed', from: 'pre', to: 'post', connect: { rule: 'allToAll' }, weight: 0.5, delayMs: { dist: 'uniform', min: 0.5, max: 5 }, receptor: 'excitatory' }],
      stimuli: [{ name: 'kick', kind: 'pulses', target: 'pre', timesMs: [PULSE_TICK * DT_MS], widthMs: DT_MS, amplitude: 2000 }],
    });
    expect(world.projections[0].uniformDelayTicks).toBe(-1);
    const g = recordGExc(world, 40, 6);
    const { post, delayTicks } = world.synapses;
    expect(new Set(Array.from(delayTicks.subarray(0, 6))).size).toBeGreaterThan(1);
    for (let s = 0; s < 6; s++) {
      const i = post[s] - 2;
      const arrivals = g.flatMap((row, t) => (row[i] !== 0 ? [t] : []));
      expect(arrivals).toEqual([PULSE_TICK + delayTicks[s]]);
    }
  });
});

describe(`conductance-mode LIF, tauExcMs 5, dt ${DT_MS} ms (exact exponential step)`, () => {
  it('gExc jumps by the weight at arrival, then decays as w·e^(−k·dt/τ); v follows lifExactStep with that gExc', () => {
    const world = tinyWorld({ inputMode: InputMode.conductance, tauExcMs: 5 }, [2 * DT_MS], 0.5);
    let vExpected = -70;
    let worstV = 0, worstG = 0;
    for (let t = 0; t < 80; t++) {
      stepSim(world);
      const k = t - (PULSE_TICK + 2);
      const gExpected = k >= 0 ? 0.5 * Math.exp((-k * DT_MS) / 5) : 0;
      worstG = Math.max(worstG, Math.abs(world.neurons.gExc[2] - gExpected));
      vExpected = lifExactStep(vExpected, -70, 20, DT_MS, gExpected, 0, 0, -80, 0);
      worstV = Math.max(worstV, Math.abs(world.neurons.vMv[2] - vExpected));
    }
    expect(worstG).toBeLessThan(1e-12);
    expect(worstV).toBeLessThan(1e-9);
    expect(world.neurons.vMv[2]).toBeGreaterThan(-70); // depolarised towards eExc = 0 mV
  });
});
