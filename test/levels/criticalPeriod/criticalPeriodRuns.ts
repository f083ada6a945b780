/**
 * Runs of the critical-period level (levels/critical-period.json) for the science test: rear the
 * model cortex to the end of one age with or without closing the right eye (and with or without
 * diazepam) during that age, then probe each eye alone with plasticity off and mature inhibition,
 * and measure ocular dominance from the evoked spikes, per cell, as the experiments do.
 * Ages: young (0-20 s: inhibition immature), critical (20-40 s), adult (40-60 s: brakes on η).
 * The branches share their binocular past: one world per seed is reared binocularly age by age and
 * each deprivation restarts from a snapshot of the age's start (bit-identical to a run from spawn
 * with the same commands, src/sim/snapshot.ts), so no simulated second is run twice.
 */
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import type { Level } from '../../../src/levels/schema/level';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';
import { stepSim } from '../../../src/sim/schedule';
import { restoreSnapshot, takeSnapshot, type WorldSnapshot } from '../../../src/sim/snapshot';
import { compileMeasure, stateMeasureNow } from '../../../src/sim/timeline/measures';
import type { SimWorld } from '../../../src/sim/world/world';

export const AGES = ['young', 'critical', 'adult'] as const;
export type Age = (typeof AGES)[number];
const AGE_TICKS = 20_000; // 20 trials of 1 s at dtMs 1
export const LEFT_EYE = Array.from({ length: 20 }, (_, i) => i);
export const RIGHT_EYE = LEFT_EYE.map((i) => i + 20);

export function criticalPeriodLevel(): Level {
  const loaded = loadLevel(JSON.parse(readFileSync('levels/critical-period.json', 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

export const CLOSE_RIGHT_EYE: SimCommand = { type: 'setParameter', path: 'stimuli.rightVision.weight', value: 0 };
export const GIVE_DIAZEPAM: SimCommand = { type: 'setParameter', path: 'stimuli.diazepam.weight', value: 4 };

export interface DominanceResult {
  /** The level's weight-based index (inputDominanceIndex, left eye favoured) at the end of the age. */
  readonly weightOdi: number;
  /** Mean over cells of (R_left − R_right)/(R_left + R_right), R = evoked spikes per probe. */
  readonly responseOdi: number;
}

/** Dominance at the end of each age reared binocularly (control) and after MD during that age. */
export interface RearingResults {
  readonly young: { readonly control: DominanceResult; readonly deprived: DominanceResult; readonly deprivedDiazepam: DominanceResult };
  readonly critical: { readonly control: DominanceResult; readonly deprived: DominanceResult };
  readonly adult: { readonly control: DominanceResult; readonly deprived: DominanceResult };
}

/**
 * Rears one seed through every branch: binocular to the end of each age (the controls), and from
 * each age's start MD (with diazepam too, while young) to that age's end. MD and the drug start at
 * the age's second tick, after the age's own commands (sent at its first tick) have reset them.
 */
export function rearAllAges(level: Level, seed: number): RearingResults {
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const world = spawned.world;
  const index = compileMeasure(world, { metric: 'inputDominanceIndex', projection: 'eyeInputs', favoured: LEFT_EYE, other: RIGHT_EYE });
  const measure = (): DominanceResult => ({ weightOdi: stateMeasureNow(world, index), responseOdi: probeResponseOdi(world, level, seed) });
  const deprivedFrom = (start: WorldSnapshot, age: Age, commands: readonly SimCommand[]): DominanceResult => {
    restoreSnapshot(world, start);
    rearTo(world, age, commands);
    return measure();
  };
  const ageStart = { young: takeSnapshot(world) } as Record<Age, WorldSnapshot>;
  const controls = {} as Record<Age, DominanceResult>;
  for (const [i, age] of AGES.entries()) {
    if (i > 0) ageStart[age] = takeSnapshot(world);
    rearTo(world, age, []);
    controls[age] = measure();
  }
  return {
    young: {
      control: controls.young,
      deprived: deprivedFrom(ageStart.young, 'young', [CLOSE_RIGHT_EYE]),
      deprivedDiazepam: deprivedFrom(ageStart.young, 'young', [CLOSE_RIGHT_EYE, GIVE_DIAZEPAM]),
    },
    critical: { control: controls.critical, deprived: deprivedFrom(ageStart.critical, 'critical', [CLOSE_RIGHT_EYE]) },
    adult: { control: controls.adult, deprived: deprivedFrom(ageStart.adult, 'adult', [CLOSE_RIGHT_EYE]) },
  };
}

/** Steps from the world's tick to the end of `age`, sending `commands` before the age's second tick. */
function rearTo(world: SimWorld, age: Age, commands: readonly SimCommand[]): void {
  const startTick = AGES.indexOf(age) * AGE_TICKS;
  const endTick = startTick + AGE_TICKS;
  while (world.clock[0] < endTick) {
    if (world.clock[0] === startTick + 1) for (const command of commands) world.commands.send(command);
    stepSim(world);
    world.events.length = 0;
  }
}

const PROBE_TRIALS = 10;
const VISION_TICKS = 100;
const BLANK_TICK = 500;
const PROBE_TRIAL_TICKS = BLANK_TICK + VISION_TICKS; // the trial ends with its blank window

/**
 * Copies the reared weights into a fresh world of the same level without its timeline (so no age's
 * commands or looks interfere), plasticity off, mature inhibition (the level's own value), no drug;
 * each probe trial shows one eye for 100 ms; evoked = spikes in that window − spikes in a blank
 * window of the same length 400 ms later (the look's trace has decayed by then: τ 5 ms currents).
 */
function probeResponseOdi(reared: SimWorld, level: Level, seed: number): number {
  const { timeline: _timeline, objectives: _objectives, measures: _measures, ...rest } = level;
  const spawned = spawnLevel({ ...rest, objectives: [], measures: [] } as Level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const world = spawned.world;
  world.synapses.weight.set(reared.synapses.weight);
  for (const p of world.projections) p.plasticityEnabled[0] = 0;
  const stimulus = (name: string): number => world.stimuli.list.findIndex((s) => s.spec.name === name);
  const [left, right, diazepam] = ['leftVision', 'rightVision', 'diazepam'].map(stimulus);
  world.stimuli.enabled[diazepam] = 0;
  const cortex = world.populations.find((p) => p.name === 'cortex')!;
  const evoked = (eye: number): Float64Array => {
    const counts = new Float64Array(cortex.count);
    world.stimuli.enabled[eye === left ? right : left] = 0;
    for (let trial = 0; trial < PROBE_TRIALS; trial++) {
      for (let inTrial = 0; inTrial < PROBE_TRIAL_TICKS; inTrial++) {
        world.stimuli.enabled[eye] = inTrial < VISION_TICKS ? 1 : 0;
        stepSim(world);
        world.events.length = 0;
        const sign = inTrial < VISION_TICKS ? 1 : inTrial >= BLANK_TICK ? -1 : 0;
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
