// Player actions (src/ui/playerActions.ts): what each kind of level lets the player do, with ranges
// from the level and from the command schemas. No simulation is run (no dt or seed involved).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { command } from '../../src/levels/schema/commands';
import { clamp, playerActionsFor } from '../../src/ui/playerActions';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { stepSim } from '../../src/sim/schedule';

function level(id: string) {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(id);
  return loaded.level;
}

describe('player actions', () => {
  it('eyeblink: ISI and puff strength with the command schema ranges, region inactivation; every command validates', () => {
    const actions = playerActionsFor(level('eyeblink-acquisition'));
    const isi = actions.find((a) => a.id === 'setIsiMs');
    expect(isi && isi.kind === 'number' && [isi.min, isi.max]).toEqual([0, 5000]);
    const puff = actions.find((a) => a.id === 'setPuffStrength');
    expect(puff && puff.kind === 'number' && [puff.min, puff.max]).toEqual([0, 2]);
    for (const a of actions) {
      const made = a.kind === 'number' ? a.command(a.max) : a.kind === 'toggle' ? a.command(true) : a.kind === 'button' ? a.command() : null;
      if (made) expect(command.safeParse(made).success).toBe(true);
    }
    expect(actions.map((a) => a.id)).toContain('inactivate:nucleus');
  });

  it('dopamine: juice; plasticity levels: their parameters and learning switches', () => {
    // The songbird's experiment buttons are the songbird panel's (src/ui/songbirdPanel.ts).
    expect(playerActionsFor(level('songbird-tutor'))).toEqual([]);
    expect(playerActionsFor(level('dopamine-acquisition')).map((a) => a.id)).toContain('deliverReward');
    const stdp = playerActionsFor(level('stdp-pairing'));
    const param = stdp.find((a) => a.kind === 'parameter');
    expect(param && param.kind === 'parameter' && [param.min, param.max, param.value]).toEqual([50, 150, 110]);
    expect(stdp.some((a) => a.id.startsWith('plasticity:'))).toBe(true);
    // A network whose projections do not learn offers no learning switches.
    expect(playerActionsFor(level('izhikevich-2003')).some((a) => a.id.startsWith('plasticity:'))).toBe(false);
  });

  it('toggles read their state from the world (inactivation, plasticity), so they follow step back and reset', () => {
    const eyeblink = level('eyeblink-acquisition');
    const spawned = spawnLevel(eyeblink);
    if (!spawned.ok) throw new Error('spawn');
    const nucleus = playerActionsFor(eyeblink).find((a) => a.id === 'inactivate:nucleus');
    if (nucleus?.kind !== 'toggle' || !nucleus.isOn) throw new Error('no nucleus toggle');
    expect(nucleus.isOn(spawned.world)).toBe(false);
    spawned.world.commands.send(nucleus.command(true));
    stepSim(spawned.world);
    expect(nucleus.isOn(spawned.world)).toBe(true);
    spawned.world.commands.send(nucleus.command(false));
    stepSim(spawned.world);
    expect(nucleus.isOn(spawned.world)).toBe(false);
  });

  it('clamps values to the range (non-finite values to the minimum)', () => {
    expect(clamp(99999, 0, 5000)).toBe(5000);
    expect(clamp(-3, 0, 2)).toBe(0);
    expect(clamp(Number.NaN, 1, 2)).toBe(1);
    expect(clamp(1.5, 1, 2)).toBe(1.5);
  });
});
