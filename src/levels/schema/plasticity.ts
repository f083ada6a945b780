/**
 * Plasticity rules, a discriminated union on `rule`. A new rule is one more strict object here;
 * rule parameters carry units in their names. Depression amplitudes are magnitudes (≥ 0).
 */
import { z } from 'zod';
import { id, num, tauMs, MAX_MAGNITUDE } from './common';

const amplitude = (description: string) => num(0, MAX_MAGNITUDE, description);
const wMax = num(0, MAX_MAGNITUDE, 'Upper hard bound on the weight.');
const wMin = num(0, MAX_MAGNITUDE, 'Lower hard bound on the weight.').default(0);

export const noPlasticity = z.strictObject({
  rule: z.literal('none').describe('Weights stay fixed.'),
}).describe('No plasticity.');

export const modulationGain = z.strictObject({
  modulator: id('Id of a modulator in modulators[].'),
  potentiationGain: num(-1000, 1000, 'Potentiation amplitude is multiplied by max(0, 1 + gain × level).'),
  depressionGain: num(-1000, 1000, 'Depression amplitude is multiplied by max(0, 1 + gain × level).'),
}).describe('How a modulator scales STDP (Seol et al. 2007: acetylcholine and noradrenaline flip LTD/LTP).');

export const stdp = z.strictObject({
  rule: z.literal('stdp').describe('Pair-based STDP with pre and post traces.'),
  aPlus: amplitude('Potentiation amplitude A₊ (weight units per pairing).'),
  aMinus: amplitude('Depression amplitude |A₋| (a magnitude: the weight moves down by aMinus × trace).'),
  tauPlusMs: tauMs('Pre-trace time constant τ₊ in ms (e.g. 20).'),
  tauMinusMs: tauMs('Post-trace time constant τ₋ in ms (e.g. 20).'),
  wMax,
  wMin,
  form: z.enum(['additive', 'multiplicative']).default('additive')
    .describe('Additive: fixed steps; Multiplicative: depression scales with the weight.'),
  pairing: z.enum(['allToAll', 'nearest']).default('allToAll')
    .describe('All to all: traces add up; Nearest: traces reset to 1 on each spike.'),
  modulation: z.array(modulationGain).max(8).optional(),
}).describe('Spike-timing-dependent plasticity.');

export const daStdp = z.strictObject({
  rule: z.literal('daStdp').meta({ title: 'Dopamine-gated STDP' }).describe('Dopamine-gated STDP (Izhikevich 2007): STDP fills an eligibility trace c, dw/dt = c·d.'),
  aPlus: amplitude('Potentiation amplitude added to the eligibility trace.'),
  aMinus: amplitude('Depression amplitude (a magnitude) subtracted from the eligibility trace.'),
  tauPlusMs: tauMs('Pre-trace time constant in ms.'),
  tauMinusMs: tauMs('Post-trace time constant in ms.'),
  tauEligibilityMs: tauMs('Eligibility trace time constant τ_c in ms (1000 in the paper).'),
  wMax,
  wMin,
  modulator: id('Id of the dopamine modulator whose level d gates the weight change.'),
  pairing: z.enum(['allToAll', 'nearest']).default('allToAll')
    .describe('All to all: traces add up; Nearest: traces reset to 1 on each spike (the published Izhikevich 2007 code).'),
  timing: z.enum(['spike', 'arrival']).default('spike')
    .describe('What a pairing\'s Δt is measured from. Spike: both spike times (Δt ≥ 0 potentiates). Arrival: the pre spike counts when it reaches the synapse one tick later, so a post spike in the same tick depresses (the published Izhikevich 2007 code).'),
  weightUpdateEveryMs: num(0.01, 10_000, 'How often the weights are brought up to date, in ms (default every tick; 10 in the paper\'s code). Eligibility and dopamine are integrated exactly in between.').optional(),
}).describe('Dopamine-modulated STDP.');

