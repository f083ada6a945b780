import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels';
import { runLevel, type MonitorSeries } from '../../../src/levels/runLevel';
import { songbirdStateOf } from '../../../src/circuits/songbird';
import type { SimWorld } from '../../../src/sim';
import { errorLines } from '../helpers';

/**
 * Trace monitors of the behaving animal, each on a built-in level with its own seed: the eyelid
 * (eyeblink-acquisition, 2 trials), the reward circuit's V and δ (dopamine-acquisition, 2 trials) and
 * the bird's pitch and loudness per song frame (songbird-tutor, 2 renditions). Each series is checked
 * against the circuit's live state read after every tick.
 */
function withMonitors(file: string, monitors: unknown[]): Record<string, unknown> {
  const data = JSON.parse(readFileSync(new URL(`../../../levels/${file}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...data, monitors };
}

type Trace = Extract<MonitorSeries, { kind: 'trace' }>;

function run(data: Record<string, unknown>, trials: number, read: Record<string, (world: SimWorld) => number>) {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const live: Record<string, Map<number, number>> = Object.fromEntries(Object.keys(read).map((k) => [k, new Map()]));
  const outcome = runLevel(loaded.level, {
    trials,
    onTick: (world) => { for (const [k, f] of Object.entries(read)) live[k].set(world.clock[0] - 1, f(world)); },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return { result: outcome.result, live };
}

const trace = (monitors: Record<string, MonitorSeries>, id: string): Trace => {
  const series = monitors[id];
  if (series?.kind !== 'trace') throw new Error(`no trace ${id}`);
  return series;
};

describe('trace monitors', () => {
  it('eyelid: sampled every 5 ms, with its label and unit; the puff closes it', () => {
    const { result, live } = run(withMonitors('eyeblink-acquisition', [{ id: 'lid', kind: 'trace', signal: 'eyelid', everyMs: 5 }]), 2, {
      lid: (world) => (world.registry.get('cerebellum.eyelid') as Float64Array)[0],
    });
    const lid = trace(result.monitors, 'lid');
    expect(lid).toMatchObject({ signal: 'eyelid', circuit: 'cerebellum', label: 'eyelid closure', unit: '0 open – 1 shut' });
    expect(lid.timesMs.length).toBeGreaterThan(100);
    lid.timesMs.forEach((t, i) => {
      expect(t % 5).toBe(0);
      expect(lid.values[i]).toBe(live.lid.get(t));
    });
    expect(Math.max(...lid.values)).toBeGreaterThan(0.3);
  });

  it('value V and δ of the reward circuit', () => {
    const signals = (world: SimWorld) => world.registry.get('circuit.reward.signals') as Float64Array;
    const { result, live } = run(withMonitors('dopamine-acquisition', [
      { id: 'v', kind: 'trace', signal: 'value', everyMs: 10 },
      { id: 'd', kind: 'trace', signal: 'delta', circuit: 'reward', everyMs: 10 },
    ]), 2, { v: (w) => signals(w)[1], d: (w) => signals(w)[2] });
    const v = trace(result.monitors, 'v');
    const d = trace(result.monitors, 'd');
    expect(v.label).toBe('value V');
    expect(d.label).toBe('reward-prediction error δ');
    expect(d.values.length).toBe(v.values.length);
    d.timesMs.forEach((t, i) => { expect(d.values[i]).toBe(live.d.get(t)); expect(v.values[i]).toBe(live.v.get(t)); });
    // The reward of each trial is unpredicted at first: δ rises above zero.
    expect(Math.max(...d.values)).toBeGreaterThan(0);
  });

  it('pitch and loudness: one sample per song frame, the song as sung', () => {
    let pitchAtEnd: number[] = [];
    let frames = 0;
    const loaded = loadLevel(withMonitors('songbird-tutor', [{ id: 'pitch', kind: 'trace', signal: 'pitch' }, { id: 'loud', kind: 'trace', signal: 'loudness' }]));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const outcome = runLevel(loaded.level, {
      trials: 2,
      onFinish: (world) => { const s = songbirdStateOf(world)!; frames = s.frames; pitchAtEnd = Array.from(s.pitchCommandHz); },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const pitch = trace(outcome.result.monitors, 'pitch');
    const loud = trace(outcome.result.monitors, 'loud');
    expect(pitch.unit).toBe('Hz');
    expect(pitch.values).toHaveLength(2 * frames);
    expect(loud.values).toHaveLength(2 * frames);
    // The last rendition's frames are the syrinx commands the circuit holds at the end.
    expect(pitch.values.slice(frames)).toEqual(pitchAtEnd);
    // Frames are evenly spaced within a rendition.
    const step = pitch.timesMs[1] - pitch.timesMs[0];
    expect(step).toBeGreaterThan(0);
    for (let i = 1; i < frames; i++) expect(pitch.timesMs[i] - pitch.timesMs[i - 1]).toBe(step);
    for (const l of loud.values) { expect(l).toBeGreaterThanOrEqual(0); expect(l).toBeLessThanOrEqual(1); }
  });

  it('the loader names a signal whose circuit the level lacks, and an unknown circuit', () => {
    expect(errorLines(withMonitors('eyeblink-acquisition', [{ id: 'v', kind: 'trace', signal: 'value' }])).join('\n'))
      .toMatch(/monitors\[0\]\.signal: "value" is a signal of the reward circuit, and the level has none/);
    expect(errorLines(withMonitors('eyeblink-acquisition', [{ id: 'lid', kind: 'trace', signal: 'eyelid', circuit: 'left' }])).join('\n'))
      .toMatch(/monitors\[0\]\.circuit: unknown cerebellum circuit "left"/);
  });
});
