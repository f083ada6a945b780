/**
 * Parameters of the eyeblink-conditioning circuit (Marr 1969; Albus 1971; Ito 2001; Medina & Mauk
 * 2000; Medina et al. 2000). Units are in the names. Values are chosen for a compressed, game-sized
 * circuit (tens of cells per region instead of millions) and are documented in docs/model.md.
 */
/**
 * A conditioned stimulus: a stimulus of its own name that drives its own group of mossy fibres
 * (mossyFibreCount of them) with Poisson input while it is on; each group feeds its own granule time
 * basis, so each CS has its own parallel fibres onto the shared Purkinje cells (and its own
 * mossy-fibre synapses onto the nucleus), and what one CS learns does not carry over to another.
 */
export interface ConditionedStimulus {
  /** Engine name of the CS's stimulus (the level's timeline cues it by this name). */
  name: string;
  /** Rate of the Poisson input each of its mossy fibres gets while the CS is on (Hz); the CS's salience. */
  rateHz: number;
}

export interface CerebellumParams {
  /** The conditioned stimuli, in mossy-fibre / granule group order (at least one). */
  conditionedStimuli: readonly ConditionedStimulus[];
  /** Cell counts per region. Mossy fibres per CS (the population holds one group per CS). */
  mossyFibreCount: number;
  /** Granule cells per time-basis bump (cells with nearly the same preferred delay); the basis is repeated per CS. */
  granulePerBump: number;
  interneuronCount: number;
  /** Also the olive's size: each Purkinje cell gets exactly one climbing fibre, from its own olive cell. */
  purkinjeCount: number;
  nucleusCount: number;

  // Granule time basis (tone-evoked activity tiling time since tone onset).
  /** Preferred delay of the first bump after tone onset (ms). */
  firstDelayMs: number;
  /** Last preferred delay of the basis (ms). */
  lastDelayMs: number;
  /** Bump width σ(d) = widthBaseMs + widthPerDelay·d (ms): the time code blurs with delay. */
  widthBaseMs: number;
  widthPerDelay: number;
  /** Spacing of neighbouring bumps in units of their width. */
  spacingInWidths: number;
  /** Peak granule rate of a bump at delay 0 (Hz); it fades as exp(−d/fadeMs). */
  granulePeakHz: number;
  granuleFadeMs: number;
  granuleBackgroundHz: number;
  /** Mossy-fibre rate (a low-pass estimate, Hz) above which the tone is taken to have started. */
  toneOnsetThresholdHz: number;
  /**
   * Onset burst of a CS's mossy fibres (driveCsOnsetBurst.ts): current added to each of them when the
   * CS starts, decaying with mossyOnsetTauMs (phasic-tonic pontine responses; Aitkin & Boyd 1978:
   * lateral pontine units code a tone mainly by the spikes at its onset, sustained firing is rare).
   * 30 lifts the fibres from ~140 Hz to ~250 Hz in the first 10 ms (~195 Hz at 50 ms, ~160 Hz at 100 ms).
   */
  mossyOnsetCurrent: number;
  mossyOnsetTauMs: number;
  mossyTraceTauMs: number;

  // PF→Purkinje rule (climbing-fibre-gated LTD, weak LTP; soft bounds).
  /** Peak time of the PF eligibility kernel k(s) = (s/τ)e^(1−s/τ) (ms). */
  eligibilityPeakMs: number;
  /** Fraction of a PF synapse's weight removed by a CF spike, per unit of the PF's kernel (1 at its peak). */
  ltdPerClimbingSpike: number;
  /** Fraction of the headroom (pfWeightMax − w) added by each PF spike. */
  ltpPerParallelSpike: number;
  pfWeightMax: number;
  /**
   * Climbing-fibre rate (Hz) at which spontaneous LTD balances PF LTP: the PF weights start at that
   * fixed point (pfBaselineWeight in eligibilityKernel.ts), the olive's spontaneous rate (~1 Hz).
   */
  baselineClimbingHz: number;

