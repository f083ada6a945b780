/** Stars, hints and predictions: pure functions of a level and a run result (no simulation here). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { RunResult } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';
import { awardStars, maxStarsOf } from '../../../src/levels/campaign/stars';
import { unlockedHints } from '../../../src/levels/campaign/hints';
import { checkPrediction, predictionsDue } from '../../../src/levels/campaign/predictions';

const raw = () => JSON.parse(readFileSync(new URL('../../../levels/stdp-pairing.json', import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (data: unknown): Level => {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};

/** A run result with `trials` completed trials and the given objective outcomes. */
function result(trials: number, met: boolean[], simulatedMs = trials * 1000): RunResult {
  return {
    levelId: 'x', seed: 1, dtMs: 1, ticks: simulatedMs, simulatedMs, stopReason: 'trials',
    trials: Array.from({ length: trials }, (_, i) => ({ index: i, session: 'main', phase: 'p', trialInPhase: i, trialType: 't', startTick: i * 1000, endTick: (i + 1) * 1000, metrics: {} })),
    objectives: met.map((m, i) => ({ id: `o${i}`, description: `goal ${i}`, metric: 'meanWeight', comparison: '>', threshold: 1, value: m ? 2 : 0, met: m })),
    phases: [], measures: [], monitors: {}, commandLog: [], rejectedCommands: [], events: {}, stateHash: '0',
  };
}

