/**
 * Plasticity rules a projection can carry. Each rule is a system in src/sim/plasticity with a pure
 * kernel in src/sim/models. Parameters carry their units in their names.
 */
export interface StdpModulation {
  /** Modulator pool name (acetylcholine or norepinephrine in the lessons). */
  modulator: string;
  /** A₊ is multiplied by (1 + potentiationGain · level). */
  potentiationGain: number;
  /** |A₋| is multiplied by (1 + depressionGain · level). */
  depressionGain: number;
}

export interface StdpSpec {
  rule: 'stdp';
  aPlus: number;
  /** Negative for depression (SCIENCE.md uses A₋ = −1.05·A₊). */
  aMinus: number;
  tauPlusMs: number;
  tauMinusMs: number;
  wMax: number;
  wMin?: number;
  /** additive: Δw = A; multiplicative: depression scales with w (van Rossum et al. 2000). */
  form: 'additive' | 'multiplicative';
  /** allToAll: traces sum every earlier spike; nearest: traces reset to 1 at each spike. */
  pairing: 'allToAll' | 'nearest';
  modulation?: StdpModulation[];
}

export interface DaStdpSpec {
  rule: 'daStdp';
  aPlus: number;
  aMinus: number;
  tauPlusMs: number;
  tauMinusMs: number;
  /** τ_c of the eligibility trace (1000 ms in Izhikevich 2007). */
  tauEligibilityMs: number;
  wMax: number;
  wMin?: number;
  /** Dopamine pool that gates the weight change. */
  modulator: string;
  /** allToAll (default) or nearest (Izhikevich 2007 sets, rather than adds to, the STDP traces). */
  pairing?: 'allToAll' | 'nearest';
  /**
   * How often w is brought up to date (ms; default one tick). Between updates the eligibility and
   * dopamine integral are accumulated exactly, so the weights agree at each update; the paper used 10 ms.
   */
  weightUpdateEveryMs?: number;
  /**
   * What a pairing's Δt is measured from. 'spike' (default): both spike ticks, Δt ≥ 0 potentiates
   * (A₊·e^(−Δt/τ₊)), Δt < 0 depresses. 'arrival' (the published Izhikevich 2007 code, 1 ms delays):
   * the pre spike counts when it reaches the synapse one tick later, so a post spike Δt ≥ 1 ticks
   * after it potentiates by A₊·e^(−(Δt − 1)·dt/τ₊), and one in the same tick or before depresses by
   * A₋·e^(−|Δt|·dt/τ₋): a post spike the pre spike could not have caused is never potentiated.
   */
  timing?: 'spike' | 'arrival';
}

export interface CalciumSpec {
  rule: 'calcium';
  /** Calcium decay time constant τCa (ms; SBC 2002: 50). */
  tauCaMs: number;
  /** G_NMDA: calcium influx per ms per mV of driving force per unit open fraction (μM/(ms·mV); SBC 2002: 1/500). */
  nmdaCalciumGain: number;
  /** Decay of the fast NMDA component τf (ms; SBC 2002: 50). */
  nmdaDecayMs: number;
  /** Decay of the slow NMDA component τs (ms; SBC 2002: 200). */
  nmdaSlowDecayMs?: number;
  /** Share I_s of the slow component (SBC 2002: 0.5; I_f = 1 − I_s). */
  nmdaSlowFraction?: number;
  /** P0: fraction of the closed NMDA receptors a presynaptic spike opens (SBC 2002: 0.5). */
  nmdaOpenFraction?: number;
  /** Magnesium concentration (mM) for the Jahr & Stevens (1990) block. */
  magnesiumMm: number;
  /** Ω(Ca) thresholds α1, α2: below theta-d rest, between the thresholds LTD, above theta-p LTP. */
  thetaDepression: number;
  thetaPotentiation: number;
  /** η at high calcium, 1/P4 (per ms; SBC 2002: P4 = 1 s, so 0.001). */
  learningRatePerMs: number;
  /** P1 of τ(Ca) = P1/(P2 + Ca^P3) + P4 (ms; SBC 2002: 100). */
  learningP1Ms?: number;
  /** P2 (SBC 2002: P1·10⁻⁴ with P1 in s, 1e-5). */
  learningP2?: number;
  /** P3, the Hill exponent of η (SBC 2002: 3). */
  learningP3?: number;
  /** Weight at W = 1 (Ω's top, full LTP); an unstimulated synapse relaxes to 0.25·wMax over hours. */
  wMax: number;
  wMin?: number;
  /** Calcium reversal potential of the NMDA driving force (mV); 130 in SBC 2002. */
  calciumReversalMv?: number;
  /** Back-propagating action potential added to the postsynaptic voltage (mV, two exponentials). */
  bpapAmplitudeMv?: number;
  bpapFastMs?: number;
  bpapSlowMs?: number;
  /** Fraction of the BPAP in its slow tail (SBC 2002: 0.25). */
  bpapSlowFraction?: number;
  /** Sigmoid steepness β of Ω(Ca) (per calcium unit; SBC 2002: 80). */
  omegaSteepness?: number;
}

