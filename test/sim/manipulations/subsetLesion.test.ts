/**
 * Lesions of a subset of a population (a seeded fraction or index ranges) and their restoration.
 * Tiny worlds, dt 1 ms: 20 Izhikevich cells driven by a constant current 20 (they fire tonically),
 * plus a 100 Hz Poisson source that no command touches (stream 'spikeSources'). Seed 9 unless stated.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, runTicks, stepSim } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';
import type { SimWorld } from '../../../src/sim/world/world';
import type { SimEvent } from '../../../src/sim/events/simEvents';

function world(seed = 9): SimWorld {
  return buildWorld({
    seed, dtMs: 1,
    neuronTypes: [{ name: 'net', model: NeuronModel.izhikevichNetwork }, { name: 'src', model: NeuronModel.poisson, rateHz: 100 }],
    populations: [{ name: 'cells', type: 'net', count: 20 }, { name: 'src', type: 'src', count: 5 }],
    projections: [],
    stimuli: [{ name: 'drive', kind: 'constantCurrent' as const, target: 'cells', amplitude: 20 }],
  });
}

/** Indices (0-based) of the lesioned neurons of 'cells'. */
const lesionedCells = (w: SimWorld) => Array.from({ length: 20 }, (_, i) => i).filter((i) => w.neurons.lesioned[1 + i] === 1);

/** Spikes per neuron of 'cells' over `ticks` ticks. */
function spikesPerCell(w: SimWorld, ticks: number): number[] {
  const counts = new Array<number>(20).fill(0);
  for (let t = 0; t < ticks; t++) {
    stepSim(w);
    for (let k = 0; k < w.spikedCount[0]; k++) { const eid = w.spikedList[k]; if (eid <= 20) counts[eid - 1]++; }
    w.events.length = 0;
  }
  return counts;
}

function send(w: SimWorld, command: Record<string, unknown>): SimEvent[] {
  w.commands.send({ type: 'lesion', population: 'cells', ...command });
  stepSim(w);
  const events = [...w.events];
  w.events.length = 0;
  return events;
}

describe('lesion of a seeded fraction of a population (seed 9, 20 driven cells)', () => {
  it('lesions round(fraction × count) neurons; they go silent while the others keep firing; restore brings exactly them back', () => {
    const w = world();
    send(w, { neurons: { fraction: 0.3 } });
    const lesioned = lesionedCells(w);
    expect(lesioned.length).toBe(6);
    expect(w.neurons.lesionedCount[0]).toBe(6);
    const during = spikesPerCell(w, 300);
    during.forEach((n, i) => (lesioned.includes(i) ? expect(n).toBe(0) : expect(n).toBeGreaterThan(5)));
    send(w, { neurons: { fraction: 0.3 }, restore: true });
    expect(w.neurons.lesionedCount[0]).toBe(0);
    const after = spikesPerCell(w, 300);
    for (const i of lesioned) expect(after[i]).toBeGreaterThan(5);
  });

  it('the same fraction and draw pick the same neurons in every run; fractions of one draw nest; another draw name or seed differs', () => {
    const pick = (neurons: Record<string, unknown>, seed = 9) => { const w = world(seed); send(w, { neurons }); return lesionedCells(w); };
    const half = pick({ fraction: 0.5 });
    expect(half.length).toBe(10);
    expect(pick({ fraction: 0.5 })).toEqual(half);
    const quarter = pick({ fraction: 0.25 });
    expect(quarter.length).toBe(5);
    for (const i of quarter) expect(half).toContain(i);
    expect(pick({ fraction: 0.5, draw: 'second' })).not.toEqual(half);
    expect(pick({ fraction: 0.5 }, 10)).not.toEqual(half);
    expect(pick({ fraction: 0 })).toEqual([]);
    expect(pick({ fraction: 1 }).length).toBe(20);
  });

  it('drawing the subset shifts no random stream: the untouched Poisson source fires the same spikes', () => {
    const sourceSpikes = (lesion: boolean) => {
      const w = world();
      if (lesion) w.commands.send({ type: 'lesion', population: 'cells', neurons: { fraction: 0.5, draw: 'x' } });
      const ticks: number[] = [];
      for (let t = 0; t < 500; t++) {
        stepSim(w);
        for (let k = 0; k < w.spikedCount[0]; k++) if (w.spikedList[k] > 20) ticks.push(t * 100 + w.spikedList[k]);
      }
      return ticks;
    };
    const without = sourceSpikes(false);
    expect(without.length).toBeGreaterThan(100);
    expect(sourceSpikes(true)).toEqual(without);
  });
});

describe('lesion of index ranges', () => {
  it('lesions exactly the listed ranges (inclusive, overlaps allowed) and restores part of them', () => {
    const w = world();
    send(w, { neurons: { ranges: [{ first: 0, last: 4 }, { first: 3, last: 6 }, { first: 19, last: 19 }] } });
    expect(lesionedCells(w)).toEqual([0, 1, 2, 3, 4, 5, 6, 19]);
    send(w, { neurons: { ranges: [{ first: 2, last: 5 }] }, restore: true });
    expect(lesionedCells(w)).toEqual([0, 1, 6, 19]);
    expect(w.neurons.lesionedCount[0]).toBe(4);
    const counts = spikesPerCell(w, 300);
    expect(counts[0]).toBe(0);
    expect(counts[2]).toBeGreaterThan(5);
  });

  it('rejects a range outside the population, a reversed range and a bad fraction, changing nothing', () => {
    const w = world();
    for (const neurons of [{ ranges: [{ first: 18, last: 20 }] }, { ranges: [{ first: 5, last: 2 }] }, { fraction: 1.5 }, { fraction: 0.5, draw: 3 }, { ranges: [] }, 'all']) {
      const events = send(w, { neurons });
      const rejected = events.find((e) => e.type === 'commandRejected');
      expect(rejected, JSON.stringify(neurons)).toBeDefined();
      expect((rejected as { reason: string }).reason).toMatch(/neurons/);
    }
    expect(w.neurons.lesionedCount[0]).toBe(0);
    runTicks(w, 1);
  });
});
