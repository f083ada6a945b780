import { describe, expect, it } from 'vitest';
import { buildWorld, installCircuitSystem, runTicks, stepSim, type SimWorld } from '../../../src/sim';

const spec = { seed: 1, dtMs: 1, neuronTypes: [{ name: 'RS' }], populations: [{ name: 'a', type: 'RS', count: 3 }], projections: [] };

describe('circuit systems in the schedule', () => {
  it('runs a circuit system at its phase, in order, every tick', () => {
    const world = buildWorld(spec);
    const seen: string[] = [];
    installCircuitSystem(world, 'detect spikes', function recordAfterDetect(w: SimWorld) { seen.push(`after detect ${w.clock[0]}`); });
    installCircuitSystem(world, 'commands', function recordBeforeCommands(w: SimWorld) { seen.push(`before commands ${w.clock[0]}`); }, 'before');
    const names = world.systems.map((system) => system.name);
    expect(names[0]).toBe('recordBeforeCommands');
    // After the last engine system of the phase (detectSpikes, then fireRateClampedNeurons).
    const phases = world.systems.map((system) => system.phase);
    expect(names.indexOf('recordAfterDetect')).toBe(phases.lastIndexOf('detect spikes'));
    expect(names.indexOf('recordAfterDetect')).toBeGreaterThan(names.indexOf('detectSpikes'));
    runTicks(world, 2);
    expect(seen).toEqual(['before commands 0', 'after detect 0', 'before commands 1', 'after detect 1']);
  });

  it('refuses an unknown phase and installs only before the first tick', () => {
    const world = buildWorld(spec);
    expect(() => installCircuitSystem(world, 'nonsense' as never, () => {})).toThrow(/unknown schedule phase/);
    stepSim(world);
    expect(() => installCircuitSystem(world, 'integrate', () => {})).toThrow(/before the first tick/);
  });

  it('worlds do not share schedules', () => {
    const one = buildWorld(spec);
    const two = buildWorld(spec);
    installCircuitSystem(one, 'monitors', function extra() {});
    expect(one.systems.length).toBe(two.systems.length + 1);
  });
});
