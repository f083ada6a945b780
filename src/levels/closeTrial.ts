/**
 * Closes a trial that ended with the last simulated tick without simulating another: advances the
 * timeline (its trialEnded event) and runs the circuits' own monitors-phase systems, which finish
 * their per-trial records when they see the trial has ended (a circuit may score the trial there). Without them the last trial of a run would report the previous trial's per-trial
 * values. The engine's monitors are not run: no tick was simulated, so there is nothing to sample.
 */
import { SCHEDULE } from '../sim/schedule';
import { advanceTrialTimeline } from '../sim/timeline/advanceTrialTimeline';
import type { SimWorld } from '../sim/world/world';

const ENGINE_SYSTEMS = new Set(SCHEDULE.map((entry) => entry.run));

export function closeTrialWithoutTick(world: SimWorld): void {
  advanceTrialTimeline(world);
  for (const system of world.systems) {
    if (system.phase === 'monitors' && !ENGINE_SYSTEMS.has(system.run)) system.run(world);
  }
}
