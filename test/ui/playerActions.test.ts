// Player actions (src/ui/playerActions.ts): what each kind of level lets the player do, with ranges
// from the level and from the command schemas. No simulation is run (no dt or seed involved).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { command } from '../../src/levels/schema/commands';
import { clamp, playerActionsFor } from '../../src/ui/playerActions';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { stepSim } from '../../src/sim/schedule';
import { restoreSnapshot, takeSnapshot } from '../../src/sim/snapshot';

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

  it('a level\'s playerCommands: a switch with undo (lesion 30 % of the Purkinje cells / restore them) and a button; both act on the world', () => {
    const raw = JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
    const lesion = { type: 'lesion', population: 'purkinje', neurons: { fraction: 0.3 } };
    raw.playerCommands = [
      { id: 'pcLesion', label: 'Inactivate 30 % of the Purkinje cells', command: lesion, undo: { ...lesion, restore: true } },
      { id: 'clampNucleus', label: 'Hold the nucleus at −70 mV', command: { type: 'voltageClamp', population: 'nucleus', vMv: -70 } },
    ];
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const actions = playerActionsFor(loaded.level);
    const toggle = actions.find((a) => a.id === 'command:pcLesion');
    const button = actions.find((a) => a.id === 'command:clampNucleus');
    if (toggle?.kind !== 'toggle' || button?.kind !== 'button') throw new Error('missing controls');
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error('spawn');
    const world = spawned.world;
    const purkinje = world.populations.find((p) => p.name === 'purkinje')!;
    const lesioned = () => Array.from(world.neurons.lesioned.subarray(purkinje.firstEid, purkinje.firstEid + purkinje.count)).reduce((a, b) => a + b, 0);
    world.commands.send(toggle.command(true));
    world.commands.send(button.command());
    stepSim(world);
    expect(lesioned()).toBe(Math.round(0.3 * purkinje.count));
    const nucleus = world.populations.find((p) => p.name === 'nucleus')!;
    expect(world.neurons.vMv[nucleus.firstEid]).toBe(-70);
    world.commands.send(toggle.command(false));
    stepSim(world);
    expect(lesioned()).toBe(0);
  });

  it('a playerCommands switch reads its state from the world, so it is right after a step back (lesion, clamps)', () => {
    const raw = JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
    const lesion = { type: 'lesion', population: 'purkinje', neurons: { fraction: 0.3 } };
    const clamp = { type: 'voltageClamp', population: 'nucleus', neurons: { ranges: [{ first: 0, last: 1 }] }, vMv: -70 };
    raw.playerCommands = [
      { id: 'pcLesion', label: 'Inactivate 30 %', command: lesion, undo: { ...lesion, restore: true } },
      { id: 'hold', label: 'Hold two nucleus cells', command: clamp, undo: { type: 'releaseClamp', population: 'nucleus', neurons: clamp.neurons } },
    ];
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const actions = playerActionsFor(loaded.level);
    const toggles = ['command:pcLesion', 'command:hold'].map((id) => actions.find((a) => a.id === id));
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error('spawn');
    const world = spawned.world;
    for (const toggle of toggles) {
      if (toggle?.kind !== 'toggle' || !toggle.isOn) throw new Error('switch cannot read the world');
      const isOn = toggle.isOn;
      expect(isOn(world)).toBe(false);
      const before = takeSnapshot(world);
      world.commands.send(toggle.command(true));
      stepSim(world);
      expect(isOn(world)).toBe(true);
      const after = takeSnapshot(world);
      restoreSnapshot(world, before); // step back: the effect is gone, and the switch says so
      expect(isOn(world)).toBe(false);
      restoreSnapshot(world, after);
      expect(isOn(world)).toBe(true);
      world.commands.send(toggle.command(false));
      stepSim(world);
      expect(isOn(world)).toBe(false);
    }
    // A lesion of a different subset is not this switch's: a 30 % lesion is off while only 10 % is.
    const lesionToggle = toggles[0];
    if (lesionToggle?.kind !== 'toggle' || !lesionToggle.isOn) throw new Error('unreachable');
    world.commands.send({ ...lesion, neurons: { fraction: 0.1 } });
    stepSim(world);
    expect(lesionToggle.isOn(world)).toBe(false);
  });

  it('playerCommands are checked like timeline commands, with their path', () => {
    const raw = JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
    raw.playerCommands = [{ id: 'bad', label: 'x', command: { type: 'lesion', population: 'purkinje', neurons: { ranges: [{ first: 0, last: 100000 }] } } }];
    const loaded = loadLevel(raw);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toEqual(['playerCommands[0].command.neurons.ranges[0].last']);
  });

  it('clamps values to the range (non-finite values to the minimum)', () => {
    expect(clamp(99999, 0, 5000)).toBe(5000);
    expect(clamp(-3, 0, 2)).toBe(0);
    expect(clamp(Number.NaN, 1, 2)).toBe(1);
    expect(clamp(1.5, 1, 2)).toBe(1.5);
  });
});

describe('player action labels are words, not ids', () => {
  const ids = readdirSync(new URL('../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
  it('no built-in level labels a control with a camelCase id (e.g. "Learning in inputsToPost")', () => {
    const shown = ids.flatMap((id) => playerActionsFor(level(id)).map((a) => `${id}: ${a.label}`));
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((text) => /\b[a-z]+[A-Z][A-Za-z0-9]*\b/.test(text.slice(text.indexOf(': ') + 2)))).toEqual([]);
    expect(shown).toContain('song-miller-abbott: Learning (Excitatory inputs → Postsynaptic)');
    // Populations by their labels ("Postsynaptic"), never by ids ("post"): each name starts with a capital.
    expect(shown.filter((text) => /Learning \([a-z]|→ [a-z]/.test(text))).toEqual([]);
  });
});
