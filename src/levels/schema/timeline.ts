/**
 * The trial timeline: sessions of phases (acquisition, probe, extinction, ...), each a number of
 * trials whose types are drawn in a seeded order by weight. Events are timed from trial start or
 * from another event of the same trial, fixed, jittered or drawn from a list, may happen with a
 * probability, and may depend on a measured quantity (a contingency).
 */
import { z } from 'zod';
import { id, int, num, text, timeMs, neuronIndices, MAX_MAGNITUDE } from './common';
import { command } from './commands';
import { comparison, threshold, withMetric } from './metrics';

export const eventTime = z.strictObject({
  after: id('Time from the onset of this event (an id in the same trial type) instead of from trial start.').optional(),
  ms: timeMs('Offset in ms from trial start (or from the `after` event).').optional(),
  choicesMs: z.array(timeMs('A possible offset in ms.')).min(1).max(1000).optional()
    .describe('Draw the offset from this list (seeded, uniform) instead of giving ms.'),
}).meta({ id: 'EventTime', description: 'When the event happens: give exactly one of ms or choicesMs.' });

const percentileThreshold = z.strictObject({
  percentile: num(0, 100, 'Percentile (0-100) of the values measured in a reference phase.'),
  ofPhase: id('Id of an earlier phase (e.g. "baseline") whose trials give the reference values.'),
}).describe('A threshold taken from the distribution measured in an earlier phase.');

export const contingency = withMetric({
  comparison,
  threshold: z.union([
    num(-1e12, 1e12, 'The value to compare with.'),
    z.tuple([num(-1e12, 1e12, 'Lower bound.'), num(-1e12, 1e12, 'Upper bound.')]),
    percentileThreshold,
  ]).describe('A number, a lower and an upper bound for the comparison Between, or a percentile of an earlier phase (Tumer & Brainard 2007).'),
  windowMs: num(0, 1_000_000, 'Measure over this many ms before the event (default: since trial start).').optional(),
}, 'The event happens only when this measured value satisfies the comparison.').meta({ id: 'Contingency' });

const eventBase = {
  id: id('Id of this event, so other events can be timed after it.').optional(),
  at: eventTime,
  jitterMs: num(0, 1_000_000, 'Add a seeded uniform offset in [−jitterMs, +jitterMs].').optional(),
  probability: num(0, 1, 'Chance that the event happens on a given trial (seeded).').optional(),
  when: contingency.optional(),
};

const stimulusTarget = id('Id of a stimulus in stimuli[].');

export const trialEvent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stimulusOn').describe('Switch a stimulus on.'), ...eventBase, target: stimulusTarget }),
  z.strictObject({ kind: z.literal('stimulusOff').describe('Switch a stimulus off.'), ...eventBase, target: stimulusTarget }),
  z.strictObject({
    kind: z.literal('cue').describe('A conditioned stimulus (tone, light): the target stimulus is on for durationMs. Several cues at once make a compound cue.'),
    ...eventBase, target: stimulusTarget,
    durationMs: num(0, 1_000_000, 'How long the cue lasts in ms.'),
  }),
  z.strictObject({
    kind: z.literal('us').describe('The unconditioned stimulus (air puff, shock): the target stimulus is on for durationMs.'),
    ...eventBase, target: stimulusTarget,
    durationMs: num(0, 1_000_000, 'How long the US lasts in ms.'),
  }),
  z.strictObject({
    kind: z.literal('pulse').describe('A current pulse into a population.'),
    ...eventBase,
    target: id('Id of a population.'),
    neurons: neuronIndices('Only these neurons (default: all).').optional(),
    amplitudePa: num(-MAX_MAGNITUDE, MAX_MAGNITUDE, 'Pulse current in pA.'),
    widthMs: num(0, 100_000, 'Pulse width in ms.'),
  }),
  z.strictObject({
    kind: z.literal('reward').describe('Deliver a reward.'),
    ...eventBase,
    amount: num(-MAX_MAGNITUDE, MAX_MAGNITUDE, 'Reward size (0 = omitted reward, negative = punishment).'),
    modulator: id('Modulator pool that receives it (default: the level\'s dopamine pool).').optional(),
  }),
  z.strictObject({
    kind: z.literal('modulatorPulse').describe('Add an amount to a modulator pool.'),
    ...eventBase,
    modulator: id('Id of a modulator pool.'),
    amount: num(-MAX_MAGNITUDE, MAX_MAGNITUDE, 'Amount added to the level.'),
  }),
  z.strictObject({ kind: z.literal('command').describe('Issue a command.'), ...eventBase, command }),
]).meta({ id: 'TrialEvent', description: 'Something that happens during a trial.' });

export const phaseCriterion = withMetric({
  comparison,
  threshold,
  overTrials: int(1, 10_000, 'Average the metric over the last this many trials of the phase (it is first checked once that many have run).').default(1),
}, 'Run the phase until this holds: after each trial the metric (spike metrics over each whole trial, other metrics as they are when the next trial would start) is averaged over the phase\'s last overTrials trials and compared with threshold; when it holds, the phase ends. `trials` is then the most trials the phase may run. Example: a % of conditioned responses >= 80, at most 300 trials.').meta({ id: 'PhaseCriterion' });

export const trialType = z.strictObject({
  id: id('Id of this trial type (e.g. "paired", "csAlone").'),
  weight: num(0, 1_000_000, 'Relative proportion of this trial type within the phase.').default(1),
  events: z.array(trialEvent).max(256).describe('Events of one trial of this type.'),
}).describe('A kind of trial.');

export const phase = z.strictObject({
  id: id('Id of this phase (e.g. "acquisition", "probe", "extinction").'),
  label: text(200, 'Shown to the player.').optional(),
  trials: int(1, 1_000_000, 'Number of trials (with until: the most trials the phase may run).'),
  until: phaseCriterion.optional(),
  trialMs: num(0.01, 1_000_000, 'Length of one trial in ms.'),
  intertrialMs: num(0, 1_000_000, 'Pause between trials in ms (nothing scheduled).').default(0),
  order: z.enum(['weighted', 'shuffled', 'sequential']).default('weighted')
    .describe('Weighted: each trial draws its type by weight (seeded); Shuffled: exact proportions in a seeded random order; Sequential: types repeat in listed order, weight = consecutive repeats.'),
  trialTypes: z.array(trialType).min(1).max(64),
  commandsAtStart: z.array(command).max(64).optional().describe('Commands applied when the phase begins (lesion, deafen, change a parameter).'),
  commandsAtEnd: z.array(command).max(64).optional().describe('Commands applied when the phase ends.'),
}).describe('A block of trials.');

export const session = z.strictObject({
  id: id('Id of this session (e.g. "day1").'),
  phases: z.array(phase).min(1).max(64),
}).describe('A session: phases run one after another.');

export const timeline = z.strictObject({
  sessions: z.array(session).min(1).max(64).describe('Sessions, run one after another.'),
}).describe('The trial structure of the run. Without it the level runs for durationMs.');

export type Timeline = z.infer<typeof timeline>;
export type Session = z.infer<typeof session>;
export type Phase = z.infer<typeof phase>;
export type TrialType = z.infer<typeof trialType>;
export type TrialEvent = z.infer<typeof trialEvent>;
export type Contingency = z.infer<typeof contingency>;
export type PhaseCriterion = z.infer<typeof phaseCriterion>;
