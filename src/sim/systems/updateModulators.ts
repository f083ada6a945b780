/**
 * Phase: modulators. Reads: spikes of each pool's source neurons, pendingRelease (commands,
 * stimuli, timeline). Writes: modulators.level. Each pool relaxes exponentially to its baseline
 * (exact step: level ← baseline + (level − baseline)·e^(−dt/τ)) and then takes this tick's release.
 */
import type { SimWorld } from '../world/world';

export function updateModulators(world: SimWorld): void {
  const { modulators, neurons } = world;
  const level = modulators.level;
  const spiked = neurons.spiked;
  for (let p = 0; p < modulators.count; p++) {
    let release = modulators.pendingRelease[p];
    const perSpike = modulators.releasePerSpike[p];
    if (perSpike !== 0) {
      let spikes = 0;
      for (let k = modulators.sourceStart[p]; k < modulators.sourceStart[p + 1]; k++) spikes += spiked[modulators.sourceIds[k]];
      release += spikes * perSpike;
    }
    level[p] = modulators.baseline[p] + (level[p] - modulators.baseline[p]) * modulators.decay[p] + release;
    modulators.pendingRelease[p] = 0;
  }
}
