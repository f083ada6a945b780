/**
 * The cortical map's published signatures, on the built-in levels (docs/model.md, "Cortical maps").
 * Scheme: the map is a rate model updated once per touch (every 20 ms of simulated time: a Hebbian
 * step with divisive normalisation, mapKernel.ts); the level's LIF neurons (exact exponential step,
 * dtMs 1) only display its activity and do not feed back. Seeds: each level's own (1984, 1996) and 2.
 *
 * 1. Merzenich et al. (1984): after digit 3 is silenced, ≥ 60% of its former territory comes to
 *    answer the neighbouring digits (2 and 4), and the map stays ordered: digit preference monotonic
 *    along the sheet (≥ 95% of neighbouring pairs in order) with no interleaved patches.
 * 2. Sadato et al. (1996), early vs late blindness: with the eyes silenced at birth, touch and sound
 *    take over ≥ 60% of the visual area; the same loss in the adult recruits ≤ 1/3 as many units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corticalMapsOf, MapReadout } from '../../src/circuits/corticalMap/mapCircuit';
import { loadLevel } from '../../src/levels/loadLevel';
import { runLevel } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';
import type { SimCommand } from '../../src/sim/commands/commandQueue';

function level(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

function mapAfter(lvl: Level, seed: number, durationMs: number, commands: Array<{ tick: number; command: SimCommand }> = []): Float64Array {
  let readout = new Float64Array(0);
  const outcome = runLevel(lvl, { seed, durationMs, commands, onFinish: (world) => { readout = corticalMapsOf(world)[0].readout.slice(); } });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return readout;
}

describe('map reorganisation after a digit is silenced (Merzenich et al. 1984)', () => {
  for (const seed of [1984, 2]) {
    it(`seed ${seed}: the neighbours take over digit 3's territory and the map stays ordered`, () => {
      // 10 s of intact touches (500), then digit 3 silenced and 60 s more (3000 touches).
      const readout = mapAfter(level('map-reorganisation'), seed, 70_000, [{ tick: 10_000, command: { type: 'lesion', population: 'digit3' } }]);
      console.log(`map seed ${seed}: former units ${readout[MapReadout.formerUnits]}, taken over ${readout[MapReadout.recruited].toFixed(2)}, by neighbours ${readout[MapReadout.byNeighbours].toFixed(2)}, monotonic ${readout[MapReadout.monotonic].toFixed(3)}, extra patches ${readout[MapReadout.extraPatches]}`);
      expect(readout[MapReadout.formerUnits]).toBeGreaterThanOrEqual(8);
      expect(readout[MapReadout.byNeighbours]).toBeGreaterThanOrEqual(0.6);
      expect(readout[MapReadout.monotonic]).toBeGreaterThanOrEqual(0.95);
      expect(readout[MapReadout.extraPatches]).toBe(0);
    });
  }
  it('without a loss nothing is taken over and the map stays as it was', () => {
    const readout = mapAfter(level('map-reorganisation'), 1984, 30_000);
    expect(readout[MapReadout.recruited]).toBe(0);
    expect(readout[MapReadout.unresponsive]).toBe(0);
    expect(readout[MapReadout.monotonic]).toBe(1);
  });
});

describe('cross-modal recruitment, early vs late blindness (Sadato et al. 1996)', () => {
  const atAge = (ageMs: number): Level => {
    const lvl = level('cross-modal');
    return { ...lvl, circuits: lvl.circuits.map((c) => ({ ...c, ageAtStartMs: ageMs })) } as Level;
  };
  for (const seed of [1996, 2]) {
    it(`seed ${seed}: early loss recruits most of the visual area, late loss at most a third as many`, () => {
      // The eyes are silenced at the level's start; 30 s of touches and sounds (1500) follow.
      const early = mapAfter(atAge(0), seed, 30_000)[MapReadout.recruited];
      const late = mapAfter(atAge(200_000), seed, 30_000)[MapReadout.recruited];
      console.log(`cross-modal seed ${seed}: early ${early.toFixed(2)}, late ${late.toFixed(2)}, ratio ${(late / early).toFixed(2)}`);
      expect(early).toBeGreaterThanOrEqual(0.6);
      expect(late).toBeLessThanOrEqual(early / 3);
    });
  }
});