export const calcium = z.strictObject({
  rule: z.literal('calcium').describe('Calcium-controlled plasticity (Shouval, Bear & Cooper 2002): NMDA calcium sets the direction, LTD between the thresholds, LTP above.'),
  tauCaMs: tauMs('Calcium decay time constant τCa in ms (SBC 2002: 50).'),
  nmdaCalciumGain: num(0, MAX_MAGNITUDE, 'G_NMDA: calcium influx per ms per mV of driving force per unit open NMDA fraction, in μM/(ms·mV) (SBC 2002: 1/500 = 0.002).'),
  nmdaDecayMs: tauMs('Decay time constant of the fast NMDA component τf in ms (SBC 2002: 50).'),
  nmdaSlowDecayMs: tauMs('Decay time constant of the slow NMDA component τs in ms (default 200, SBC 2002).').optional(),
  nmdaSlowFraction: num(0, 1, 'Share of the slow NMDA component I_s (default 0.5, SBC 2002).').optional(),
  nmdaOpenFraction: num(0, 1, 'P0: fraction of the closed NMDA receptors one presynaptic spike opens (default 0.5, SBC 2002).').optional(),
  magnesiumMm: num(0, 10, 'Extracellular magnesium in mM (1); sets the voltage-dependent block (Jahr & Stevens 1990).'),
  thetaDepression: num(0, 100, 'Calcium level α1 in μM above which depression starts (SBC 2002: 0.35).'),
  thetaPotentiation: num(0, 100, 'Calcium level α2 in μM above which potentiation starts (SBC 2002: 0.55).'),
  learningRatePerMs: num(0, 1000, 'Learning rate at high calcium, 1/P4, in 1/ms: η(Ca) = 1/(P1/(P2 + Ca^P3) + P4) (SBC 2002: P4 = 1 s, so 0.001).'),
  learningP1Ms: num(0, MAX_MAGNITUDE, 'P1 of the learning time constant τ(Ca) = P1/(P2 + Ca^P3) + P4, in ms (default 100, SBC 2002).').optional(),
  learningP2: num(0, MAX_MAGNITUDE, 'P2 of τ(Ca): sets the slow drift at rest (default 1e-5, SBC 2002: P1·10⁻⁴ with P1 in s).').optional(),
  learningP3: num(0, 20, 'P3 of τ(Ca): how steeply learning speeds up with calcium (default 3, SBC 2002).').optional(),
  wMax: num(0, MAX_MAGNITUDE, 'The weight full potentiation approaches (SBC 2002: W = 1); an unstimulated synapse relaxes, over hours, to 0.25·wMax.'),
  wMin,
  calciumReversalMv: num(-200, 300, 'Calcium reversal potential of the NMDA driving force in mV (default 130).').optional(),
  bpapAmplitudeMv: num(0, 200, 'Back-propagating action potential amplitude in mV (default 100).').optional(),
  bpapFastMs: tauMs('Fast decay of the back-propagating action potential in ms (default 3).').optional(),
  bpapSlowMs: tauMs('Slow decay of the back-propagating action potential in ms (default 25).').optional(),
  bpapSlowFraction: num(0, 1, 'Fraction of the back-propagating action potential in its slow tail (default 0.25).').optional(),
  omegaSteepness: num(0, 10_000, 'Steepness β of the Ω(Ca) sigmoids per μM (default 80).').optional(),
}).describe('Calcium-based LTP/LTD.');

export const homeostaticScaling = z.strictObject({
  rule: z.literal('homeostaticScaling').describe('Synaptic scaling (Turrigiano et al. 1998): every input weight of a neuron is multiplied by a common factor.'),
  targetRateHz: num(0, 1000, 'Target firing rate in Hz.'),
  tauRateMs: tauMs('Time constant of the slow rate estimate in ms.'),
  scalingRatePerMs: num(0, 1, 'Fractional weight change per ms per unit of relative rate error.'),
  wMax: wMax.optional(),
}).describe('Homeostatic synaptic scaling.');

export const inhibitoryStdp = z.strictObject({
  rule: z.literal('inhibitoryStdp').describe('Symmetric inhibitory plasticity (Vogels et al. 2011) that drives the post rate to targetRateHz.'),
  learningRate: amplitude('Learning rate η (weight units per pairing).'),
  tauMs: tauMs('Trace time constant in ms (20).'),
  targetRateHz: num(0, 1000, 'Target postsynaptic rate in Hz (3).'),
  wMax,
}).describe('Inhibitory STDP.');

export const teacherDelta = z.strictObject({
  rule: z.literal('teacherDelta').meta({ title: 'Teacher-guided delta rule' })
    .describe('Prediction learning (ReSuMe, Ponulak & Kasiński 2010; Rao & Ballard 1999): each spike of the teacher neuron strengthens the target neuron\'s synapses by η·x_pre, each spike of the target neuron weakens them by η·x_pre, so the target learns to fire as often as its teacher when the presynaptic cells are active.'),
  teacher: id('Id of the teacher population (same count as the target): its neuron k teaches target neuron k (the input to be predicted).'),
  learningRate: amplitude('Learning rate η (weight units per unit pre trace per spike).'),
  tauMs: tauMs('Presynaptic trace time constant τ in ms (e.g. 20).'),
  wMax,
  wMin,
}).describe('Teacher-guided delta rule.');

