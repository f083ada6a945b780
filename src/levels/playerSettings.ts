/**
 * Changing a level parameter the way a player does: only a path the level lists under
 * playerParameters, only within its [min, max], and the changed level is validated again.
 */
import { loadLevel } from './loadLevel';
import { withNumberAt } from './paths';
import { gotParams, type LevelError, type LevelErrorCode } from './errors';
import type { Level } from './schema';

export type SettingResult = { ok: true; level: Level } | { ok: false; errors: LevelError[] };

export function applyPlayerSetting(level: Level, path: string, value: number): SettingResult {
  const allowed = level.playerParameters.find((parameter) => parameter.path === path);
  if (!allowed) {
    const known = level.playerParameters.map((parameter) => `"${parameter.path}"`).join(', ') || 'none';
    return fail(path, `is not a parameter the player may change (allowed: ${known})`, 'notPlayerParameter', {});
  }
  if (!Number.isFinite(value)) return fail(path, `must be a finite number, got ${String(value)}`, 'notFinite', gotParams(value));
  if (value < allowed.min || value > allowed.max) return fail(path, `must be within [${allowed.min}, ${allowed.max}], got ${value}`, 'outsideRange', { min: allowed.min, max: allowed.max, ...gotParams(value) });
  const changed = withNumberAt(level, path, value);
  if (!changed.ok) return fail(path, changed.reason);
  const reloaded = loadLevel(changed.level);
  return reloaded.ok ? { ok: true, level: reloaded.level } : { ok: false, errors: reloaded.errors };
}

/** Parses "path=value" as written on a command line. */
export function parseSetting(text: string): { ok: true; path: string; value: number } | { ok: false; errors: LevelError[] } {
  const equals = text.indexOf('=');
  if (equals <= 0) return fail(text, 'expected path=value');
  const path = text.slice(0, equals).trim();
  const raw = text.slice(equals + 1).trim();
  const value = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) return fail(path, `value must be a finite number, got "${raw}"`);
  return { ok: true, path, value };
}

function fail(path: string, message: string, code?: LevelErrorCode, params?: LevelError['params']): { ok: false; errors: LevelError[] } {
  return { ok: false, errors: [{ path, message, ...(code === undefined ? {} : { code, params: params ?? {} }) }] };
}
