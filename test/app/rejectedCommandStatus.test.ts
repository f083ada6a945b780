/**
 * A command the world turns down is said in the player's language: the engine sends a code and its
 * parameters, the page words each code (every code and field has words in every real locale) and
 * names settings and populations by their labels, never by a level-file path or id.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectedCommandStatus } from '../../src/app/rejectedCommandStatus';
import { REJECTION_FIELDS } from '../../src/app/rejectionWords';
import { REAL_LOCALES } from '../../src/i18n/locales';
import { CATALOGS, setLocale } from '../../src/i18n/messages';
import { loadLevel } from '../../src/levels';
import type { Level } from '../../src/levels/schema/level';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { REJECTION_CODES, REJECTION_ENGLISH, stepSim, type SimCommand, type SimEvent } from '../../src/sim';

function builtIn(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.level;
}

/** The rejections the world emits for these commands, sent together before one tick. */
function rejectionsOf(level: Level, commands: readonly SimCommand[]): Extract<SimEvent, { type: 'commandRejected' }>[] {
  const spawned = spawnLevel(level);
  if (!spawned.ok) throw new Error('spawn failed');
  for (const command of commands) spawned.world.commands.send(command);
  stepSim(spawned.world);
  return spawned.world.events.filter((e): e is Extract<SimEvent, { type: 'commandRejected' }> => e.type === 'commandRejected');
}

afterEach(() => setLocale('en'));

describe('status line for a rejected command', () => {
  it('every rejection code and command field has words in every real locale', () => {
    for (const locale of REAL_LOCALES) {
      const missing = [
        ...REJECTION_CODES.map((code) => `game.rejected.reason.${code}`),
        ...REJECTION_FIELDS.map((field) => `game.rejected.field.${field}`),
      ].filter((key) => !(key in CATALOGS[locale]));
      expect(missing, locale).toEqual([]);
    }
    // The engine's English names each parameter the page's words may use.
    for (const code of REJECTION_CODES) {
      const english = [...REJECTION_ENGLISH[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const words = JSON.stringify(CATALOGS.en[`game.rejected.reason.${code}`]);
      for (const name of words.match(/\{(\w+)\}/g) ?? []) expect(english, `${code} uses ${name}`).toContain(name.slice(1, -1));
    }
  });

  it('in Spanish, a setting that cannot change live, a bad value and an unknown population read in Spanish with labels', () => {
    const level = builtIn('spike-threshold');
    const rejected = rejectionsOf(level, [
      { type: 'setParameter', path: 'populations[0].count', value: 3 },
      { type: 'setParameter', path: level.playerParameters[0].path, value: Number.NaN },
      { type: 'lesion', population: 'nowhereCells' },
    ]);
    expect(rejected.map((e) => e.code)).toEqual(['notLive', 'notFiniteNumber', 'unknownPopulation']);
    // The English reason stays for the CLI and logs.
    expect(rejected[2].reason).toBe('unknown population "nowhereCells"');
    setLocale('es');
    const lines = rejected.map((event) => rejectedCommandStatus(event, level) ?? '');
    expect(lines[0]).toMatch(/no puede cambiar mientras el nivel corre; se aplica cuando reinicias/);
    expect(lines[1]).toBe('No es posible ahora: el valor debe ser un número');
    expect(lines[2]).toBe('No es posible ahora: este nivel no tiene ningún grupo de neuronas llamado «Nowhere cells»');
    for (const line of lines) {
      expect(line).not.toMatch(/populations\[|cannot|must|unknown|level runs/);
    }
  });

  it('in English, a setting that cannot change live is named, not shown as its path', () => {
    const level = builtIn('spike-threshold');
    const [notLive] = rejectionsOf(level, [{ type: 'setParameter', path: 'populations[0].count', value: 3 }]);
    const line = rejectedCommandStatus(notLive, level) ?? '';
    expect(line).toMatch(/cannot change while the level runs; it applies when you Reset \(r\)\.$/);
    expect(line).not.toContain('populations[0]');
  });

  it('has nothing to say about other events', () => {
    expect(rejectedCommandStatus({ type: 'commandApplied', tick: 5, command: { type: 'setParameter' } })).toBeNull();
    expect(rejectedCommandStatus({ type: 'phaseStarted', tick: 0, phase: 'train' })).toBeNull();
  });
});
