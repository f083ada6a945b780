/**
 * Lesson text and the campaign's per-level rules (stars, hints, predictions). Plain strings: the
 * UI shows them as text, never as HTML. Every campaign field is optional, so older level files load
 * unchanged; src/levels/campaign holds the pure logic that reads them.
 */
import { z } from 'zod';
import { id, int, num, text } from './common';
import { threshold as objectiveThreshold } from './metrics';

/** A hint: a plain string (unlocked after 1, 2, 3, ... failed attempts, in order) or text with its own unlock count. */
export const hint = z.union([
  text(2_000, 'A hint, unlocked after as many failed attempts as its position in the list (1 for the first).')
    .meta({ title: 'Text, unlocked by its place in the list' }),
  z.strictObject({
    text: text(2_000, 'The hint.'),
    afterFailures: int(0, 1_000, 'Failed attempts after which the hint is shown (0: shown from the start).'),
  }).describe('A hint with its own unlock count.').meta({ title: 'Text with its own unlock count' }),
]).describe('A hint.');

/** A stricter threshold for one objective: the objective's value must pass it with the objective's own comparison. */
export const starObjectiveThreshold = z.strictObject({
  objective: id('Id of one of the level\'s objectives.'),
  threshold: objectiveThreshold,
  label: text(80, 'What is measured, in a few words, for the player (e.g. "blink peak, ms after the tone"); the objective id by default.').optional(),
}).describe('The objective\'s value must also pass this threshold, compared the objective\'s own way (a number, or [lo, hi] inside the objective\'s own range for "between").');

/** One star tier. A tier is earned when all the level\'s objectives are met and every condition it names holds. */
export const starRule = z.strictObject({
  stars: int(1, 3, 'Stars earned when this rule holds (the best rule that holds counts).'),
  objectives: z.literal('all').optional().describe('Every objective of the level must be met (always required; stated for clarity).'),
  trialsAtMost: int(1, 10_000_000, 'At most this many trials used: the completed trials of the run (for a level without trials, whole simulated seconds).').optional(),
  predictionsCorrect: z.literal(true).optional().describe('Every prediction the level asked during the run (multiple choice or sketch) was answered correctly (a skipped or wrong answer fails it). Needs lesson.predictions or lesson.sketchPredictions.'),
  objectiveThresholds: z.array(starObjectiveThreshold).min(1).max(10).optional().describe('Objectives met by a wider margin: each value must also pass a stricter threshold.'),
}).describe('How stars are earned: every condition the rule names must hold.');

const askedBefore = z.union([
  z.literal('start').describe('Asked before the level starts.').meta({ title: 'Before the level starts' }),
  z.strictObject({ trial: int(1, 10_000_000, 'Asked before this trial (1-based) runs.') }).meta({ title: 'Before a given trial' }),
]).describe('When the question is asked.');

const afterAnswer = z.enum(['resume', 'pause'])
  .describe('What the level does after the question: Resume plays on (a start question: the run begins; a later one: at the speed it had, fast-forward included); Pause stays paused until the player presses Play, for a question that leads into something the player does (a lesion, a drug, a change of setting).')
  .meta({ title: 'After the answer' })
  .optional();

export const prediction = z.strictObject({
  id: id('Id of the prediction (recorded in the player\'s progress).'),
  question: text(1_000, 'The question asked before the run.'),
  choices: z.array(text(500, 'A choice.')).min(2).max(8).describe('The answers the player picks from.'),
  answer: int(0, 7, 'Which choice is correct, counted from 0: the first choice is 0, the second 1, and so on.'),
  askedBefore,
  afterAnswer,
  reveal: text(2_000, 'Shown with the result, next to the player\'s prediction: why the answer is what it is.'),
}).describe('A prediction the player commits to before running.');

/** Most control points a sketch may have (the progress record stores at most 64 numbers). */
export const MAX_SKETCH_POINTS = 64;

