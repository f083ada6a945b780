/**
 * The cortical map's published signatures, on the built-in levels (docs/model.md, "Cortical maps").
 * Scheme: the map is a rate model updated once per touch (every 20 ms of simulated time: a Hebbian
 * step with divisive normalisation, mapKernel.ts); the level's LIF neurons (exact exponential step,
 * dtMs 1) only display its activity and do not feed back. Seeds: each level's own (1984, 1996) and 2.
 *
 * 1. Merzenich et al. (1984): after digit 3 is silenced, ≥ 60% of its former territory comes to
 *    answer the neighbouring digits (2 and 4), and the map stays ordered: digit preference monotonic
 *    along the sheet (≥ 95% of neighbouring pairs in order) with no interleaved patches. Control: the
 *    same run without the loss leaves ≤ 10% of digit 3's territory answering another digit.
 * 2. Sadato et al. (1996), early vs late blindness: with the eyes silenced at birth, touch and sound
 *    take over ≥ 60% of the visual area; the same loss in the adult recruits ≤ 1/3 as many units.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corticalMapsOf, MapReadout } from '../../src/circuits/corticalMap/mapCircuit';
import { mapOrder, recruitment } from '../../src/circuits/corticalMap/mapReadout';
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
  it('without a loss digit 3 keeps its territory: ≤ 10% of it answers another digit after the same 60 s, against ≥ 60% with the loss (seed 1984)', () => {
    // The same comparison as the loss condition, without the loss: the map at 10 s (when the loss would
    // come) against the map at 70 s. The readout's own 'recruited' is 0 by definition without a loss, so
    // the preferred groups are compared here directly.
    const territory = (commands: Array<{ tick: number; command: SimCommand }>) => {
      let atLoss = new Int32Array(0);
      let atEnd = new Int32Array(0);
      let digit3 = -1;
      let groupCount = 0;
      const outcome = runLevel(level('map-reorganisation'), {
        seed: 1984, durationMs: 70_000, commands,
        onTick: (world) => { if (world.clock[0] === 10_000) atLoss = corticalMapsOf(world)[0].preferred.slice(); },
        onFinish: (world) => {
          const map = corticalMapsOf(world)[0];
          atEnd = map.preferred.slice();
          digit3 = map.config.inputs.findIndex((input) => input.population === 'digit3');
          groupCount = map.groups.first.length;
        },
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      const silenced = new Uint8Array(groupCount);
      silenced[digit3] = 1;
      return { ...recruitment(atLoss, atEnd, silenced), order: mapOrder(atEnd, groupCount, new Uint8Array(groupCount)) };
    };
    const intact = territory([]);
    const lost = territory([{ tick: 10_000, command: { type: 'lesion', population: 'digit3' } }]);
    console.log(`map without loss: digit 3 units ${intact.formerUnits}, now answering another digit ${intact.recruited.toFixed(2)} (with the loss ${lost.recruited.toFixed(2)}), monotonic ${intact.order.monotonic.toFixed(3)}`);
    expect(intact.formerUnits).toBeGreaterThanOrEqual(8);
    expect(lost.formerUnits).toBe(intact.formerUnits);
    expect(intact.recruited).toBeLessThanOrEqual(0.1);
    expect(lost.recruited).toBeGreaterThanOrEqual(0.6);
    expect(intact.order.monotonic).toBeGreaterThanOrEqual(0.95);
    expect(intact.order.extraPatches).toBe(0);
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
