/**
 * Runs of the critical-period level (levels/critical-period.json) for the science test: rear the
 * model cortex to the end of one age with or without closing the right eye (and with or without
 * diazepam) during that age, then probe each eye alone with plasticity off and mature inhibition,
 * and measure ocular dominance from the evoked spikes, per cell, as the experiments do.
 * Ages: young (0-20 s: inhibition immature), critical (20-40 s), adult (40-60 s: brakes, η/20).
 */
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import type { Level } from '../../../src/levels/schema/level';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { stepSim } from '../../../src/sim/schedule';
import type { SimWorld } from '../../../src/sim/world/world';

export const AGES = ['young', 'critical', 'adult'] as const;
export type Age = (typeof AGES)[number];
const AGE_MS = 20_000;

export function criticalPeriodLevel(): Level {
  const loaded = loadLevel(JSON.parse(readFileSync('levels/critical-period.json', 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

export const CLOSE_RIGHT_EYE: SimCommand = { type: 'setParameter', path: 'stimuli.rightVision.weight', value: 0 };
export const GIVE_DIAZEPAM: SimCommand = { type: 'setParameter', path: 'stimuli.diazepam.weight', value: 4 };

export interface DominanceResult {
  /** The level's weight-based index (inputDominanceIndex) at the end of the age. */
  readonly weightOdi: number;
  /** Mean over cells of (R_left − R_right)/(R_left + R_right), R = evoked spikes per probe. */
  readonly responseOdi: number;
}

/**
 * Rears to the end of `age`; with `deprive`, the right eye is closed (and with diazepam the drug
 * given) from the first tick of that age to its end. Then probes.
 */
export function rearAndProbe(level: Level, seed: number, age: Age, deprive: boolean, diazepam = false): DominanceResult {
  const startTick = AGES.indexOf(age) * AGE_MS + 1;
  const commands = [
    ...(deprive ? [{ tick: startTick, command: CLOSE_RIGHT_EYE }] : []),
    ...(diazepam ? [{ tick: startTick, command: GIVE_DIAZEPAM }] : []),
  ];
  let responseOdi = Number.NaN;
  const out = runLevel(level, { seed, commands, durationMs: (AGES.indexOf(age) + 1) * AGE_MS, onFinish: (world) => { responseOdi = probeResponseOdi(world, level, seed); } });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  const weightOdi = measureNow(out.result, age);
  return { weightOdi, responseOdi };
}

function measureNow(result: { measures: ReadonlyArray<{ id: string; value: number | null }> }, age: Age): number {
  return result.measures.find((m) => m.id === `odi${age[0].toUpperCase()}${age.slice(1)}`)?.value ?? Number.NaN;
}

const PROBE_TRIALS = 10;
const TRIAL_TICKS = 1000;
const VISION_TICKS = 100;
const BLANK_TICK = 500;

/**
 * Copies the reared weights into a fresh world of the same level without its timeline (so no age's
 * commands or looks interfere), plasticity off, mature inhibition (the level's own value), no drug;
 * each probe trial shows one eye for 100 ms; evoked = spikes in that window − spikes in a blank
 * window of the same length 400 ms later.
 */
function probeResponseOdi(reared: SimWorld, level: Level, seed: number): number {
  const { timeline: _timeline, objectives: _objectives, measures: _measures, ...rest } = level;
  const spawned = spawnLevel({ ...rest, objectives: [], measures: [] } as Level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const world = spawned.world;
  world.synapses.weight.set(reared.synapses.weight);
  for (const p of world.projections) p.plasticityEnabled[0] = 0;
  const index = (name: string): number => world.stimuli.list.findIndex((s) => s.spec.name === name);
  const [left, right, diazepam] = ['leftVision', 'rightVision', 'diazepam'].map(index);
  world.stimuli.enabled[diazepam] = 0;
  const cortex = world.populations.find((p) => p.name === 'cortex')!;
  const evoked = (eye: number): Float64Array => {
    const counts = new Float64Array(cortex.count);
    world.stimuli.enabled[eye === left ? right : left] = 0;
    for (let trial = 0; trial < PROBE_TRIALS; trial++) {
      for (let inTrial = 0; inTrial < TRIAL_TICKS; inTrial++) {
        world.stimuli.enabled[eye] = inTrial < VISION_TICKS ? 1 : 0;
        stepSim(world);
        world.events.length = 0;
        const sign = inTrial < VISION_TICKS ? 1 : inTrial >= BLANK_TICK && inTrial < BLANK_TICK + VISION_TICKS ? -1 : 0;
        if (sign === 0) continue;
        for (let k = 0; k < world.spikedCount[0]; k++) {
          const eid = world.spikedList[k];
          if (eid >= cortex.firstEid && eid < cortex.firstEid + cortex.count) counts[eid - cortex.firstEid] += sign;
        }
      }
    }
    return counts.map((c) => Math.max(0, c));
  };
  const rLeft = evoked(left);
  const rRight = evoked(right);
  let sum = 0, cells = 0;
  for (let k = 0; k < cortex.count; k++) {
    const total = rLeft[k] + rRight[k];
    if (total <= 0) continue;
    sum += (rLeft[k] - rRight[k]) / total;
    cells++;
  }
  return cells > 0 ? sum / cells : Number.NaN;
}
