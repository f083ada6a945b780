/**
 * Whether a level a results file carries is a built-in level as a player could have set it: the
 * built-in with the carried values of its player parameters applied (each within its slider range)
 * must hash as the carried level does. Anything else (a changed rule, objective, range or parameter
 * list) is a changed copy, and a run on it says nothing about the built-in level.
 */
import { lookupNumber } from '../paths';
import { applyPlayerSetting } from '../playerSettings';
import type { Level } from '../schema/level';
import { levelContentHash } from './contentHash';

export type SameLevel = { same: true; level: Level } | { same: false };

/** The built-in with the carried level's settings (the level to replay), or same: false for a changed copy. */
export function sameAsBuiltIn(carried: Level, builtIn: Level): SameLevel {
  let rebuilt = builtIn;
  for (const parameter of builtIn.playerParameters) {
    const carriedValue = lookupNumber(carried, parameter.path);
    if (!carriedValue.ok) return { same: false };
    const builtInValue = lookupNumber(rebuilt, parameter.path);
    if (builtInValue.ok && builtInValue.value === carriedValue.value) continue;
    const changed = applyPlayerSetting(rebuilt, parameter.path, carriedValue.value);
    if (!changed.ok) return { same: false };
    rebuilt = changed.level;
  }
  return levelContentHash(rebuilt) === levelContentHash(carried) ? { same: true, level: rebuilt } : { same: false };
}
