// The scene describers (src/render/scenes/*/describe*.ts) on real runs of built-in levels, read as the
// page reads them: four looks a second of simulated time (every 250 ms), the level's own seed, the
// engine's fixed-step schedule (stepSim, dt from the level). What they say must follow the science
// the scenes show: the dopamine burst moves from the reward to the cue as the value is learned
// (Schultz, Dayan & Montague 1997); the eyeblink %CR rises from 0 while the climbing fibres signal the
// puff; the songbird critic judges renditions both better and worse than expected. No text may show a
// missing key, in English or Spanish.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/messages';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { dopamineDescriber } from '../../../src/render/scenes/dopamine/describeDopamine';
import { eyeblinkDescriber } from '../../../src/render/scenes/eyeblink/describeEyeblink';
import type { SceneDescriberFactory, SceneDescription } from '../../../src/render/scenes/sceneDescription';
import { songDescriber } from '../../../src/render/scenes/songbird/describeSong';
import { stepSim } from '../../../src/sim/schedule';

interface Look { ms: number; description: SceneDescription }

/** Runs a built-in level for `seconds` of simulated time and describes it every 250 ms. */
function describeRun(id: string, factory: SceneDescriberFactory, seconds: number): Look[] {
  const loaded = loadLevel(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const { world } = spawned;
  const describer = factory(loaded.level, world);
  if (!describer) throw new Error(`${id}: no describer`);
  const every = Math.round(250 / world.dtMs);
  const looks: Look[] = [];
  for (let tick = 1; tick * world.dtMs <= seconds * 1000; tick++) {
    stepSim(world);
    if (tick % every === 0) looks.push({ ms: tick * world.dtMs, description: describer.describe(world.clock[0]) });
  }
  return looks;
}

function allText(looks: readonly Look[]): string {
  return looks.map(({ description: d }) => [...d.now, d.error?.text ?? '', d.progress ?? ''].join(' ')).join('\n');
}

const statesBetween = (looks: readonly Look[], fromMs: number, toMs: number): Set<string> =>
  new Set(looks.filter((l) => l.ms >= fromMs && l.ms < toMs && l.description.error).map((l) => l.description.error!.state));

afterEach(() => setLocale('en'));

describe('scene describers on built-in levels', () => {
  it('dopamine-acquisition (seed 7, dt 1 ms, 3 s trials): the burst is at the reward in trials 1–3 and at the cue, not the reward, in trials 26–35', () => {
    const looks = describeRun('dopamine-acquisition', dopamineDescriber, 105);
    const early = statesBetween(looks, 0, 9000);
    const late = statesBetween(looks, 75_000, 105_000);
    expect(early.has('burst-reward'), [...early].join()).toBe(true);
    expect(late.has('burst-cue'), [...late].join()).toBe(true);
    expect(late.has('burst-reward'), [...late].join()).toBe(false);
    expect(allText(looks)).not.toMatch(/\[access/);
  });

  it('eyeblink-acquisition (its seed, dt from the level): the climbing fibres fire after the puff and the %CR said rises from 0%', () => {
    const looks = describeRun('eyeblink-acquisition', eyeblinkDescriber, 38);
    const progress = looks.map((l) => l.description.progress).filter((p): p is string => p !== null);
    const percents = progress.map((p) => Number(/(\d+)%/.exec(p)?.[1]));
    expect(percents[0]).toBe(0);
    expect(Math.max(...percents)).toBeGreaterThanOrEqual(50);
    expect(statesBetween(looks, 0, 5000).has('fired')).toBe(true);
    expect(allText(looks)).not.toMatch(/\[access/);
  });

  it('songbird-tutor in Spanish (its seed): the critic judges renditions better and worse than expected; similarity is said', () => {
    setLocale('es');
    const looks = describeRun('songbird-tutor', songDescriber, 20);
    const states = statesBetween(looks, 0, 20_000);
    expect(states).toEqual(new Set(['better', 'worse']));
    expect(looks.at(-1)!.description.progress).toMatch(/^Aprendizaje: parecido con el tutor de \d+ sobre 100 tras \d+ interpretaciones\.$/);
    expect(allText(looks)).not.toMatch(/\[access/);
  });
});
