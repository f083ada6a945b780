/**
 * Level stimuli → engine StimulusSpecs. Currents keep their pA values; an inhibitory Poisson input
 * into a current-mode population becomes a negative weight. Constant and step currents use the
 * engine's own start/end window; other kinds get a window run by the timeline system. Stimuli
 * that start off (initiallyActive false, or a window that opens later) are listed in `startOff`.
 */
import type { StimulusSpec } from '../../sim/stimuli/stimulusSpec';
import type { StimulusWindowSpec } from '../../sim/timeline/timelineSpec';
import type { Stimulus } from '../schema/stimuli';
import { inhibitionIsNegative, type SpawnContext } from './spawnContext';

export interface SpawnedStimuli {
  specs: StimulusSpec[];
  windows: StimulusWindowSpec[];
  startOff: string[];
}

export function toStimuli(ctx: SpawnContext): SpawnedStimuli {
  const out: SpawnedStimuli = { specs: [], windows: [], startOff: [] };
  for (const stimulus of ctx.level.stimuli) {
    out.specs.push(toStimulusSpec(ctx, stimulus));
    if (stimulus.kind === 'modulatorPulse') continue;
    const ownWindow = stimulus.kind === 'constantCurrent' || stimulus.kind === 'stepCurrent';
    const windowed = !ownWindow && (stimulus.startMs !== undefined || stimulus.endMs !== undefined);
    if (windowed) {
      out.windows.push({ stimulus: stimulus.id, startMs: stimulus.startMs, endMs: stimulus.endMs, switchOnAtStart: stimulus.initiallyActive });
    }
    if (!stimulus.initiallyActive || (windowed && (stimulus.startMs ?? 0) > 0)) out.startOff.push(stimulus.id);
  }
  return out;
}

function toStimulusSpec(ctx: SpawnContext, stimulus: Stimulus): StimulusSpec {
  if (stimulus.kind === 'modulatorPulse') {
    return { kind: 'modulatorPulse', name: stimulus.id, modulator: stimulus.modulator, timesMs: [...stimulus.timesMs], amount: stimulus.amount };
  }
  const target = { name: stimulus.id, target: stimulus.target, ...(stimulus.neurons ? { neurons: [...stimulus.neurons] } : {}) };
  switch (stimulus.kind) {
    case 'constantCurrent':
    case 'stepCurrent': {
      const spec: StimulusSpec = { ...target, kind: 'constantCurrent', amplitude: stimulus.amplitudePa };
      if (stimulus.startMs !== undefined) spec.startMs = stimulus.startMs;
      if (stimulus.endMs !== undefined) spec.endMs = stimulus.endMs;
      return spec;
    }
    case 'gaussianNoise': return { ...target, kind: 'gaussianNoise', sd: stimulus.sdPa, mean: stimulus.meanPa };
    case 'uniformNoise': return { ...target, kind: 'uniformNoise', min: stimulus.minPa, max: stimulus.maxPa };
    case 'poisson': {
      const sign = inhibitionIsNegative(ctx, stimulus.target, stimulus.receptor) ? -1 : 1;
      return { ...target, kind: 'poisson', rateHz: stimulus.rateHz, weight: sign * stimulus.weight, receptor: stimulus.receptor };
    }
    case 'pulses':
      return { ...target, kind: 'pulses', timesMs: [...stimulus.timesMs], amplitude: stimulus.amplitudePa, widthMs: Math.max(stimulus.widthMs, ctx.level.dtMs) };
  }
}
