/**
 * Predict-then-run: the player commits to a choice before the run; afterwards the level shows the
 * answer and its reveal text next to the choice. The record is what the progress store keeps.
 */
import type { Prediction } from '../schema/lesson';
import type { Level } from '../schema/level';

export interface PredictionRecord {
  levelId: string;
  predictionId: string;
  choice: number;
  answer: number;
  correct: boolean;
  reveal: string;
}

export type PredictionCheck = { ok: true; record: PredictionRecord } | { ok: false; error: string };

export function findPrediction(level: Level, predictionId: string): Prediction | undefined {
  return level.lesson?.predictions?.find((p) => p.id === predictionId);
}

/** Checks a player's choice against the level's prediction; bad ids or choices give an error, never a throw. */
export function checkPrediction(level: Level, predictionId: string, choice: number): PredictionCheck {
  const prediction = findPrediction(level, predictionId);
  if (!prediction) return { ok: false, error: `level "${level.id}" has no prediction "${predictionId}"` };
  if (!Number.isInteger(choice) || choice < 0 || choice >= prediction.choices.length) {
    return { ok: false, error: `choice must be an integer from 0 to ${prediction.choices.length - 1}, got ${String(choice)}` };
  }
  return { ok: true, record: { levelId: level.id, predictionId, choice, answer: prediction.answer, correct: choice === prediction.answer, reveal: prediction.reveal } };
}

/** The predictions to ask before the given trial (1-based; 0 or 'start' means before the level starts). */
export function predictionsDue(level: Level, before: 'start' | number): Prediction[] {
  return (level.lesson?.predictions ?? []).filter((p) => (p.askedBefore === 'start' ? before === 'start' || before === 0 : p.askedBefore.trial === before));
}
