/** Objectives: each level goal's metric over its span, compared with its threshold; measures: their values. */
import { compare } from '../../sim/timeline/measures';
import type { Level } from '../schema/level';
import { finiteOrNull } from '../metrics/levelRecorder';
import type { LevelRun } from '../spawn/levelRun';

export interface ObjectiveOutcome {
  id: string;
  description: string;
  metric: string;
  comparison: string;
  threshold: number | [number, number];
  /** The measured value, or null when its span was not reached (then met is false). */
  value: number | null;
  met: boolean;
}

export function evaluateObjectives(level: Level, run: LevelRun): ObjectiveOutcome[] {
  return level.objectives.map((objective, i) => {
    const value = run.recorder.objectiveValue(run.world, i);
    const threshold = Array.isArray(objective.threshold) ? [objective.threshold[0], objective.threshold[1]] as [number, number] : objective.threshold as number;
    return {
      id: objective.id,
      description: objective.description,
      metric: objective.metric,
      comparison: objective.comparison,
      threshold,
      value: finiteOrNull(value),
      met: compare(value, objective.comparison, threshold),
    };
  });
}

export interface MeasureOutcome {
  id: string;
  metric: string;
  /** The measured value over the measure's span, or null when undefined. */
  value: number | null;
}

export function evaluateMeasures(level: Level, run: LevelRun): MeasureOutcome[] {
  return level.measures.map((measure, i) => ({ id: measure.id, metric: measure.metric, value: finiteOrNull(run.recorder.measureValue(run.world, i)) }));
}
