/**
 * Checking (the idea behind Hauser et al. 2017 and Vaghi et al. 2017; the enlarged error-related
 * negativity of Gehring, Himle & Nisenson 2000 and Endrass & Ullsperger 2014): after an action (a
 * door locked) the agent feels a doubt d = 1 that it went wrong, and an error response of size
 * gain·d. It checks again while that response is above the stop threshold. A clear successful check
 * shrinks the doubt by the update from success, d ← d·(1 − u); an unclear check leaves it; finding
 * the action failed (it is redone) sets d back to 1. A normal agent stops after one or two
 * successful checks; an oversized error response (large gain) that a success barely shrinks
 * (small u) keeps it checking.
 */

export interface CheckingSettings {
  /** The agent stops checking when its error response is at or below this. */
  readonly stopThreshold: number;
  /** Most checks in one episode. */
  readonly maxChecks: number;
  /** Chance the action failed (found at the first check and redone). */
  readonly failureProbability: number;
  /** Chance a check is unclear (it leaves the doubt as it was). */
  readonly unclearProbability: number;
}

/** One episode's world: draws[0] < failureProbability means the action failed; draws[1 + k] decides whether check k is unclear. */
export function drawCheckingEpisode(settings: CheckingSettings, uniform: () => number, draws: Float64Array): void {
  for (let k = 0; k <= settings.maxChecks; k++) draws[k] = uniform();
}

/**
 * One agent's episode: the error response after each check goes to `responses` (from `at`); returns
 * the number of checks made.
 */
export function playCheckingEpisode(settings: CheckingSettings, gain: number, successUpdate: number, draws: Float64Array, responses: Float64Array, at: number): number {
  let doubt = 1;
  let failed = draws[0] < settings.failureProbability;
  let checks = 0;
  while (checks < settings.maxChecks && gain * doubt > settings.stopThreshold) {
    const unclear = draws[1 + checks] < settings.unclearProbability;
    if (failed) {
      failed = false;
      doubt = 1;
    } else if (!unclear) {
      doubt *= 1 - successUpdate;
    }
    responses[at + checks] = gain * doubt;
    checks++;
  }
  return checks;
}
