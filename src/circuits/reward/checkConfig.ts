/** Checks of a reward circuit's config: the stimuli, populations, projection and pool it names fit together. */
import { checkRef, type CircuitCheckContext, type PathSegment } from '../plugin/contexts';
import type { RewardCircuitConfig } from './configSchema';

export function checkRewardCircuit(ctx: CircuitCheckContext, config: RewardCircuitConfig, path: readonly PathSegment[]): void {
  const { level } = ctx;
  const seen = new Set<string>();
  config.cues.forEach((cue, i) => {
    if (seen.has(cue)) ctx.report([...path, 'cues', i], `cue "${cue}" is listed twice`);
    seen.add(cue);
    checkRef(ctx, [...path, 'cues', i], cue, ctx.stimuli, 'stimulus');
  });
  const timeCellsOk = checkRef(ctx, [...path, 'timeCells'], config.timeCells, ctx.populations, 'population');
  const valueOk = checkRef(ctx, [...path, 'value'], config.value, ctx.populations, 'population');
  checkRef(ctx, [...path, 'dopamineNeurons'], config.dopamineNeurons, ctx.populations, 'population');
  if (timeCellsOk) {
    const count = ctx.populations.get(config.timeCells)!.count;
    const perTap = config.cues.length * config.taps;
    if (count % perTap !== 0) {
      ctx.report([...path, 'timeCells'], `population "${config.timeCells}" has ${count} neurons: it needs a multiple of cues × taps = ${perTap}`);
    }
  }
  if (checkRef(ctx, [...path, 'valueProjection'], config.valueProjection, ctx.projections, 'projection') && timeCellsOk && valueOk) {
    const projection = level.projections.find((p) => p.id === config.valueProjection)!;
    if (projection.from !== config.timeCells || projection.to !== config.value) {
      ctx.report([...path, 'valueProjection'], `must project from "${config.timeCells}" to "${config.value}", got "${projection.from}" → "${projection.to}"`);
    } else if (projection.receptor !== 'excitatory') {
      ctx.report([...path, 'valueProjection'], 'must be excitatory');
    } else if (projection.plasticity.rule !== 'none') {
      ctx.report([...path, 'valueProjection'], 'the circuit learns these weights itself: give the projection no plasticity rule');
    }
  }
  if (checkRef(ctx, [...path, 'dopamine'], config.dopamine, ctx.modulators, 'modulator')) {
    const pool = level.modulators.find((m) => m.id === config.dopamine)!;
    if (pool.kind !== 'dopamine') ctx.report([...path, 'dopamine'], `modulator "${pool.id}" is ${pool.kind}, not dopamine`);
    else if (!(pool.sources ?? []).includes(config.dopamineNeurons) || !(pool.releasePerSpike! > 0)) {
      ctx.report([...path, 'dopamine'], `modulator "${pool.id}" must list "${config.dopamineNeurons}" in sources and have releasePerSpike > 0: the dopamine neurons' spikes release the dopamine`);
    }
  }
}