describe('awardStars', () => {
  const data = raw();
  data.lesson.stars = [{ stars: 1, objectives: 'all' }, { stars: 2, trialsAtMost: 40 }, { stars: 3, trialsAtMost: 25 }];
  const level = load(data);

  it('gives 0 stars and names the missed goal when an objective is not met', () => {
    const award = awardStars(level, result(10, [true, false]));
    expect(award.stars).toBe(0);
    expect(award.reasons).toEqual(['Not yet: goal 1']);
  });
  it('gives 3, 2 or 1 stars by the trials used', () => {
    expect(awardStars(level, result(25, [true])).stars).toBe(3);
    expect(awardStars(level, result(26, [true])).stars).toBe(2);
    expect(awardStars(level, result(40, [true])).stars).toBe(2);
    expect(awardStars(level, result(60, [true])).stars).toBe(1);
    expect(awardStars(level, result(60, [true])).reasons.join(' ')).toContain('60 trials (40 or fewer needed)');
  });
  it('gives 1 star for meeting the goals of a level without star rules', () => {
    expect(awardStars(load(raw()), result(60, [true])).stars).toBe(1);
  });
  it('counts simulated seconds for a level without a timeline', () => {
    const d = raw();
    delete d.timeline;
    d.playerParameters = [];
    d.objectives = [];
    d.lesson.stars = [{ stars: 1 }, { stars: 3, trialsAtMost: 5 }];
    const award = awardStars(load(d), result(0, [], 4500));
    expect(award).toMatchObject({ stars: 3, used: 5, unit: 'seconds' });
    expect(awardStars(load(d), result(0, [], 5001)).stars).toBe(1);
  });
  it('predictionsCorrect: every asked prediction answered right; skipped, wrong or unrecorded answers fail it', () => {
    const d = raw();
    d.lesson.predictions.push({ id: 'late', question: 'q', choices: ['a', 'b'], answer: 0, askedBefore: { trial: 30 }, reveal: 'r' });
    d.lesson.stars = [{ stars: 1 }, { stars: 3, predictionsCorrect: true }];
    const lvl = load(d);
    const run = { ...result(40, [true]), stopReason: 'goal' as const };
    const both = [{ predictionId: 'postFirst', correct: true }, { predictionId: 'late', correct: true }];
    expect(awardStars(lvl, run, both).stars).toBe(3);
    expect(awardStars(lvl, run, [both[0], { predictionId: 'late', correct: false }]).stars).toBe(1);
    const skipped = awardStars(lvl, run, [both[0]]);
    expect(skipped.stars).toBe(1);
    expect(skipped.reasons.join(' ')).toContain('not earned — 1 of 2 predictions right (all needed)');
    expect(awardStars(lvl, run).reasons.join(' ')).toContain('not earned — your predictions were not recorded');
    expect(awardStars(lvl, run).stars).toBe(1);
    // Stopped at the goal after trial 20: the question before trial 30 was never asked, so it is not needed.
    expect(awardStars(lvl, { ...result(20, [true]), stopReason: 'goal' }, [both[0]]).stars).toBe(3);
    // A sketched prediction counts like the others.
    d.lesson.sketchPredictions = [{ id: 'curve', question: 'Sketch the strength.', askedBefore: 'start', sketch: { objective: 'potentiate', yLabel: 'ratio', yMin: 0, yMax: 2 }, reveal: 'r' }];
    const withSketch = load(d);
    expect(awardStars(withSketch, run, both).reasons.join(' ')).toContain('2 of 3 predictions right (all needed)');
    expect(awardStars(withSketch, run, [...both, { predictionId: 'curve', correct: true }]).stars).toBe(3);
    // Still 0 stars when a goal is missed, however good the predictions.
    expect(awardStars(lvl, result(40, [false]), both).stars).toBe(0);
  });
  it('objectiveThresholds: the value must pass the stricter threshold with the objective\'s comparison; rules combine', () => {
    const d = raw();
    d.lesson.stars = [{ stars: 1 }, { stars: 2, objectiveThresholds: [{ objective: 'potentiate', threshold: 1.5, label: 'strength ratio' }] },
      { stars: 3, trialsAtMost: 25, objectiveThresholds: [{ objective: 'potentiate', threshold: 1.5 }] }];
    const lvl = load(d);
    const withValue = (trials: number, value: number): RunResult => {
      const r = result(trials, [true]);
      r.objectives[0] = { ...r.objectives[0], id: 'potentiate', comparison: '>', threshold: 1.3, value };
      return r;
    };
    expect(awardStars(lvl, withValue(20, 1.6)).stars).toBe(3);
    expect(awardStars(lvl, withValue(30, 1.6)).stars).toBe(2);
    expect(awardStars(lvl, withValue(20, 1.5)).stars).toBe(1); // '>' 1.5: exactly 1.5 does not pass
    expect(awardStars(lvl, withValue(20, 1.4)).reasons).toContain('2 stars: not earned — strength ratio: 1.4× (> 1.5× needed).'); // the goal as the objectives panel writes it (goalText)
  });
  it('rejects star conditions that cannot work, with paths', () => {
    const d = raw();
    delete d.lesson.predictions;
    d.lesson.stars = [{ stars: 1, predictionsCorrect: true }, { stars: 2, objectiveThresholds: [{ objective: 'nope', threshold: 2 }] },
      { stars: 3, objectiveThresholds: [{ objective: 'potentiate', threshold: 1.2 }, { objective: 'potentiate', threshold: [1.4, 2] }] }];
    const loaded = loadLevel(d);
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      { path: 'lesson.stars[0].predictionsCorrect', message: 'needs lesson.predictions or lesson.sketchPredictions (the level asks none)' },
      { path: 'lesson.stars[1].objectiveThresholds[0].objective', message: 'unknown objective "nope" (the level has "potentiate")' },
      { path: 'lesson.stars[2].objectiveThresholds[0].threshold', message: 'must be at least as strict as the objective\'s > 1.3, got 1.2' },
      { path: 'lesson.stars[2].objectiveThresholds[1].threshold', message: 'must be a number like objective "potentiate" (">")' },
    ]);
  });
  it('rejects two rules for the same number of stars, with a path', () => {
    const d = raw();
    d.lesson.stars = [{ stars: 1 }, { stars: 1, trialsAtMost: 3 }];
    const loaded = loadLevel(d);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toContain('lesson.stars[1].stars');
  });
});

