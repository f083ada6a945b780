/**
 * The cortical map's numeric parameters as level fields, each with unit, range, default, citation
 * and help (src/circuits/plugin/param.ts). Defaults are the values docs/model.md reports results for.
 */
import { param } from '../plugin/param';

const MAP = 'competitive Hebbian map with divisive normalisation (von der Malsburg 1973; Kohonen 1982)';
const BUMP = 'Mexican-hat lateral interaction settles into one bump of activity (Amari 1977; Kohonen 1982)';
const AGE = 'plasticity that declines as a plastic period closes (Hensch 2005)';
const MODEL = 'model choice (docs/model.md, cortical map)';

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const mapParamFields = {
  touchEveryMs: param({ min: 1, max: 10_000, default: 20, unit: 'ms', citation: MODEL, help: 'Time from one touch (or sound, or image) to the next: each touch is one learning step.' }),
  touchMs: param({ min: 1, max: 10_000, default: 10, unit: 'ms', citation: MODEL, help: 'How long the touched receptors and the map\'s responding units are driven (at most touchEveryMs).' }),
  touchWidthChannels: param({ min: 0.1, max: 100, default: 1, unit: 'channels', citation: MODEL, help: 'Width σ of a touch on the skin, in input channels (a Gaussian bump).' }),
  initialSpread: param({ min: 0.001, max: 1, default: 0.06, unit: 'sheet widths', citation: MAP, help: 'Width σ of each unit\'s starting receptive field, as a fraction of the sheet: the map starts topographic.' }),
  initialNoise: param({ min: 0, max: 10, default: 0.05, unit: '1', citation: MODEL, help: 'Random extra starting weight per synapse, relative to the strongest starting weight.' }),
  bumpWidthUnits: param({ min: 0.1, max: 100, default: 2, unit: 'units', citation: BUMP, help: 'Width σ of the bump of activity around the most strongly driven unit (the reach of lateral excitation).' }),
  youngLearningRate: param({ min: 0, max: 100, default: 0.1, unit: 'per touch', citation: AGE, help: 'Learning rate η of the Hebbian step in the young animal.' }),
  adultLearningRate: param({ min: 0, max: 100, default: 0.015, unit: 'per touch', citation: AGE, help: 'Learning rate η the adult keeps once the plastic period has closed.' }),
  plasticPeriodMs: param({ min: 0, max: 100_000_000, minExclusive: true, default: 20_000, unit: 'ms', citation: AGE, help: 'Time constant τ with which η falls from its young to its adult value: η = ηadult + (ηyoung − ηadult)·exp(−age/τ).' }),
  ageAtStartMs: param({ min: 0, max: 100_000_000, default: 0, unit: 'ms', citation: MODEL, help: 'The animal\'s age when the level starts (age grows with simulated time).' }),
  responseCriterion: param({ min: 0, max: 10, default: 0.5, unit: '1', citation: 'receptive-field mapping with a response criterion (Merzenich et al. 1984)', help: 'A unit responds to a group when probing it drives the unit to at least this fraction of the intact map\'s mean best response.' }),
  readoutEveryTouches: param({ min: 1, max: 100_000, integer: true, default: 50, unit: 'touches', citation: MODEL, help: 'How often the map is read out (preferred group of every unit, recruitment, order).' }),
  sheetCurrentPa: param({ min: 0, max: 1_000_000, default: 600, unit: 'pA', citation: MODEL, help: 'Current into a map unit at full activity (the bump\'s peak of an intact touch), so its spikes show its activity.' }),
  inputCurrentPa: param({ min: 0, max: 1_000_000, default: 600, unit: 'pA', citation: MODEL, help: 'Current into a touched input neuron at the centre of the touch.' }),
};