/** η of the normalised Hebbian rule: a fraction of the way to the share (above 1 a weight overshoots its share and can change sign). */
export const NORMALIZED_HEBBIAN_RATE = { min: 0, max: 1 } as const;

export const normalizedHebbian = z.strictObject({
  rule: z.literal('normalizedHebbian').meta({ title: 'Normalised Hebbian' }).describe('Normalised Hebbian plasticity (an instar rule; Miller & MacKay 1994): at each post spike a cell\'s input weights move toward their share of a fixed total, in proportion to presynaptic activity.'),
  learningRate: num(NORMALIZED_HEBBIAN_RATE.min, NORMALIZED_HEBBIAN_RATE.max, 'η: fraction of the way to its share each weight moves at a postsynaptic spike (a timeline\'s setParameter may change it while the level runs).'),
  tauMs: tauMs('Presynaptic trace time constant in ms (e.g. 50).'),
  totalWeight: num(0, MAX_MAGNITUDE, 'W: the total weight of each cell\'s inputs in this projection, shared out by activity.'),
}).describe('Normalised Hebbian plasticity.');

export const tagTrigger = z.strictObject({
  rule: z.literal('tagTrigger').meta({ title: 'Tag, trigger and consolidation' }).describe('Early and late LTP (Clopath et al. 2008; Frey & Morris 1997): induction sets an early change h (up) or l (down) that fades; a synapse is tagged while it is large; the cell makes proteins while its summed early change exceeds a threshold (the CREB-dependent trigger); tagged synapses capture proteins into a late change z that lasts. w = w₀ + earlyWeight·(h − l) + lateWeight·z.'),
  upRate: num(0, 1, 'Fraction of the baseline elements moved up (early LTP) at a postsynaptic spike, per unit presynaptic trace.'),
  downRate: num(0, 1, 'Fraction of the baseline elements moved down (early LTD) at a presynaptic spike, per unit postsynaptic trace.'),
  tauPlusMs: tauMs('Presynaptic trace time constant in ms (e.g. 20).'),
  tauMinusMs: tauMs('Postsynaptic trace time constant in ms (e.g. 20).'),
  earlyDecayMs: tauMs('τ_early in simulated ms: the early change fades back to baseline with this time constant (say in the level text what it stands for in model hours).'),
  tagThreshold: num(0, 1, 'θ_tag: a synapse carries a tag while its early change h (or l) exceeds this.'),
  triggerThreshold: num(0, MAX_MAGNITUDE, 'θ_p: a cell makes proteins while the early change Σ(h + l) summed over its synapses with this rule exceeds this (in fully changed synapses).'),
  proteinTauMs: tauMs('τ_p in simulated ms: how fast the protein level follows the trigger.'),
  consolidationTauMs: tauMs('τ_z in simulated ms: time constant of capture (consolidation) at full protein level.'),
  earlyWeight: num(0, MAX_MAGNITUDE, 'Weight added by a fully potentiated early phase (h = 1).'),
  lateWeight: num(0, MAX_MAGNITUDE, 'Weight added by a fully consolidated late phase (z = 1).'),
  proteinSynthesis: num(0, 1, 'Protein-synthesis capacity of the postsynaptic cells, 1 normally, 0 under a blocker such as anisomycin (a timeline\'s setParameter may change it while the level runs; it acts on the whole cell).').default(1),
}).describe('Tag, trigger and consolidation.');

export const plasticity = z.discriminatedUnion('rule', [noPlasticity, stdp, daStdp, calcium, homeostaticScaling, inhibitoryStdp, teacherDelta, normalizedHebbian, tagTrigger])
  .meta({ id: 'Plasticity', description: 'The plasticity rule of a projection.' });

export const structural = z.strictObject({
  pruneBelow: num(0, MAX_MAGNITUDE, 'Synapses whose weight stays below this are pruned (marked inactive).'),
  pruneAfterMs: num(0, 100_000_000, 'How long the weight must stay below pruneBelow, in ms.'),
  growthPerSecond: num(0, 1_000_000, 'New synapses grown per simulated second (reusing inactive slots).'),
  initialWeight: num(0, MAX_MAGNITUDE, 'Weight of a newly grown synapse.'),
}).describe('Spine growth and pruning.');

export type Plasticity = z.infer<typeof plasticity>;
export type PlasticityRule = Plasticity['rule'];
export type Structural = z.infer<typeof structural>;
