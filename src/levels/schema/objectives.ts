/** Objectives: goals measured by a metric, compared with a threshold over a span of the run. */
import { z } from 'zod';
import { id, int, text, timeMs } from './common';
import { comparison, metricMembers, threshold } from './metrics';
import { derivedMembers } from './derived';

const inPhase = id('Only count trials of this timeline phase (e.g. "extinction"); without it, trials of every phase.').optional();
const ofTrialType = z.union([
  id('Id of a trial type (e.g. "csPlus").').meta({ title: 'One trial type' }),
  z.array(id('Id of a trial type.')).min(1).max(64).describe('Several trial types (a trial of any of them counts).').meta({ title: 'Several trial types' }),
]).optional().describe('Only count trials of this trial type (or of these); with phase, of that phase\'s trial types.');

export const objectiveSpan = z.union([
  z.strictObject({ lastTrials: int(1, 1_000_000, 'Measure over the last N trials of the timeline.'), phase: inPhase, trialType: ofTrialType }).meta({ title: 'Last N trials' }),
  z.strictObject({ firstTrials: int(1, 1_000_000, 'Measure over the first N trials (e.g. how fast the player got there).'), phase: inPhase, trialType: ofTrialType }).meta({ title: 'First N trials' }),
  z.strictObject({ allTrials: z.literal(true).describe('Measure over all trials.'), phase: inPhase, trialType: ofTrialType }).meta({ title: 'All trials' }),
  z.strictObject({
    window: z.strictObject({
      startMs: timeMs('Start of the window in ms from the start of the run.'),
      endMs: timeMs('End of the window in ms.'),
    }),
  }).meta({ title: 'A time window of the run' }),
]).describe('Which part of the run is measured (trial spans may keep only one phase and / or trial type).').meta({ id: 'Span' });

export type ObjectiveSpan = z.infer<typeof objectiveSpan>;

const goal = {
  id: id('Id of this objective.'),
  description: text(500, 'What the player is asked to achieve (plain text).'),
  label: text(60, 'What is measured, in a few words, for the player ("Dopamine at the cue"); the metric\'s own label by default.').optional(),
  comparison,
  threshold,
};

const members = [...metricMembers({ ...goal, over: objectiveSpan }), ...derivedMembers(goal)];
type Member = (typeof members)[number];

export const objective = z.discriminatedUnion('metric', members as [Member, ...Member[]])
  .describe('A goal: a metric over a span, or the difference / ratio of two objectives or measures.').meta({ id: 'Objective' });

export type Objective = z.infer<typeof objective>;
