/**
 * The songbird levels played to the end by scripted players (src/circuits/songbird; LIF, dt = 1 ms;
 * each level's own seed). Each objective is met by the intended strategy and missed by the wrong one
 * where that is meaningful. Thousands of renditions each, so they live here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { builtInLevelAssets } from '../levels/helpers';
import { runLevel, type RunOptions } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';

const load = (id: string): Level => {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};
const assetsOf = (level: Level) => builtInLevelAssets(level);
const play = (level: Level, options: RunOptions = {}) => {
  const outcome = runLevel(level, { assets: assetsOf(level), ...options });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};
const met = (result: ReturnType<typeof play>, id: string) => result.objectives.find((o) => o.id === id)!;
const log = (name: string, result: ReturnType<typeof play>) => console.log(name, result.objectives.map((o) => `${o.id}=${o.value?.toFixed(3)} ${o.met ? 'met' : 'missed'}`).join('; '));
const TRIAL_TICKS = 670;

describe('songbird levels', () => {
  it('songbird-tutor: a player who lets the bird practise meets the objective', () => {
    const result = play(load('songbird-tutor'));
    log('tutor', result);
    expect(met(result, 'learned').met).toBe(true);
  }, 120_000);

  it('songbird-lman-lesion: lesioning LMAN at the start meets both objectives; leaving it misses them', () => {
    const level = load('songbird-lman-lesion');
    const lesioned = play(level, { commands: [{ tick: 0, command: { type: 'inactivate', region: 'lman' } }] });
    log('lesion', lesioned);
    for (const objective of lesioned.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
    const intact = play(level);
    log('no lesion', intact);
    expect(met(intact, 'invariant').met).toBe(false);
    expect(met(intact, 'stuck').met).toBe(false);
  }, 120_000);

  it('songbird-deafening: lesioning LMAN when the bird goes deaf keeps the song; doing nothing loses it', () => {
    const level = load('songbird-deafening');
    const protectedSong = play(level, { commands: [{ tick: 1500 * TRIAL_TICKS, command: { type: 'lesion', population: 'lman' } }] });
    log('deaf + lesion', protectedSong);
    for (const objective of protectedSong.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
    const unprotected = play(level);
    log('deaf, LMAN intact', unprotected);
    expect(met(unprotected, 'learned').met).toBe(true);
    expect(met(unprotected, 'kept').met).toBe(false);
  }, 240_000);

  it('songbird-white-noise: the noise shifts the target syllable; switching it off (setWhiteNoise) does not', () => {
    const level = load('songbird-white-noise');
    const result = play(level);
    log('white noise', result);
    for (const objective of result.objectives) expect(objective.met, JSON.stringify(objective)).toBe(true);
    const off = play(level, { commands: [{ tick: 1300 * TRIAL_TICKS, command: { type: 'setWhiteNoise', enabled: false } }] });
    log('white noise off', off);
    expect(met(off, 'shifted').met).toBe(false);
  }, 240_000);

  it('songbird-wav-tutor: the bird learns the recorded whistle', () => {
    const result = play(load('songbird-wav-tutor'));
    log('wav tutor', result);
    expect(met(result, 'learned').met).toBe(true);
  }, 120_000);
});
