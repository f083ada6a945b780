/** Lesson text. Plain strings: the UI shows them as text, never as HTML. */
import { z } from 'zod';
import { text } from './common';

export const lesson = z.strictObject({
  intro: text(20_000, 'Shown before the level starts.'),
  goal: text(2_000, 'One or two sentences: what to do.'),
  hints: z.array(text(2_000, 'A hint.')).max(50).default([]).describe('Hints, revealed one at a time.'),
  explanation: text(20_000, 'Shown after the level: what happened and why.').default(''),
  teacherNotes: text(20_000, 'Notes for teachers (background, misconceptions, questions).').default(''),
}).describe('The lesson around the level.');

export type Lesson = z.infer<typeof lesson>;
