/**
 * The reward circuit's numeric parameters as level fields, each with unit, range, default, citation
 * and help (src/circuits/plugin/param.ts). Ranges and defaults are those the format always had.
 */
import { param, requiredParam } from '../plugin/param';

/** Largest absolute weight, current or amount a level may give (as src/levels/schema/common.ts). */
const MAX_MAGNITUDE = 1_000_000;
const MAX_TAU_MS = 1_000_000;
const SDM = 'reward-prediction error δ = r + γV(t) − V(t−Δ) (Schultz, Dayan & Montague 1997)';
const CSC = 'tapped delay line per cue, a "complete serial compound" (Sutton & Barto 1990; Schultz, Dayan & Montague 1997)';
const MODEL = 'model choice (docs/model.md, reward circuit)';

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const rewardParamFields = {
  taps: requiredParam({
    min: 1, max: 200, integer: true, unit: 'taps', citation: CSC,
    help: 'Time cells (taps) per cue: a tapped delay line covering taps × tapMs after cue onset. The timeCells population needs cues × taps × cells-per-tap neurons.',
  }),
  tapMs: param({ min: 1, max: 10_000, default: 100, unit: 'ms', citation: CSC, help: 'Width of each tap\'s time field; also the TD time step Δ.' }),
  timeCellCurrentPa: param({ min: 0, max: MAX_MAGNITUDE, default: 400, unit: 'pA', citation: MODEL, help: 'Current injected into the active tap\'s cells.' }),
  gamma: param({ min: 0, max: 1, default: 1, unit: '1 per tap', citation: SDM, help: 'Discount factor γ per TD step (per tapMs): below 1, rewards further away are worth less.' }),
  valuePerHz: param({ min: 0, max: MAX_MAGNITUDE, default: 0.02, unit: 'V per Hz', citation: MODEL, help: 'Value V per Hz of the value population\'s filtered rate above valueRestHz.' }),
  valueRestHz: param({ min: 0, max: 1000, default: 0, unit: 'Hz', citation: MODEL, help: 'Rate of the value population that reads as V = 0.' }),
  valueFilterMs: param({ min: 0, max: MAX_TAU_MS, minExclusive: true, default: 30, unit: 'ms', citation: MODEL, help: 'Time constant of the exponential filter on the value population\'s spikes.' }),
  deltaCurrentPa: param({
    min: 0, max: MAX_MAGNITUDE, default: 100, unit: 'pA per unit δ',
    citation: 'dopamine neurons\' phasic response codes δ (Schultz, Dayan & Montague 1997); gain: ' + MODEL,
    help: 'δ gain: current injected into the dopamine neurons per unit δ. Larger: bigger bursts and dips for the same surprise.',
  }),
  rewardDelayMs: param({
    min: 0, max: 1000, default: 20, unit: 'ms', citation: MODEL,
    help: 'Delay from a reward\'s delivery to its r reaching δ (at least one tick): the latency of the value readout, so a predicted reward and the fall of V meet.',
  }),
  rewardScale: param({ min: 0, max: MAX_MAGNITUDE, default: 1, unit: 'r per unit reward', citation: SDM, help: 'r per unit of delivered reward amount; r lasts one tap (tapMs).' }),
  learningRate: param({
    min: 0, max: MAX_MAGNITUDE, default: 0.01, unit: 'weight per unit eligibility per unit dopamine per ms',
    citation: 'dopamine-gated plasticity of cortico-striatal synapses (Reynolds, Hyland & Wickens 2001; Izhikevich 2007)',
    help: 'η of Δw = η · eligibility · (dopamine − D̄) per ms: how fast the value synapses learn.',
  }),
  eligibilityTauMs: param({ min: 0, max: MAX_TAU_MS, minExclusive: true, default: 20, unit: 'ms', citation: 'Izhikevich 2007', help: 'Time constant of the low-pass filter on the eligibility (the time cells\' spikes delayed by one tap).' }),
  eligibilityLagMs: param({ min: 0, max: 10_000, default: 80, unit: 'ms', citation: MODEL, help: 'Extra delay of the eligibility beyond one tap: the lag of δ through value readout, dopamine neurons and pool.' }),
  tonicRateHz: param({
    min: 0, max: 1000, default: 4.5, unit: 'Hz', citation: 'tonic firing of midbrain dopamine neurons, 2-8 Hz (Grace & Bunney 1984; Schultz 1998)',
    help: 'Tonic firing rate of the dopamine neurons; sets the starting dopamine level and the reference D̄.',
  }),
  referenceTauMs: param({ min: 0, max: MAX_TAU_MS, minExclusive: true, default: 10_000, unit: 'ms', citation: MODEL, help: 'Time constant of the running average D̄ of dopamine that learning compares with.' }),
  dipGain: param({ min: 0, max: 100, default: 1, unit: '1', citation: MODEL, help: 'Weight of dopamine dips (D < D̄) relative to bursts in learning: a pause can lower dopamine only by its tonic level.' }),
  wMax: param({ min: 0, max: MAX_MAGNITUDE, default: 10, unit: 'weight', citation: MODEL, help: 'Upper bound of the value synapses\' weights (lower bound 0).' }),
};
