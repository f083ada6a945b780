/** The live voltage trace: the model's marks, the window read from a probe's ring (spikes merged in), the grid. */
import { describe, expect, it } from 'vitest';
import { formatMv, izhikevichRestAndRunawayMv, membraneMarks } from '../../../src/render/plots/membraneMarks';
import { fillProbeWindow, windowBuffers, type ProbeRing } from '../../../src/render/plots/probeWindow';
import { gridCells, gridCellsWithLead, gridColumns } from '../../../src/render/plots/plotGrid';
import type { SpikeRing } from '../../../src/render/plotData';
import { fileURLToPath } from 'node:url';
import { openLevelFile } from '../../../src/cli/openLevelFile';
import { liveTracesOf } from '../../../src/render/plots/liveTraces';
import { stepSim } from '../../../src/sim';

describe('membraneMarks', () => {
  it('Izhikevich RS: the spike cut-off at +30 mV (reset to −65) and the runaway from rest at −55 mV', () => {
    const marks = membraneMarks({ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8, scheme: 'euler', vPeakMv: 30, input: { mode: 'current', tauMs: 0 } })!;
    expect(marks.spikeTipMv).toBe(30);
    expect(marks.lines[0]).toEqual({ atMv: 30, label: 'spike peak: cut-off +30 mV, then reset to −65 mV', strong: true });
    expect(marks.lines[1].label).toBe('runaway from rest ≈ −55 mV');
    expect(marks.yRangeMv[0]).toBeLessThanOrEqual(-80);
    expect(marks.yRangeMv[1]).toBeGreaterThanOrEqual(40);
    // Rest: 0.04v² + 4.8v + 140 = 0 → −70; with u = 0.2·(−70): 0.04v² + 5v + 154 = 0 → −55 (and −70).
    const { restMv, runawayMv } = izhikevichRestAndRunawayMv(0.2)!;
    expect(restMv).toBeCloseTo(-70, 9);
    expect(runawayMv).toBeCloseTo(-55, 9);
  });

  it('LIF: its own threshold; a Poisson source has no membrane', () => {
    const marks = membraneMarks({ id: 'lif', model: 'lif', tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 2, resistanceMOhm: 10, input: { mode: 'current', tauMs: 0 } })!;
    expect(marks.lines).toEqual([{ atMv: -54, label: 'spike threshold −54 mV', strong: true }]);
    expect(marks.spikeTipMv).toBe(-54);
    expect(marks.yRangeMv).toEqual([-80, -40]);
    expect(membraneMarks({ id: 'p', model: 'poisson', rateHz: 5 })).toBeNull();
    expect(formatMv(0)).toBe('0 mV');
    expect(formatMv(12.4)).toBe('+12 mV');
  });
});

/** A probe of one neuron sampled every 4 ticks, value = −70 + tick / 100, `written` samples from tick 0. */
function probe(written: number, capacity = 1000): ProbeRing {
  const sampleTicks = new Float64Array(capacity);
  const values = new Float64Array(capacity);
  for (let k = 0; k < written; k++) {
    sampleTicks[k % capacity] = 4 * k;
    values[k % capacity] = -70 + (4 * k) / 100;
  }
  return { width: 1, capacity, sampleTicks, values, written };
}

function spikes(ticks: number[], neuron = 0): SpikeRing {
  return { ticks: Float64Array.from(ticks), neurons: Int32Array.from(ticks.map(() => neuron)), capacity: 64, written: ticks.length };
}

describe('fillProbeWindow', () => {
  it('returns the samples of the window relative to now, oldest first', () => {
    const out = windowBuffers(100, 0);
    const n = fillProbeWindow(probe(101), 0, 400, 40, 0.25, null, out);
    // Samples at ticks 364 … 400 (tick 360 is the window's open start).
    expect(n).toBe(10);
    expect(Array.from(out.xs.subarray(0, n))).toEqual([-9, -8, -7, -6, -5, -4, -3, -2, -1, 0]);
    expect(out.ys[n - 1]).toBeCloseTo(-66, 12);
  });

  it('puts each spike of the neuron at the tip value at its own tick, before the (reset) sample of that tick', () => {
    const out = windowBuffers(100, 10);
    const ring = spikes([370, 381, 384, 392]);
    ring.neurons[1] = 7; // another neuron's spike is left out
    const n = fillProbeWindow(probe(101), 0, 400, 40, 0.25, { ring, neuronIndex: 0, tipValue: 30 }, out);
    const points = Array.from(out.xs.subarray(0, n), (x, i) => [x, out.ys[i]]);
    expect(points.filter(([, y]) => y === 30).map(([x]) => x)).toEqual([-7.5, -4, -2]);
    // The tip at tick 384 comes right before the sample of tick 384.
    const at = points.findIndex(([x, y]) => x === -4 && y === 30);
    expect(points[at + 1][0]).toBe(-4);
    expect(points[at + 1][1]).not.toBe(30);
    expect(n).toBe(13);
  });

  it('after a step back (fewer samples written, now earlier) draws only what the restored ring holds up to now', () => {
    const out = windowBuffers(100, 10);
    // The world restored to tick 200: the probe's `written` is restored too; a later spike is ignored.
    const n = fillProbeWindow(probe(51), 0, 200, 40, 0.25, { ring: spikes([190, 260]), neuronIndex: 0, tipValue: 30 }, out);
    expect(out.xs[n - 1]).toBe(0);
    expect(Array.from(out.ys.subarray(0, n)).filter((y) => y === 30)).toHaveLength(1);
    // A ring that wrapped: only the samples it still holds, never stale slots.
    const wrapped = probe(5000, 64);
    const m = fillProbeWindow(wrapped, 0, 4 * 4999, 4000, 0.25, null, windowBuffers(2000, 0));
    expect(m).toBe(64);
  });
});

