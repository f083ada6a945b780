/** Objectives: goals measured by a metric, compared with a threshold over a span of the run. */
import { z } from 'zod';
import { id, int, text, timeMs } from './common';
import { comparison, threshold, withMetric } from './metrics';

const inPhase = id('Only count trials of this timeline phase (e.g. "extinction"); without it, trials of every phase.').optional();

export const objectiveSpan = z.union([
  z.strictObject({ lastTrials: int(1, 1_000_000, 'Measure over the last N trials of the timeline.'), phase: inPhase }),
  z.strictObject({ firstTrials: int(1, 1_000_000, 'Measure over the first N trials (e.g. how fast the player got there).'), phase: inPhase }),
  z.strictObject({ allTrials: z.literal(true).describe('Measure over all trials.'), phase: inPhase }),
  z.strictObject({
    window: z.strictObject({
      startMs: timeMs('Start of the window in ms from the start of the run.'),
      endMs: timeMs('End of the window in ms.'),
    }),
  }),
]).describe('Which part of the run is measured.');

export const objective = withMetric({
  id: id('Id of this objective.'),
  description: text(500, 'What the player is asked to achieve (plain text).'),
  comparison,
  threshold,
  over: objectiveSpan,
}, 'A goal.').meta({ id: 'Objective' });

export type Objective = z.infer<typeof objective>;
