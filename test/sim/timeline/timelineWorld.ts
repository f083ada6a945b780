import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { SimEvent } from '../../../src/sim/events/simEvents';
import { stepSim } from '../../../src/sim/schedule';
import { installTimeline } from '../../../src/sim/timeline/installTimeline';
import type { TimelineSpec } from '../../../src/sim/timeline/timelineSpec';
import type { SimWorld } from '../../../src/sim/world/world';

/** A tiny world: a driven population, a silent one, one projection, two switchable stimuli and a dopamine pool. */
export function timelineWorld(timeline: TimelineSpec, seed = 1): SimWorld {
  const spec: NetworkSpec = {
    seed,
    dtMs: 1,
    neuronTypes: [{ name: 'rs' }],
    populations: [{ name: 'driven', type: 'rs', count: 2 }, { name: 'quiet', type: 'rs', count: 2 }],
    projections: [{ name: 'dq', from: 'driven', to: 'quiet', connect: { rule: 'oneToOne' }, weight: 1, delayMs: 1, receptor: 'excitatory' }],
    modulators: [{ name: 'da', kind: 'dopamine', baseline: 0, tauMs: 100 }],
    stimuli: [
      { kind: 'constantCurrent', name: 'drive', target: 'driven', amplitude: 15 },
      { kind: 'constantCurrent', name: 'tone', target: 'quiet', amplitude: 0 },
      { kind: 'constantCurrent', name: 'puff', target: 'quiet', amplitude: 0 },
    ],
  };
  const world = buildWorld(spec);
  installTimeline(world, timeline);
  world.stimuli.enabled[1] = 0;
  world.stimuli.enabled[2] = 0;
  return world;
}

/** Steps `ticks` ticks and returns every event emitted. */
export function collect(world: SimWorld, ticks: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) {
    stepSim(world);
    events.push(...world.events);
    world.events.length = 0;
  }
  return events;
}

export function onTicks(events: SimEvent[], stimulus: string, on = true): number[] {
  return events.filter((e) => e.type === 'stimulusChanged' && e.stimulus === stimulus && e.on === on).map((e) => e.tick);
}

export function trialStarts(events: SimEvent[]): Array<{ tick: number; phase: string; trialType: string }> {
  return events.flatMap((e) => (e.type === 'trialStarted' ? [{ tick: e.tick, phase: e.phase, trialType: e.trialType }] : []));
}