export interface HomeostaticScalingSpec {
  rule: 'homeostaticScaling';
  targetRateHz: number;
  /** Time constant of the slow rate average (ms). */
  tauRateMs: number;
  /** Fractional weight change per ms per Hz of rate error. */
  scalingRatePerMs: number;
  wMax?: number;
  /** Interval between scaling steps (ms; default 100): the scale factor is exp(rate·interval·error). */
  updateEveryMs?: number;
}

export interface InhibitoryStdpSpec {
  rule: 'inhibitoryStdp';
  /** η: weight change per unit trace at each spike. */
  learningRate: number;
  /** τ of both traces (ms; 20 in Vogels et al. 2011). */
  tauMs: number;
  /** ρ₀: the postsynaptic rate the rule holds (Hz; 3 in Vogels et al. 2011). */
  targetRateHz: number;
  wMax: number;
}

export interface TeacherDeltaSpec {
  rule: 'teacherDelta';
  /** Population whose neuron k teaches target neuron k (same count): the input to be predicted. */
  teacher: string;
  /** η: weight change per unit pre trace at each teacher or post spike. */
  learningRate: number;
  /** τ of the presynaptic trace (ms). */
  tauMs: number;
  wMax: number;
  wMin?: number;
}

export interface NormalizedHebbianSpec {
  rule: 'normalizedHebbian';
  /** η: fraction of the way to its share each weight moves at a post spike (live: projection.<name>.learningRate). */
  learningRate: number;
  /** τ of the presynaptic trace (ms). */
  tauMs: number;
  /** W: the total weight of a cell's inputs in this projection, shared out by activity. */
  totalWeight: number;
}

/**
 * Tag, trigger and consolidation (Clopath et al. 2008; models/tagTrigger.ts). Times are simulated ms:
 * a level that compresses model hours says in its text what one trial stands for.
 */
export interface TagTriggerSpec {
  rule: 'tagTrigger';
  /** Fraction of the baseline elements moved up at a post spike, per unit presynaptic trace. */
  upRate: number;
  /** Fraction of the baseline elements moved down at a pre spike, per unit postsynaptic trace (≥ 0). */
  downRate: number;
  tauPlusMs: number;
  tauMinusMs: number;
  /** τ_early: up and down elements fall back to baseline with this time constant (early LTP fades). */
  earlyDecayMs: number;
  /** θ_tag: a synapse is tagged while h (or l) exceeds it. */
  tagThreshold: number;
  /** θ_p: the cell makes proteins while Σ(h + l) over its plastic synapses exceeds it. */
  triggerThreshold: number;
  /** τ_p of the protein level. */
  proteinTauMs: number;
  /** τ_z of consolidation at full protein level. */
  consolidationTauMs: number;
  /** Weight added at h = 1 (and removed at l = 1). */
  earlyWeight: number;
  /** Weight added at z = 1 (late LTP). */
  lateWeight: number;
  /** Synthesis capacity s in [0, 1] (0: a protein-synthesis blocker such as anisomycin); live. */
  proteinSynthesis: number;
}

export interface StructuralSpec {
  /** A synapse whose weight stays below this for pruneAfterMs is pruned (marked inactive). */
  pruneBelow: number;
  pruneAfterMs: number;
  /** Dormant synapses activated per second across the projection. */
  growthPerSecond: number;
  /** Weight of a newly grown synapse. */
  initialWeight: number;
  /** Fraction of the projection's synapses that start dormant, available for growth. */
  dormantFraction: number;
  /** Interval between pruning checks and growth draws (ms; default 100). */
  checkEveryMs?: number;
}

export type PlasticitySpec =
  | { rule: 'none' }
  | StdpSpec
  | DaStdpSpec
  | CalciumSpec
  | HomeostaticScalingSpec
  | InhibitoryStdpSpec
  | TeacherDeltaSpec
  | NormalizedHebbianSpec
  | TagTriggerSpec;

export const PlasticityRuleId = { none: 0, stdp: 1, daStdp: 2, calcium: 3, homeostaticScaling: 4, inhibitoryStdp: 5, teacherDelta: 6, normalizedHebbian: 7, tagTrigger: 8 } as const;
