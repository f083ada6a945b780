/**
 * Phase: contingencies (after detect spikes, so it sees this tick's spikes; before modulators, so a
 * reward due now is released this tick). Reads: neurons.spiked of each contingency's pair, the clock.
 * Writes: the contingency's state (last pre spike, rewards earned, due ticks), modulators.pendingRelease.
 * Draws: one delay per earned reward from the contingency's stream ('exploration' by default).
 * Emits: rewardDelivered. Model: Izhikevich (2007), Fig. 1 (distal reward).
 *
 * A post spike 1 .. windowTicks − 1 ticks after the last pre spike earns a reward due
 * minDelayMs + ⌈U·(maxDelayMs − minDelayMs)⌉ ms later; a pre spike in the same tick as the post spike
 * counts for later post spikes only.
 */
import type { SimWorld } from '../world/world';
import { rewardContingenciesOf } from './installRewardContingencies';

export function applyRewardContingencies(world: SimWorld): void {
  const contingencies = rewardContingenciesOf(world);
  if (contingencies.length === 0) return;
  const tick = world.clock[0];
  const spiked = world.neurons.spiked;
  for (let c = 0; c < contingencies.length; c++) {
    const contingency = contingencies[c];
    const { status, due } = contingency;
    const lastPre = status[0];
    if (spiked[contingency.postEid] === 1 && lastPre >= 0 && lastPre < tick && tick - lastPre < contingency.windowTicks) {
      const u = world.rng.stream(contingency.spec.stream ?? 'exploration').uniform();
      const delayMs = contingency.minDelayMs + Math.ceil(u * contingency.spanMs);
      const slot = due.indexOf(-1);
      if (slot >= 0) due[slot] = tick + Math.round(delayMs / world.dtMs);
      status[1] += 1;
    }
    if (spiked[contingency.preEid] === 1) status[0] = tick;
    for (let i = 0; i < due.length; i++) {
      if (due[i] !== tick) continue;
      world.modulators.pendingRelease[contingency.pool] += contingency.spec.amount;
      world.events.push({ type: 'rewardDelivered', tick, amount: contingency.spec.amount });
      due[i] = -1;
    }
  }
}
