// A logged command counts only if a control of the level sends it: a slider's path within its range,
// a button's exact command, a scene panel's commands in a level of that circuit. Anything the engine
// would accept but the page never offers is refused, with its place in the log.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOfferedCommands } from '../../../src/app/classResults/offeredCommands';
import { hasKey } from '../../../src/i18n/messages';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { Level } from '../../../src/levels/schema/level';

function level(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

const log = (...commands: Array<Record<string, unknown> & { type: string }>) => commands.map((command, i) => ({ tick: i * 10, command }));
const refusedIn = (id: string, ...commands: Array<Record<string, unknown> & { type: string }>) => checkOfferedCommands(level(id), log(...commands)).firstRefused;

describe('commands a level offers', () => {
  it('accepts a slider within its range and refuses it beyond the range or on a path no slider offers', () => {
    const slider = { type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 14 };
    expect(refusedIn('spike-threshold', slider, { ...slider, value: 0 }, { ...slider, value: 20 })).toBeNull();
    expect(refusedIn('spike-threshold', slider, { ...slider, value: 25 })).toEqual({ index: 2, type: 'setParameter' });
    expect(refusedIn('spike-threshold', { type: 'setParameter', path: 'populations.neuron.count', value: 5 })).toEqual({ index: 1, type: 'setParameter' });
  });

  it('refuses a reward no button offers, and accepts the reward button where the level has one', () => {
    expect(refusedIn('spike-threshold', { type: 'deliverReward', amount: 1 })).toEqual({ index: 1, type: 'deliverReward' });
    expect(refusedIn('dopamine-acquisition', { type: 'deliverReward', amount: 1, source: 'player' })).toBeNull();
    expect(refusedIn('dopamine-acquisition', { type: 'deliverReward', amount: 50 })).toEqual({ index: 1, type: 'deliverReward' });
  });

  it('accepts the songbird side panel\'s experiments in a songbird level', () => {
    expect(refusedIn('songbird-deafening', { type: 'deafen', enabled: true }, { type: 'deafen', enabled: false })).toBeNull();
    expect(hasKey('results.diff.command')).toBe(true);
  });
});
