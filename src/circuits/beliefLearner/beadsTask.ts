/**
 * The beads task (Huq, Garety & Hemsley 1988; Garety et al. 1991): beads are drawn one at a time
 * from one of two jars, one mostly blue and one mostly orange (85:15), and the observer says which
 * jar it is whenever it feels sure enough. The observer is Bayesian except for one parameter, the
 * gain on each bead's evidence (Moutoussis et al. 2011 fit sampling decisions with such models):
 * gain 1 is the exact update, a larger gain over-weights each bead. It decides when its posterior
 * for either jar reaches the threshold, or by the evidence so far at the last bead allowed.
 */

export interface BeadsSettings {
  /** Share of the jar's own colour in it (0.85 in the 85:15 version). */
  readonly majorityShare: number;
  /** Posterior for one jar at which the observer decides (0.5-1). */
  readonly decisionThreshold: number;
  /** Beads the observer may draw before it must decide. */
  readonly maxBeads: number;
}

/** One game's outcome for one observer. */
export interface BeadsDecision {
  /** Beads drawn before deciding (1 to maxBeads). */
  beadsDrawn: number;
  /** +1: it chose the mostly-blue jar; −1: the mostly-orange one. */
  choice: number;
}

/** The log-odds one bead is worth to an exact Bayesian observer: ln(q / (1 − q)). */
export function beadEvidence(majorityShare: number): number {
  return Math.log(majorityShare / (1 - majorityShare));
}

/** The posterior for the mostly-blue jar at log-odds L. */
export function blueJarBelief(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/**
 * Draws a game: the jar (+1 blue, −1 orange, equally likely) and maxBeads beads from it, each +1
 * (blue) or −1 (orange). Every game draws the same number of values, so the sequence of games is
 * the same whatever the observers do (both learners see the same beads).
 */
export function drawBeadsGame(settings: BeadsSettings, uniform: () => number, beads: Float64Array): number {
  const jar = uniform() < 0.5 ? 1 : -1;
  for (let n = 0; n < settings.maxBeads; n++) beads[n] = uniform() < settings.majorityShare ? jar : -jar;
  return jar;
}

/**
 * An observer with belief-update gain `gain` plays the drawn beads; its posterior for the blue jar
 * after each bead goes to `belief` (entries after its decision are left as they are).
 */
export function playBeadsGame(settings: BeadsSettings, gain: number, beads: Float64Array, belief: Float64Array, out: BeadsDecision): BeadsDecision {
  const step = gain * beadEvidence(settings.majorityShare);
  const bound = Math.log(settings.decisionThreshold / (1 - settings.decisionThreshold));
  let logOdds = 0;
  for (let n = 0; n < settings.maxBeads; n++) {
    logOdds += step * beads[n];
    belief[n] = blueJarBelief(logOdds);
    if (Math.abs(logOdds) >= bound || n === settings.maxBeads - 1) {
      out.beadsDrawn = n + 1;
      // At the last bead with no evidence either way it goes with the last bead's colour.
      out.choice = logOdds > 0 ? 1 : logOdds < 0 ? -1 : beads[n];
      return out;
    }
  }
  return out;
}
