/**
 * Why the world turned a command down, as data: a code and its parameters (ids, limits, the value
 * given). The engine cannot speak the page's language (it imports nothing outside src/sim), so the
 * page words a rejection from its code with the parameters' human labels (app/rejectionWords.ts);
 * the English below is the reason the CLI, logs and tests read, filled from the same parameters.
 */

/** Each code's English, with {placeholders} named as the parameters. */
export const REJECTION_ENGLISH = {
  unknownCommand: 'unknown command "{type}" (this world accepts {accepted})',
  notFiniteNumber: '{field} must be a finite number',
  notTrueOrFalse: '{field} must be true or false',
  notTrueOrFalseGot: '{field} must be true or false, got {got}',
  notLive: '"{parameter}" cannot be changed while the level runs (restart the level to apply it)',
  zeroInLevel: '{parameter} is 0 in the level, so it cannot be scaled',
  zeroWeights: '{parameter} is 0, so the weights cannot be scaled',
  unknownStimulus: 'unknown stimulus "{name}"',
  unknownNeuronType: 'unknown neuron type "{name}"',
  unknownProjection: 'unknown projection "{name}"',
  noLiveLearningRate: 'projection "{name}" has no live learning rate',
  outsideRange: '{parameter} must be within [{min}, {max}], got {got}',
  unknownModulator: 'unknown modulator "{name}"',
  unknownPopulation: 'unknown population "{name}"',
  circuitCommandMissing: 'the circuit\'s command "{command}" is not installed',
  noDopaminePool: 'no dopamine pool to deliver the reward to',
  noLesionCommand: 'this world has no lesion command',
  circuitMissing: 'no {circuit} circuit in this level',
  noWhiteNoise: 'this level has no white-noise setting',
  isiOutOfRange: 'value must be an ISI in ms between {min} and {max}',
  puffOutOfRange: 'value must be a puff strength between {min} and {max}',
  unknownCs: 'cs must name one of the circuit\'s CSs ({names}), got {got}',
  csNeeded: 'the {circuit} circuit has several CSs ({names}): say whose puffs to retime with cs',
  clampVoltageOutOfRange: 'vMv must be a number in [−{max}, {max}] mV, got {got}',
  clampRateOutOfRange: 'rateHz must be a number in [0, {max}] Hz, got {got}',
  poissonNoMembrane: 'population "{population}" is a Poisson spike source: it has no membrane to clamp (use rateClamp)',
  rateNeeded: 'population "{population}" has a membrane model and no resting rate of its own: give rateHz',
  subsetShape: 'neurons must be { fraction } or { ranges }',
  subsetFractionOutOfRange: 'neurons.fraction must be a number in [0, 1], got {got}',
  subsetDrawNotName: 'neurons.draw must be a name',
  subsetRangesEmpty: 'neurons.ranges must be a non-empty list of { first, last }',
  subsetRangeOutOfBounds: 'neurons.ranges[{index}] must be { first, last } with 0 ≤ first ≤ last < {count} (population "{population}" has {count} neurons)',
} as const;

export type RejectionCode = keyof typeof REJECTION_ENGLISH;

/** Every code, for the page's test that each has words in every language. */
export const REJECTION_CODES = Object.keys(REJECTION_ENGLISH) as RejectionCode[];

/**
 * A rejection's parameters: ids as the level names them (population, name, parameter path, command),
 * limits as numbers, the value given as text. `field` is the command's field ('value', 'amount', …).
 */
export type RejectionParams = Readonly<Record<string, string | number>>;

export interface CommandRejection {
  readonly code: RejectionCode;
  readonly params: RejectionParams;
}

export function reject(code: RejectionCode, params: RejectionParams = {}): CommandRejection {
  return { code, params };
}

/** Tells a rejection from a handler's other results (a subset's eids, a resolved target). */
export function isRejection(value: unknown): value is CommandRejection {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && 'params' in value;
}

/** The rejection's English (for the CLI, logs and the event's `reason`). */
export function rejectionEnglish(rejection: CommandRejection): string {
  return REJECTION_ENGLISH[rejection.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = rejection.params[name];
    return value === undefined ? whole : String(value);
  });
}
