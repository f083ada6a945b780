/** What the reward circuit needs from a world: names of its parts and its parameters (units in names). */
export interface RewardCircuitSpec {
  readonly name: string;
  /** Stimulus names whose onset is a cue; cue c owns time cells [c·taps·k, (c+1)·taps·k). */
  readonly cues: readonly string[];
  readonly timeCells: string;
  readonly value: string;
  readonly valueProjection: string;
  readonly dopamineNeurons: string;
  readonly dopamine: string;
  readonly taps: number;
  readonly tapMs: number;
  readonly timeCellCurrentPa: number;
  readonly gamma: number;
  readonly valuePerHz: number;
  readonly valueRestHz: number;
  readonly valueFilterMs: number;
  readonly deltaCurrentPa: number;
  readonly rewardScale: number;
  readonly rewardDelayMs: number;
  readonly learningRate: number;
  readonly eligibilityTauMs: number;
  readonly eligibilityLagMs: number;
  readonly tonicRateHz: number;
  readonly referenceTauMs: number;
  readonly dipGain: number;
  readonly wMax: number;
}
