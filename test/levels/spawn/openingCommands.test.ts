// The first phase's start commands are the state a level begins in: spawn applies them before tick 0
// (src/levels/spawn/openingCommands.ts). Worlds: the built-in inhibitory-balance and cross-modal
// levels (conductance LIF at dt 0.5 ms; LIF at dt 1 ms; exact step), stepped a few ticks only.
import { describe, expect, it } from 'vitest';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim';
import { builtInLevel } from '../helpers';

function spawnBuiltIn(id: string) {
  const spawned = spawnLevel(builtInLevel(id));
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
}

const learningOn = (world: ReturnType<typeof spawnBuiltIn>) => world.projections.find((p) => p.name === 'inhibition')!.plasticityEnabled[0] === 1;

describe('opening commands', () => {
  it('inhibitory-balance starts with its inhibitory learning switched off, before any tick', () => {
    const world = spawnBuiltIn('inhibitory-balance');
    expect(world.clock[0]).toBe(0);
    expect(learningOn(world)).toBe(false);
    expect(world.commands.log.map((e) => [e.tick, e.command.type, e.command.source])).toEqual([[0, 'setPlasticity', 'timeline']]);
  });

  it('a player\'s switch pressed before Play (applied at tick 0) stays in force: the timeline does not undo it', () => {
    const world = spawnBuiltIn('inhibitory-balance');
    world.commands.send({ type: 'setPlasticity', projection: 'inhibition', enabled: true });
    for (let i = 0; i < 5; i++) stepSim(world);
    expect(learningOn(world)).toBe(true);
  });

  it('cross-modal\'s eyes are silent from the first frame (lesioned at spawn)', () => {
    const world = spawnBuiltIn('cross-modal');
    const eyes = world.populations.find((p) => p.name === 'eyes')!;
    const lesioned = world.neurons.lesioned;
    for (let eid = eyes.firstEid; eid < eyes.firstEid + eyes.count; eid++) expect(lesioned[eid]).toBe(1);
  });

  it('a level whose opening command the world refuses does not spawn, and the error names the command', () => {
    const level = builtInLevel('inhibitory-balance');
    const phase = level.timeline!.sessions[0].phases[0];
    const bad = { ...level, timeline: { ...level.timeline!, sessions: [{ ...level.timeline!.sessions[0], phases: [{ ...phase, commandsAtStart: [{ type: 'setPlasticity', projection: 'inhibition', enabled: 'yes' }] }] }] } };
    const spawned = spawnLevel(bad as unknown as typeof level);
    expect(spawned.ok).toBe(false);
    if (!spawned.ok) expect(spawned.errors[0].path).toBe('timeline.sessions[0].phases[0].commandsAtStart[0]');
  });
});
