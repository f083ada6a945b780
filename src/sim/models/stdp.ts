/**
 * Pair-based spike-timing-dependent plasticity (Bi & Poo 1998; Song, Miller & Abbott 2000;
 * van Rossum, Bi & Turrigiano 2000 for the weight-dependent form). Pure functions: the analytic
 * window and an event-driven reference over whole spike trains, which the online trace system
 * (plasticity/applyStdp.ts) must reproduce on the dt grid.
 *
 * Δt = t_post − t_pre (ms). Δt ≥ 0: Δw = A₊·exp(−Δt/τ₊); Δt < 0: Δw = A₋·exp(Δt/τ₋) (A₋ < 0).
 * A pair in the same tick (Δt = 0) counts as potentiation: the pre spike is taken to cause the post.
 */

export interface StdpWindowParams {
  aPlus: number;
  aMinus: number;
  tauPlusMs: number;
  tauMinusMs: number;
}

/** Weight change of one isolated pre/post pair, Δt = t_post − t_pre in ms. */
export function stdpWindow(deltaTMs: number, p: StdpWindowParams): number {
  return deltaTMs >= 0 ? p.aPlus * Math.exp(-deltaTMs / p.tauPlusMs) : p.aMinus * Math.exp(deltaTMs / p.tauMinusMs);
}

export interface StdpTrainParams extends StdpWindowParams {
  pairing: 'allToAll' | 'nearest';
}

/**
 * Additive, unbounded Δw of a whole pre and post spike train, computed event by event from spike
 * times (ms, ascending): every post spike pairs with the earlier-or-simultaneous pre spikes, every pre
 * spike with the strictly earlier post spikes. allToAll sums all pairs; nearest takes only the most
 * recent partner (traces reset to 1 rather than add 1).
 */
export function stdpTrainChange(preTimesMs: readonly number[], postTimesMs: readonly number[], p: StdpTrainParams): number {
  let dw = 0;
  for (const tPost of postTimesMs) {
    let nearestPre = -Infinity;
    for (const tPre of preTimesMs) {
      if (tPre > tPost) break;
      if (p.pairing === 'allToAll') dw += stdpWindow(tPost - tPre, p);
      nearestPre = tPre;
    }
    if (p.pairing === 'nearest' && nearestPre > -Infinity) dw += stdpWindow(tPost - nearestPre, p);
  }
  for (const tPre of preTimesMs) {
    let nearestPost = -Infinity;
    for (const tPost of postTimesMs) {
      if (tPost >= tPre) break;
      if (p.pairing === 'allToAll') dw += stdpWindow(tPost - tPre, p);
      nearestPost = tPost;
    }
    if (p.pairing === 'nearest' && nearestPost > -Infinity) dw += stdpWindow(nearestPost - tPre, p);
  }
  return dw;
}

/** Amplitude factor of a modulated rule: 1 + gain·level, never negative. */
export function modulationFactor(gain: number, level: number): number {
  const f = 1 + gain * level;
  return f > 0 ? f : 0;
}
