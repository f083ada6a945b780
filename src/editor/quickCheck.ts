/**
 * The quick headless check: the draft runs for N trials (or its whole run when it has no trials),
 * and each objective's value per trial becomes a learning curve, with whether the objective is met
 * at the end. Pure: the page runs it in a worker (src/app/editor/quickCheckWorker.ts).
 */
import type { LevelError } from '../levels/errors';
import { loadLevel } from '../levels/loadLevel';
import { runLevel } from '../levels/runLevel';

export interface ObjectiveCurve {
  readonly id: string;
  /** What is measured, in words (the objective's label or description). */
  readonly label: string;
  readonly comparison: string;
  readonly threshold: number | readonly [number, number];
  /** The objective's metric over each trial (null: not measured on that trial). */
  readonly perTrial: readonly (number | null)[];
  /** The objective's value at the end of the check, and whether it is met. */
  readonly value: number | null;
  readonly met: boolean;
}

/** What a check that ran gives: the curves, or why the level could not run. */
export type QuickCheckOutcome =
  | { readonly ok: true; readonly trials: number; readonly simulatedMs: number; readonly curves: readonly ObjectiveCurve[] }
  | { readonly ok: false; readonly errors: readonly LevelError[] };

/** A check a newer one replaced before it finished: nothing to show (the newer one reports). */
export interface SupersededCheck { readonly ok: false; readonly superseded: true }

/** What the page's check gives: an outcome, or superseded. */
export type QuickCheckResult = QuickCheckOutcome | SupersededCheck;

export const SUPERSEDED_CHECK: SupersededCheck = Object.freeze({ ok: false, superseded: true });

export const isSuperseded = (result: QuickCheckResult): result is SupersededCheck => !result.ok && 'superseded' in result;

/** Most trials one check may run (the page's worker stays responsive; a full run is Play). */
export const MAX_CHECK_TRIALS = 5000;

/** The trials a draft's timeline runs (the sum over its phases), or null without a readable count. */
export function draftTrialCount(draft: unknown): number | null {
  const sessions = (draft as { timeline?: { sessions?: unknown } } | null)?.timeline?.sessions;
  if (!Array.isArray(sessions)) return null;
  let total = 0;
  for (const session of sessions) {
    const phases = (session as { phases?: unknown } | null)?.phases;
    if (!Array.isArray(phases)) continue;
    for (const phase of phases) {
      const trials = (phase as { trials?: unknown } | null)?.trials;
      if (typeof trials === 'number' && Number.isFinite(trials) && trials > 0) total += trials;
    }
  }
  return total > 0 ? total : null;
}

export function runQuickCheck(draft: unknown, trials: number, assets?: ReadonlyMap<string, Uint8Array>): QuickCheckOutcome {
  const loaded = loadLevel(draft);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const level = loaded.level;
  const count = Math.max(1, Math.min(MAX_CHECK_TRIALS, Math.round(trials)));
  const outcome = runLevel(level, { ...(level.timeline ? { trials: count } : {}), ...(assets ? { assets } : {}) });
  if (!outcome.ok) return { ok: false, errors: outcome.errors };
  const { result } = outcome;
  const curves = level.objectives.map((objective, i): ObjectiveCurve => {
    const end = result.objectives[i];
    return {
      id: objective.id,
      label: objective.label ?? objective.description,
      comparison: objective.comparison,
      threshold: objective.threshold as number | [number, number],
      perTrial: result.trials.map((trial) => {
        const value = trial.metrics[objective.id];
        return value === undefined || value === null || !Number.isFinite(value) ? null : value;
      }),
      value: end?.value ?? null,
      met: end?.met ?? false,
    };
  });
  return { ok: true, trials: result.trials.length, simulatedMs: result.simulatedMs, curves };
}
