/**
 * Reading the map as an electrophysiologist does (Merzenich et al. 1984): touch each spot of each
 * input group in turn, record every unit's response, and call a unit's preferred group the one that
 * drives it most, provided that response reaches a criterion (else the unit is unresponsive, −1).
 * Then the numbers the levels and tests score: how much of a silenced group's former territory now
 * answers to another group (and to its neighbours in the list), and whether the map is still ordered.
 * Pure functions on flat arrays; the caller owns all scratch memory.
 */
import { driveUnits, silenceChannels, touchPattern } from './mapKernel';

/** Where each input group's channels lie in the channel vector. */
export interface ChannelGroups {
  readonly first: Int32Array;
  readonly count: Int32Array;
}

/**
 * responses[i·groups + g] = the largest drive of unit i over probe touches centred on each channel
 * of group g (silent channels send nothing; pass an all-zero `silent` for the intact map).
 */
export function probeResponses(
  weights: Float64Array, units: number, groups: ChannelGroups, silent: Uint8Array, widthChannels: number,
  x: Float64Array, h: Float64Array, responses: Float64Array,
): void {
  const groupCount = groups.first.length;
  responses.fill(0);
  for (let g = 0; g < groupCount; g++) {
    for (let k = 0; k < groups.count[g]; k++) {
      touchPattern(x, groups.first[g], groups.count[g], k + 0.5, widthChannels);
      silenceChannels(x, silent);
      driveUnits(weights, x, units, h);
      for (let i = 0; i < units; i++) if (h[i] > responses[i * groupCount + g]) responses[i * groupCount + g] = h[i];
    }
  }
}

/** pref[i] = the group with the largest response if it reaches `criterion`, else −1. */
export function preferredGroups(responses: Float64Array, units: number, groupCount: number, criterion: number, pref: Int32Array): void {
  for (let i = 0; i < units; i++) {
    let best = -1;
    let bestResponse = criterion;
    for (let g = 0; g < groupCount; g++) {
      const response = responses[i * groupCount + g];
      if (response >= bestResponse) { bestResponse = response; best = g; }
    }
    pref[i] = best;
  }
}

/** Mean over units of their largest response: the reference a criterion is a fraction of. */
export function meanBestResponse(responses: Float64Array, units: number, groupCount: number): number {
  let sum = 0;
  for (let i = 0; i < units; i++) {
    let best = 0;
    for (let g = 0; g < groupCount; g++) best = Math.max(best, responses[i * groupCount + g]);
    sum += best;
  }
  return units > 0 ? sum / units : 0;
}

/** What became of a silenced group's former territory. */
export interface Recruitment {
  /** Units that preferred a silenced group before the loss. */
  readonly formerUnits: number;
  /** Fraction of them that now prefer a group that still sends input (0 when there were none). */
  readonly recruited: number;
  /** Fraction of them that now prefer a group next to a silenced one in the list (a neighbouring digit). */
  readonly byNeighbours: number;
}

/** Compares the map before the loss (`before`) with now (`now`); `silencedGroup[g]` is 1 for a silenced group. */
export function recruitment(before: Int32Array, now: Int32Array, silencedGroup: Uint8Array): Recruitment {
  let former = 0;
  let recruited = 0;
  let neighbours = 0;
  const groupCount = silencedGroup.length;
  for (let i = 0; i < before.length; i++) {
    const g = before[i];
    if (g < 0 || silencedGroup[g] !== 1) continue;
    former++;
    const p = now[i];
    if (p < 0 || silencedGroup[p] === 1) continue;
    recruited++;
    const left = p > 0 && silencedGroup[p - 1] === 1;
    const right = p < groupCount - 1 && silencedGroup[p + 1] === 1;
    if (left || right) neighbours++;
  }
  return { formerUnits: former, recruited: former > 0 ? recruited / former : 0, byNeighbours: former > 0 ? neighbours / former : 0 };
}

/** How orderly the map is along the sheet (unresponsive units are skipped). */
export interface MapOrder {
  /** Fraction of neighbouring responsive units whose preferred groups do not go backwards (1: monotonic). */
  readonly monotonic: number;
  /** Patches beyond one per group present (0: every group holds one unbroken stretch, no interleaving). */
  readonly extraPatches: number;
}

export function mapOrder(pref: Int32Array, groupCount: number, seen: Uint8Array): MapOrder {
  seen.fill(0);
  let pairs = 0;
  let forward = 0;
  let runs = 0;
  let distinct = 0;
  let previous = -1;
  for (let i = 0; i < pref.length; i++) {
    const p = pref[i];
    if (p < 0) continue;
    if (previous >= 0) {
      pairs++;
      if (p >= previous) forward++;
    }
    if (p !== previous) runs++;
    if (seen[p] === 0 && p < groupCount) { seen[p] = 1; distinct++; }
    previous = p;
  }
  return { monotonic: pairs > 0 ? forward / pairs : 1, extraPatches: runs - distinct };
}
