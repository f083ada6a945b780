/**
 * Command handlers are registered per world (src/sim/commands/commandRegistry.ts): a world starts
 * with the engine's commands, a circuit or level adds its own to that world only, and a command type
 * the world does not know is rejected with a commandRejected event that names the accepted types.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, defineCommand, inactivateRegion, knownCommandTypes, stepSim, type SimWorld } from '../../../src/sim';

const spec = { seed: 1, dtMs: 1, neuronTypes: [{ name: 'RS' }], populations: [{ name: 'a', type: 'RS', count: 3 }], projections: [] };

describe('per-world command registry', () => {
  it('starts every world with exactly the engine commands', () => {
    expect(knownCommandTypes(buildWorld(spec))).toEqual(['deliverReward', 'lesion', 'rateClamp', 'releaseClamp', 'releaseModulator', 'setPlasticity', 'setStimulus', 'voltageClamp']);
  });

  it('a command defined on one world is unknown to another, and is rejected there with a reason', () => {
    const one = buildWorld(spec);
    const two = buildWorld(spec);
    let applied = 0;
    defineCommand(one, 'poke', () => { applied += 1; });
    expect(knownCommandTypes(one)).toContain('poke');
    expect(knownCommandTypes(two)).not.toContain('poke');
    one.commands.send({ type: 'poke' });
    two.commands.send({ type: 'poke' });
    stepSim(one);
    stepSim(two);
    expect(applied).toBe(1);
    expect(one.events.map((e) => e.type)).toContain('commandApplied');
    const rejected = two.events.find((e) => e.type === 'commandRejected') as Extract<SimWorld['events'][number], { type: 'commandRejected' }>;
    expect(rejected.reason).toMatch(/unknown command "poke" \(this world accepts deliverReward, lesion, /);
    expect(two.commands.log).toHaveLength(1);
  });

  it('refuses a second, different handler for a type, but accepts the same one again', () => {
    const world = buildWorld(spec);
    defineCommand(world, 'inactivate', inactivateRegion);
    expect(() => defineCommand(world, 'inactivate', inactivateRegion)).not.toThrow();
    expect(() => defineCommand(world, 'inactivate', () => undefined)).toThrow(/"inactivate" is defined twice/);
    expect(() => defineCommand(world, 'lesion', () => undefined)).toThrow(/"lesion" is defined twice/);
  });

  it('inactivate delegates to this world\'s lesion', () => {
    const world = buildWorld(spec);
    defineCommand(world, 'inactivate', inactivateRegion);
    world.commands.send({ type: 'inactivate', region: 'a' });
    stepSim(world);
    expect(world.neurons.lesionedCount[0]).toBe(3);
    world.commands.send({ type: 'inactivate', region: 'a', restore: true });
    world.commands.send({ type: 'inactivate', region: 'nowhere' });
    stepSim(world);
    expect(world.neurons.lesionedCount[0]).toBe(0);
    expect(world.events.filter((e) => e.type === 'commandRejected')).toHaveLength(1);
  });
});