describe('gridCells', () => {
  it('gives the first plot the spare cells of its row, and tiles the panel', () => {
    const cells = gridCells(3, 800, 300);
    expect(cells).toEqual([
      { x: 0, y: 0, width: 800, height: 150 },
      { x: 0, y: 150, width: 400, height: 150 },
      { x: 400, y: 150, width: 400, height: 150 },
    ]);
    const five = gridCells(5, 1200, 400);
    expect(five[0]).toEqual({ x: 0, y: 0, width: 800, height: 200 });
    expect(five[1]).toEqual({ x: 800, y: 0, width: 400, height: 200 });
    const area = five.reduce((sum, r) => sum + r.width * r.height, 0);
    expect(area).toBe(1200 * 400);
    expect(gridCells(4, 1000, 300).map((r) => r.width)).toEqual([1000, 1000 / 3, 1000 / 3, 1000 / 3]);
  });

  it('chooses the columns whose cells are nearest twice as wide as tall, none narrower than 170 px', () => {
    expect(gridColumns(3, 936, 225)).toBe(3); // desktop, below a scene
    expect(gridColumns(2, 360, 154)).toBe(2); // a phone: two 180-px cells, not two 77-px strips
    expect(gridColumns(3, 300, 400)).toBe(1); // too narrow for two
    expect(gridColumns(1, 1200, 100)).toBe(1);
  });

  it('puts the live traces in a full-width row of their own above the other plots', () => {
    const cells = gridCellsWithLead(3, 1, 936, 400);
    expect(cells[0]).toEqual({ x: 0, y: 0, width: 936, height: 220 });
    expect(cells[1]).toEqual({ x: 0, y: 220, width: 468, height: 180 });
    expect(cells[2]).toEqual({ x: 468, y: 220, width: 468, height: 180 });
    expect(gridCellsWithLead(1, 1, 500, 300)).toEqual([{ x: 0, y: 0, width: 500, height: 300 }]);
    expect(gridCellsWithLead(4, 0, 1000, 300)).toEqual(gridCells(4, 1000, 300));
  });
});

describe('liveTracesOf on built levels', () => {
  const open = (path: string, settings: string[] = []) => {
    const opened = openLevelFile(fileURLToPath(new URL(`../../../levels/${path}`, import.meta.url)), { settings });
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    return opened;
  };

  it('spike-threshold: one voltage plot of its neuron; at 20 pA the drawn spikes reach the +30 mV cut-off', () => {
    const { level, spawned } = open('spike-threshold.json', ['stimuli.electrode.amplitudePa=20']);
    const [voltage, ...rest] = liveTracesOf(level, spawned.world);
    expect(rest).toEqual([]);
    expect(voltage.id).toBe('voltage');
    expect(voltage.title).toBe('Membrane voltage: Neuron'); // the population's label, not its id
    expect(voltage.yLabel).toBe('voltage (mV)');
    expect(voltage.windowMs).toBe(1000);
    expect(voltage.lines.map((l) => l.atMv)).toEqual([30, -55]);
    const world = spawned.world;
    for (let i = 0; i < 2400; i++) stepSim(world); // 600 ms: the step starts at 100 ms
    const out = windowBuffers(1100, 100);
    const s = voltage.series[0];
    const n = fillProbeWindow(s.probe, s.column, world.clock[0], 4000, world.dtMs, { ring: world.monitors.spikes, ...s.spike! }, out);
    const ys = Array.from(out.ys.subarray(0, n));
    const tips = ys.filter((y) => y === 30).length;
    expect(tips).toBeGreaterThan(5);
    expect(tips).toBe(world.monitors.spikeCountByPopulation[0]);
    // The samples themselves never hold the peak: the model resets v in the tick it spikes.
    expect(Math.max(...ys.filter((y) => y !== 30))).toBeLessThan(30);
    expect(Math.min(...ys)).toBeGreaterThan(-80);
  });

  it('a level with trace monitors gets a plot per signal, labelled with the circuit\'s label and unit', () => {
    const { level, spawned } = open('recipes/two-intervals.json');
    const traces = liveTracesOf(level, spawned.world);
    const trace = traces.find((t) => t.id === 'trace-eyelid')!;
    expect(trace.series).toHaveLength(1);
    expect(trace.title).not.toMatch(/^[a-z]+[A-Z]/);
    expect(trace.yLabel).toContain('(');
    expect(trace.lines).toEqual([]);
  });
});
