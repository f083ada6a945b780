/**
 * Phase: modulators. Reads: modulator pool entities (query), spikes of each pool's source neurons,
 * pendingRelease (commands, stimuli, timeline). Writes: modulators.level. Each pool relaxes
 * exponentially to its baseline (exact step: level ← baseline + (level − baseline)·e^(−dt/τ)) and
 * then takes this tick's release. Pools are independent, so query order does not matter.
 */
import type { SimWorld } from '../world/world';

export function updateModulators(world: SimWorld): void {
  const { level, baseline, decay, pendingRelease, releasePerSpike, sourceStart, sourceIds } = world.modulators;
  const spiked = world.neurons.spiked;
  const pools = world.queries.modulatorPools;
  const poolOf = world.components.ModulatorPool.pool;
  for (let i = 0; i < pools.length; i++) {
    const p = poolOf[pools[i]];
    let release = pendingRelease[p];
    const perSpike = releasePerSpike[p];
    if (perSpike !== 0) {
      let spikes = 0;
      for (let k = sourceStart[p]; k < sourceStart[p + 1]; k++) spikes += spiked[sourceIds[k]];
      release += spikes * perSpike;
    }
    level[p] = baseline[p] + (level[p] - baseline[p]) * decay[p] + release;
    pendingRelease[p] = 0;
  }
}
