/**
 * Measures: quantities recorded like objectives (per trial in the results' trials[].metrics, and over
 * their span in results.measures) but with no goal: what a lab records beside what it tests.
 */
import { z } from 'zod';
import { id, text } from './common';
import { metricMembers } from './metrics';
import { derivedMembers } from './derived';
import { objectiveSpan } from './objectives';

const recorded = {
  id: id('Id of this measure (unique among objectives and measures).'),
  description: text(500, 'What it records (plain text).').optional(),
  label: text(60, 'What is measured, in a few words, for the player; the metric\'s own label by default.').optional(),
};

const members = [...metricMembers({ ...recorded, over: objectiveSpan }), ...derivedMembers(recorded)];
type Member = (typeof members)[number];

export const measure = z.discriminatedUnion('metric', members as [Member, ...Member[]])
  .describe('A recorded quantity without a goal: a metric over a span, or the difference / ratio of two objectives or measures.').meta({ id: 'Measure' });

export type Measure = z.infer<typeof measure>;
