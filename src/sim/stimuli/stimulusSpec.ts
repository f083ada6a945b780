/** Stimulus sources. Each targets a population (optionally a subset by index within it). */
interface TargetedStimulus {
  name: string;
  target: string;
  /** Indices within the population; all neurons when absent. */
  neurons?: number[];
}

export type StimulusSpec =
  | (TargetedStimulus & { kind: 'constantCurrent'; amplitude: number; startMs?: number; endMs?: number })
  | (TargetedStimulus & { kind: 'gaussianNoise'; sd: number; mean?: number })
  | (TargetedStimulus & { kind: 'uniformNoise'; min: number; max: number })
  | (TargetedStimulus & { kind: 'poisson'; rateHz: number; weight: number; receptor: 'excitatory' | 'inhibitory' })
  | (TargetedStimulus & { kind: 'pulses'; timesMs: number[]; amplitude: number; widthMs: number })
  | { kind: 'modulatorPulse'; name: string; modulator: string; timesMs: number[]; amount: number };
