/**
 * Parameters of the songbird circuit (Fiete, Fee & Seung 2007; Ölveczky, Andalman & Fee 2005;
 * Hahnloser, Kozhevnikov & Fee 2002; Tumer & Brainard 2007). Units are in the names. The circuit is
 * game-sized (about a hundred HVC neurons instead of tens of thousands) and time-compressed: a song
 * is learnt in about a thousand renditions instead of about a hundred thousand. docs/model.md says
 * where each value comes from and what is simplified.
 */
export interface SongbirdParams {
  // Network sizes.
  /** HVC projection neurons (HVC_RA): each bursts once per motif, at its own time. */
  hvcCount: number;
  /** RA projection neurons per motor pool (four pools: pitch up/down, loudness up/down). */
  raPerPool: number;
  /**
   * LMAN neurons (absent: one per RA neuron, the model of Fiete et al. 2007). Fewer than RA's: RA
   * neuron i is driven by LMAN neuron i mod lmanCount, so neighbours share their exploration.
   */
  lmanCount?: number;

  // HVC sequence (Hahnloser et al. 2002: one burst of ~4 spikes in ~6 ms per neuron per motif).
  /** Length of each HVC neuron's drive pulse (ms); with a 1 ms refractory period it gives 4 spikes. */
  hvcBurstMs: number;
  /** Drive current of the pulse (model units, R·I in mV). */
  hvcBurstCurrent: number;
  /** The first burst starts this long before the motif's first frame (the motor path's lag). */
  hvcLeadMs: number;

  // RA.
  /** RA membrane time constant (ms). */
  raMembraneTauMs: number;
  /** Decay time of the synaptic currents into RA (ms), from HVC (AMPA) and from LMAN alike. */
  raSynapseTauMs: number;
  /** Tonic bias current into RA neurons (model units, mV). */
  raBiasCurrent: number;
  /** Initial HVC→RA weights are drawn uniformly from [min, max] (current per HVC spike). */
  hvcRaWeightMin: number;
  hvcRaWeightMax: number;
  /** Upper bound of the plastic HVC→RA weights (lower bound 0). */
  hvcRaWeightMaxClip: number;

  // LMAN (the exploration source).
  /** LMAN neurons fire as Poisson sources at this rate (Hz); each drives one RA neuron. */
  lmanRateHz: number;
  /** Current an LMAN spike adds to its RA neuron's LMAN input (model units, mV). */
  lmanRaWeight: number;
  /**
   * Decay time of the LMAN input current (ms). LMAN→RA synapses are NMDA-rich (Mooney & Konishi
   * 1991; Stark & Perkel 1999), slower than HVC's AMPA input; 8 ms is a compromise measured here:
   * slower LMAN input (15-60 ms) made learning slower, not faster.
   */
  lmanTauMs: number;

  // Motor readout (RA pools → syrinx commands).
  /** Time constant of the muscle filter on each pool's rate (ms). */
  motorTauMs: number;
  /** Semitones of pitch per Hz of (pitch-up − pitch-down) pool rate difference. */
  semitonesPerHz: number;
  /** Range of commanded pitch around the syrinx's resting pitch (± semitones). */
  pitchRangeSemitones: number;
  /** Loudness = softplus(loudnessPerHz·(loud-up − loud-down + loudnessOffsetHz)), at most 1. */
  loudnessPerHz: number;
  loudnessOffsetHz: number;
  /** Width of the softplus at silence (loudness units). */
  loudnessSoftness: number;

  // Critic and reinforcement (Fiete et al. 2007: R per rendition, compared with its running mean).
  /** A frame the bird leaves unvoiced where the tutor sings counts as this pitch error (semitones). */
  pitchErrorCapSemitones: number;
  /** Scale of the pitch part of the template error: E = (P/scale)² + (A/ampScale)² (semitones). */
  pitchScaleSemitones: number;
  /** Scale of the loudness part (loudness units, 0..1). */
  amplitudeScale: number;
  /** Delay from the end of a rendition to the reinforcement's arrival (ms). */
  reinforcementDelayMs: number;
  /** SD of the noise on the reinforcement R = −E + noise. */
  reinforcementNoiseSd: number;
  /** Renditions over which the baseline R̄ averages R (exponential, in renditions). */
  baselineRenditions: number;
  /** η of Δw = η·(R − R̄)·e (weight per unit R per unit eligibility). */
  learningRate: number;
  /**
   * Span of song after an HVC neuron's burst whose reinforcement its synapses take (ms; temporalCredit.ts):
   * about the lag of its motor effect (RA synapse 5 ms, membrane 10 ms, muscle filter 10 ms).
   */
  creditWindowMs: number;

  // Records.
  /** Renditions over which variability (pitch SD per frame) is measured. */
  variabilityRenditions: number;
  /** Similarity (0-100) the renditions-to-criterion count waits for, averaged over the last 10. */
  criterionSimilarity: number;
  /** Loudness of the pitch-contingent white noise (peak of the uniform noise, waveform units). */
  whiteNoiseAmplitude: number;
}

export const DEFAULT_SONGBIRD_PARAMS: SongbirdParams = {
  hvcCount: 100,
  raPerPool: 16,

  hvcBurstMs: 7,
  hvcBurstCurrent: 200,
  hvcLeadMs: 10,

  raMembraneTauMs: 10,
  raSynapseTauMs: 5,
  raBiasCurrent: 10,
  hvcRaWeightMin: 0,
  hvcRaWeightMax: 4,
  hvcRaWeightMaxClip: 12,

  lmanRateHz: 80,
  lmanRaWeight: 5,
  lmanTauMs: 8,

  motorTauMs: 10,
  semitonesPerHz: 0.08,
  pitchRangeSemitones: 14,
  loudnessPerHz: 0.01,
  loudnessOffsetHz: 30,
  loudnessSoftness: 0.02,

  pitchErrorCapSemitones: 6,
  pitchScaleSemitones: 2,
  amplitudeScale: 0.25,
  reinforcementDelayMs: 60,
  reinforcementNoiseSd: 0.01,
  baselineRenditions: 10,
  learningRate: 0.025,
  creditWindowMs: 40,

  variabilityRenditions: 10,
  criterionSimilarity: 80,
  whiteNoiseAmplitude: 0.3,
};

/** The four RA motor pools, in RA index order (pool p holds RA neurons p·raPerPool .. (p+1)·raPerPool − 1). */
export const Pool = { pitchUp: 0, pitchDown: 1, loudUp: 2, loudDown: 3 } as const;
export const POOL_COUNT = 4;
