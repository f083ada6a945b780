/**
 * The 'setStimulus' command (src/sim/commands/engineCommands.ts): enabled and gain are registered state
 * ('stimuli.enabled', 'stimuli.gain') applied from the next tick. dt 1 ms; noise stream 'noise', seed 5.
 */
import { describe, expect, it } from 'vitest';
import { meterWorld, stimulusTick } from './stimulusWorld';

describe("setStimulus command (dt 1 ms, seed 5)", () => {
  it('switches a constant current off and on, and scales it by gain, from the tick it is applied', () => {
    const world = meterWorld({ seed: 5, dtMs: 1, count: 1, stimuli: [{ name: 'drive', kind: 'constantCurrent', target: 'meters', amplitude: 4 }] });
    const out = new Float64Array(1);
    stimulusTick(world, out);
    expect(out[0]).toBe(4);
    world.commands.send({ type: 'setStimulus', stimulus: 'drive', enabled: false });
    stimulusTick(world, out);
    expect(out[0]).toBe(0);
    expect(world.registry.get('stimuli.enabled')?.[0]).toBe(0);
    world.commands.send({ type: 'setStimulus', stimulus: 'drive', enabled: true, gain: 0.25 });
    stimulusTick(world, out);
    expect(out[0]).toBe(1);
    expect(world.registry.get('stimuli.gain')?.[0]).toBe(0.25);
    expect(world.events.filter((e) => e.type === 'stimulusChanged')).toHaveLength(2);
  });

  it('gain scales noise mean and sd (batch path): gain 2 on mean 1, sd 1 gives mean 2, sd 2', () => {
    const world = meterWorld({ seed: 5, dtMs: 1, count: 400, stimuli: [{ name: 'noise', kind: 'gaussianNoise', target: 'meters', mean: 1, sd: 1 }] });
    world.commands.send({ type: 'setStimulus', stimulus: 'noise', gain: 2 });
    const out = new Float64Array(400);
    let sum = 0, sumSq = 0, n = 0;
    for (let t = 0; t < 250; t++) {
      stimulusTick(world, out);
      for (const x of out) { sum += x; sumSq += x * x; n++; }
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    expect(Math.abs(mean - 2)).toBeLessThan(5 * 2 / Math.sqrt(n));
    expect(Math.abs(sd - 2)).toBeLessThan(5 * 2 / Math.sqrt(2 * n));
  });

  it('gain scales Poisson event weights and a disabled train delivers nothing', () => {
    const world = meterWorld({ seed: 5, dtMs: 1, count: 50, stimuli: [{ name: 'p', kind: 'poisson', target: 'meters', rateHz: 100, weight: 1, receptor: 'excitatory' }] });
    world.commands.send({ type: 'setStimulus', stimulus: 'p', gain: 3 });
    const out = new Float64Array(50);
    let delivered = 0;
    for (let t = 0; t < 200; t++) {
      stimulusTick(world, out);
      const row = (world.clock[0] - 1) % world.input.slots * world.input.stride;
      for (let k = 1; k <= 50; k++) { delivered += world.input.excitatory[row + k]; world.input.excitatory[row + k] = 0; }
    }
    expect(delivered % 3).toBe(0); // whole events of weight 3
    expect(delivered / 3).toBeGreaterThan(800); // 50 cells · 0.2 s · 100 Hz = 1000 (sd 32)
    world.commands.send({ type: 'setStimulus', stimulus: 'p', enabled: false });
    delivered = 0;
    for (let t = 0; t < 200; t++) {
      stimulusTick(world, out);
      const row = (world.clock[0] - 1) % world.input.slots * world.input.stride;
      for (let k = 1; k <= 50; k++) delivered += world.input.excitatory[row + k];
    }
    expect(delivered).toBe(0);
  });

  it('rejects unknown stimuli and non-finite gains with a commandRejected event', () => {
    const world = meterWorld({ seed: 5, dtMs: 1, count: 1, stimuli: [{ name: 'drive', kind: 'constantCurrent', target: 'meters', amplitude: 4 }] });
    world.commands.send({ type: 'setStimulus', stimulus: 'nope', enabled: false });
    world.commands.send({ type: 'setStimulus', stimulus: 'drive', gain: Number.NaN });
    stimulusTick(world, new Float64Array(1));
    const rejected = world.events.filter((e) => e.type === 'commandRejected');
    expect(rejected).toHaveLength(2);
    expect(world.stimuli.gain[0]).toBe(1);
  });
});
