import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, runLevel, applyPlayerSetting, type Level } from '../../src/levels';

/**
 * The built-in example levels: each objective is met by a plausible player's choice and missed by
 * a wrong one, so the objectives measure something. Schemes, dt and seeds are the levels' own.
 */
function level(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return loaded.level;
}

function objectiveMet(source: Level, settings: Record<string, number> = {}): { met: boolean; value: number | null } {
  let current = source;
  for (const [path, value] of Object.entries(settings)) {
    const applied = applyPlayerSetting(current, path, value);
    if (!applied.ok) throw new Error(applied.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    current = applied.level;
  }
  const outcome = runLevel(current);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const [objective] = outcome.result.objectives;
  return { met: objective.met, value: objective.value };
}

describe('example levels are winnable, and not by any choice at all', () => {
  it('izhikevich-2003: the default network fires in the 3-30 Hz band; without thalamic input it falls silent', () => {
    expect(objectiveMet(level('izhikevich-2003')).met).toBe(true);
    expect(objectiveMet(level('izhikevich-2003'), { 'stimuli.thalamusExc.sdPa': 0 }).met).toBe(false);
  });

  const postTime = 'timeline.sessions.main.phases.pairing.trialTypes.pair.events.postSpike.at.ms';
  it('stdp-pairing: post 10 ms after pre potentiates; post 10 ms before depresses', () => {
    const after = objectiveMet(level('stdp-pairing'), { [postTime]: 110 });
    const before = objectiveMet(level('stdp-pairing'), { [postTime]: 90 });
    expect(after.met).toBe(true);
    expect(before.met).toBe(false);
    expect(before.value!).toBeLessThan(1);
  });

  const interval = 'timeline.sessions.main.phases.stimulation.trialMs';
  it('calcium-frequency: 1 Hz stimulation depresses; 50 Hz potentiates instead', () => {
    expect(objectiveMet(level('calcium-frequency'), { [interval]: 1000 }).met).toBe(true);
    const fast = objectiveMet(level('calcium-frequency'), { [interval]: 20 });
    expect(fast.met).toBe(false);
    expect(fast.value!).toBeGreaterThan(3);
  });

  it('homeostasis: after the block the cells return to within 5% of the 10 Hz target', () => {
    const result = objectiveMet(level('homeostasis'));
    expect(result.met).toBe(true);
  });
});