  // MF→nucleus rule (gated by Purkinje activity).
  /** Purkinje-input trace below which MF spikes potentiate (in the trace's units: summed PC rate, Hz). */
  nucleusLtpBelowHz: number;
  /** Purkinje-rate trace above which MF spikes depress (Hz per cell); between the two thresholds nothing changes. */
  nucleusLtdAboveHz: number;
  nucleusLtpPerSpike: number;
  nucleusLtdPerSpike: number;
  purkinjeTraceTauMs: number;
  mfNucleusWeightMin: number;
  mfNucleusWeightMax: number;

  /** SD of the nucleus cells' noise current. */
  nucleusNoiseSd: number;
  /** Tonic current onto the nucleus (the drive a Purkinje pause releases; alone it stays below the eyelid's threshold). */
  nucleusBias: number;
  /** Tonic current onto the olive: with its noise, and the nucleus's inhibition, a spontaneous rate of ~1 Hz. */
  oliveBias: number;

  // Eyelid plant.
  /** Nucleus drive (Hz per cell, low-passed) below which the lid does not move (motor-neuron threshold). */
  eyelidThresholdHz: number;
  /** Drive above the threshold giving half closure (Hz). */
  eyelidHalfDriveHz: number;
  /** Pure latency of the premotor and motor path, nucleus → red nucleus → facial motor neurons → lid (ms). */
  eyelidLatencyMs: number;
  /**
   * Adaptation of the motor path to sustained drive (moveEyelid.ts): its threshold rises by the amount its
   * slow average (τ = eyelidAdaptTauMs) exceeds eyelidAdaptFloorHz. The intact nucleus never averages that
   * much; a nucleus released from all Purkinje inhibition (a cortex lesion) does, and the lid reopens.
   */
  eyelidAdaptTauMs: number;
  eyelidAdaptFloorHz: number;
  eyelidDriveTauMs: number;
  eyelidCloseTauMs: number;
  eyelidOpenTauMs: number;
  /** Closure above which a movement counts as a conditioned response. */
  crCriterion: number;
}

/** The single tone of the classic protocols (and of every level that names no CS). */
export const DEFAULT_CONDITIONED_STIMULI: readonly ConditionedStimulus[] = [{ name: 'tone', rateHz: 600 }];

export const DEFAULT_CEREBELLUM_PARAMS: CerebellumParams = {
  conditionedStimuli: DEFAULT_CONDITIONED_STIMULI,
  mossyFibreCount: 20,
  granulePerBump: 8,
  interneuronCount: 10,
  purkinjeCount: 10,
  nucleusCount: 6,

  firstDelayMs: 20,
  lastDelayMs: 3000,
  widthBaseMs: 12,
  widthPerDelay: 0.15,
  spacingInWidths: 0.9,
  granulePeakHz: 120,
  granuleFadeMs: 1800,
  granuleBackgroundHz: 1,
  toneOnsetThresholdHz: 25,
  mossyOnsetCurrent: 30,
  mossyOnsetTauMs: 50,
  mossyTraceTauMs: 10,

  eligibilityPeakMs: 100,
  ltdPerClimbingSpike: 0.0075,
  ltpPerParallelSpike: 0.00144,
  pfWeightMax: 4 / 3,
  baselineClimbingHz: 1,

  nucleusLtpBelowHz: 30,
  nucleusLtdAboveHz: 60,
  nucleusLtpPerSpike: 0.00025,
  nucleusLtdPerSpike: 0.00001,
  purkinjeTraceTauMs: 50,
  mfNucleusWeightMin: 0,
  mfNucleusWeightMax: 0.5,

  nucleusNoiseSd: 20,
  nucleusBias: 17,
  oliveBias: 4,

  eyelidThresholdHz: 15,
  eyelidHalfDriveHz: 30,
  eyelidLatencyMs: 30,
  eyelidAdaptTauMs: 3000,
  eyelidAdaptFloorHz: 16,
  eyelidDriveTauMs: 25,
  eyelidCloseTauMs: 40,
  eyelidOpenTauMs: 100,
  crCriterion: 0.15,
};