describe('maxStarsOf', () => {
  it('is the best tier, 1 without tiers, and ignores malformed entries', () => {
    expect(maxStarsOf([{ stars: 1 }, { stars: 3, predictionsCorrect: true }])).toBe(3);
    expect(maxStarsOf([{ stars: 1 }, { stars: 2, trialsAtMost: 10 }])).toBe(2);
    expect(maxStarsOf(undefined)).toBe(1);
    expect(maxStarsOf([{ stars: 7 }, { stars: '3' }, null])).toBe(1);
  });
});

describe('unlockedHints', () => {
  it('plain strings unlock after 1, 2, ... failures in order; objects at their own count', () => {
    const d = raw();
    d.lesson.hints = ['first', { text: 'always', afterFailures: 0 }, 'third', { text: 'late', afterFailures: 5 }];
    const level = load(d);
    expect(unlockedHints(level, 0).map((h) => h.text)).toEqual(['always']);
    expect(unlockedHints(level, 1).map((h) => h.text)).toEqual(['first', 'always']);
    expect(unlockedHints(level, 3).map((h) => h.text)).toEqual(['first', 'always', 'third']);
    expect(unlockedHints(level, 9).map((h) => h.text)).toEqual(['first', 'always', 'third', 'late']);
    expect(unlockedHints(level, Number.NaN).map((h) => h.text)).toEqual(['always']);
  });
  it('old levels (string hints) keep working', () => {
    expect(unlockedHints(load(raw()), 2)).toHaveLength(2);
  });
});

describe('checkPrediction', () => {
  const d = raw();
  d.lesson.predictions = [
    { id: 'order', question: 'Post fires 10 ms before pre. The synapse…', choices: ['grows', 'shrinks', 'stays'], answer: 1, askedBefore: 'start', reveal: 'Post before pre weakens it.' },
    { id: 'later', question: 'Halfway: still shrinking?', choices: ['yes', 'no'], answer: 0, askedBefore: { trial: 30 }, reveal: 'Yes.' },
  ];
  const level = load(d);
  it('records the choice and whether it was right', () => {
    expect(checkPrediction(level, 'order', 1)).toEqual({ ok: true, record: { levelId: 'stdp-pairing', predictionId: 'order', choice: 1, answer: 1, correct: true, reveal: 'Post before pre weakens it.' } });
    const wrong = checkPrediction(level, 'order', 0);
    expect(wrong.ok && wrong.record.correct).toBe(false);
  });
  it('returns errors for unknown ids and bad choices', () => {
    expect(checkPrediction(level, 'nope', 0)).toEqual({ ok: false, error: 'level "stdp-pairing" has no prediction "nope"' });
    expect(checkPrediction(level, 'order', 3).ok).toBe(false);
    expect(checkPrediction(level, 'order', 0.5).ok).toBe(false);
  });
  it('knows when each question is asked', () => {
    expect(predictionsDue(level, 'start').map((p) => p.id)).toEqual(['order']);
    expect(predictionsDue(level, 30).map((p) => p.id)).toEqual(['later']);
    expect(predictionsDue(level, 29)).toEqual([]);
  });
  it('rejects an answer index beyond the choices, with a path', () => {
    const bad = raw();
    bad.lesson.predictions = [{ id: 'p', question: 'q', choices: ['a', 'b'], answer: 2, askedBefore: 'start', reveal: 'r' },
      { id: 'p', question: 'q', choices: ['a', 'b'], answer: 0, askedBefore: { trial: 61 }, reveal: 'r' }];
    const loaded = loadLevel(bad);
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      { path: 'lesson.predictions[1].id', message: 'duplicate prediction id "p"' },
      { path: 'lesson.predictions[0].answer', message: 'must be < the number of choices (2), got 2' },
      { path: 'lesson.predictions[1].askedBefore.trial', message: 'must be ≤ the level\'s 60 trials, got 61' },
    ]);
  });
});
