/**
 * isiCv over a window longer than the network's shared spike ring holds (131,072 spikes): 1000
 * Poisson sources at 200 Hz fire ~180,000 spikes a second (measured), so over a 2 s window the shared ring keeps
 * only the last ~0.7 s. The measured cell (LIF, exact step, dtMs 1, seed 3) fires regularly at one
 * rate for the first second and at another for the second, so the CV of its intervals over the whole
 * window is large (two interval lengths) while over the last 0.7 s it is near 0. The measure must
 * give the CV of every interval in the window, as computed here from the cell's own spike ticks.
 */
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';
import { cvFromSums } from '../../../src/sim/timeline/spikeStatistics';

const cell = { id: 'cell', model: 'lif', tauMMs: 10, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 1000, input: { mode: 'current', tauMs: 0 } };
const WINDOW_MS = 2000;

describe('isiCv keeps every interval of its window however much the network fires', () => {
  it('two regular rates in one window: the measure equals the CV of all the cell\'s intervals, not of the last few', () => {
    const loaded = loadLevel({
      schemaVersion: 3, id: 'cvwrap', title: 'CV wrap', seed: 3, dtMs: 1, durationMs: WINDOW_MS,
      neuronTypes: [cell, { id: 'source', model: 'poisson', rateHz: 200 }],
      populations: [{ id: 'clock', type: 'cell', count: 1 }, { id: 'chatter', type: 'source', count: 1000 }],
      projections: [],
      stimuli: [
        { id: 'slow', kind: 'stepCurrent', target: 'clock', amplitudePa: 20, startMs: 0, endMs: 1000 },
        { id: 'fast', kind: 'stepCurrent', target: 'clock', amplitudePa: 60, startMs: 1000, endMs: WINDOW_MS },
      ],
      objectives: [{ id: 'cv', description: '', metric: 'isiCv', args: { population: 'clock', windowMs: WINDOW_MS }, comparison: '>=', threshold: 0, over: { window: { startMs: 0, endMs: WINDOW_MS } } }],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const clockTicks: number[] = [];
    let ringWritten = 0, ringOldestTick = 0;
    const outcome = runLevel(loaded.level, {
      onTick: (world) => {
        const first = world.populations.find((p) => p.name === 'clock')!.firstEid;
        for (let k = 0; k < world.spikedCount[0]; k++) if (world.spikedList[k] === first) clockTicks.push(world.clock[0] - 1);
      },
      onFinish: (world) => {
        const ring = world.monitors.spikes;
        ringWritten = ring.written;
        ringOldestTick = ring.ticks[ring.written % ring.capacity];
      },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // The shared ring has wrapped well inside the window.
    expect(ringWritten).toBeGreaterThan(2 * 131_072);
    expect(ringOldestTick).toBeGreaterThan(WINDOW_MS / 2);
    const intervals = clockTicks.slice(1).map((t, i) => t - clockTicks[i]);
    const early = intervals.filter((_, i) => clockTicks[i + 1] < 1000);
    const late = intervals.filter((_, i) => clockTicks[i] >= 1000);
    expect(early.length).toBeGreaterThan(5);
    expect(late.length).toBeGreaterThan(5);
    expect(Math.min(...early)).toBeGreaterThan(Math.max(...late)); // two distinct regular rates
    const expected = cvFromSums(intervals.length, intervals.reduce((a, b) => a + b, 0), intervals.reduce((a, b) => a + b * b, 0));
    expect(expected).toBeGreaterThan(0.2);
    expect(outcome.result.objectives[0].value).toBeCloseTo(expected, 12);
  });
});