/**
 * A prediction drawn on a plot: the player sketches how an objective's per-trial value will evolve
 * over the level's trials (a learning curve), then sees the run's curve next to it. Scored by
 * src/levels/campaign/sketch.ts. A separate list from the multiple-choice `predictions`, so a level
 * file that has only those loads unchanged and code that reads them keeps working.
 */
/** The x axis's label when a level names none; the page shows it in the player's language (sketchAxes). */
export const DEFAULT_SKETCH_X_LABEL = 'Trial';

export const sketchPrediction = z.strictObject({
  id: id('Id of the prediction (recorded in the player\'s progress; unique among all the level\'s predictions).'),
  question: text(1_000, 'What to draw, e.g. "Sketch how strongly the dopamine neurons fire at the tone, trial by trial."'),
  askedBefore,
  afterAnswer,
  sketch: z.strictObject({
    objective: id('The objective whose per-trial value is plotted (its value in each trial, as the learning curve shows it).'),
    xLabel: text(100, 'Label of the x axis (trials, renditions, ...).').default(DEFAULT_SKETCH_X_LABEL),
    yLabel: text(100, 'Label of the y axis (what the objective measures).'),
    yUnit: text(20, 'Unit shown after y values ("Hz", "%").').optional(),
    yMin: num(-1_000_000, 1_000_000, 'Bottom of the y axis (in the objective\'s unit).'),
    yMax: num(-1_000_000, 1_000_000, 'Top of the y axis (in the objective\'s unit); must be above yMin.'),
    fromTrial: int(1, 10_000_000, 'First trial (1-based) on the x axis; the level\'s first trial by default.').optional(),
    toTrial: int(2, 10_000_000, 'Last trial on the x axis (a part of the run, e.g. the end of extinction and relearning); the level\'s last trial by default.').optional(),
    points: int(4, MAX_SKETCH_POINTS, 'Control points the player moves, evenly spaced from the first trial on the x axis to the last.').default(10),
    closeEnough: num(0.05, 1, 'Score (0-1) from which the sketch counts as right; see sketch.ts for the formula.').default(0.5),
  }).describe('The plot the player draws on.'),
  reveal: text(2_000, 'Shown with the result, next to the sketch and the actual curve: why the curve has this shape.'),
}).describe('A prediction the player sketches on a plot before running.');

export const lesson = z.strictObject({
  intro: text(20_000, 'Shown before the level starts.'),
  goal: text(2_000, 'One or two sentences: what to do.'),
  hints: z.array(hint).max(50).default([]).describe('Hints, unlocked one at a time after failed attempts.'),
  explanation: text(20_000, 'Shown after the level: what happened and why.').default(''),
  whatHappened: text(20_000, 'The "what just happened" card after the run: ties the result to the biology (plain text).').optional(),
  teacherNotes: text(20_000, 'Notes for teachers (background, misconceptions, questions).').default(''),
  stars: z.array(starRule).min(1).max(3).optional().describe('Star tiers; without them, meeting every objective earns 1 star.'),
  starsCountFrom: z.enum(['firstChange', 'start']).optional().describe('Whether watching is free on the page. First change (the default): the player\'s first change of a setting or command after at least one trial restarts the level from its start with that change in force, so the watched trials never count and the counted run is the headless one. Start: no restart, every trial counts, for a level whose stars measure when the player acts mid-run (lesion as soon as training ends).'),
  predictions: z.array(prediction).max(20).optional().describe('Predict-then-run questions.'),
  sketchPredictions: z.array(sketchPrediction).max(10).optional().describe('Predict-then-run questions answered by sketching a curve on a plot.'),
}).describe('The lesson around the level.');

export type Lesson = z.infer<typeof lesson>;
export type Hint = z.infer<typeof hint>;
export type StarRule = z.infer<typeof starRule>;
export type Prediction = z.infer<typeof prediction>;
export type SketchPrediction = z.infer<typeof sketchPrediction>;
