/**
 * Exact outcome distributions of the belief learners' beads and checking tasks, computed from the
 * tasks' rules as Markov chains (not by playing games), so the signature tests can compare what the
 * levels' runs measure with what the rules imply: a learner that drifts from these numbers has a
 * model that does something other than docs/model.md says.
 */

/** Mean, variance and shares of one exact outcome distribution. */
export interface Exact {
  /** Expected beads drawn (beads) or checks made (checking). */
  readonly mean: number;
  /** Their variance. */
  readonly variance: number;
}

export interface ExactBeads extends Exact {
  /** P(decided after 1 or 2 beads). */
  readonly jumpShare: number;
  /** P(chose the wrong jar). */
  readonly wrongShare: number;
  /** How many more beads of one colour than the other the learner needs to decide (its bound in beads). */
  readonly netBeads: number;
}

/**
 * The beads task as a random walk of the net count of beads of the true jar's colour (each bead +1
 * with probability q, −1 otherwise): a learner with gain g decides at |net| = k, the fewest beads
 * whose evidence k·g·ln(q/(1 − q)) reaches ln(θ/(1 − θ)), or at the last bead by the sign of net
 * (a tie by the last bead's colour).
 */
export function exactBeads(q: number, gain: number, threshold: number, maxBeads: number): ExactBeads {
  const perBead = gain * Math.log(q / (1 - q));
  const bound = Math.log(threshold / (1 - threshold));
  let k = 1;
  while (k * perBead < bound) k++;
  // mass[net + k] over −k < net < k: the games still undecided.
  let mass = new Float64Array(2 * k + 1);
  mass[k] = 1;
  let mean = 0, second = 0, jump = 0, wrong = 0;
  for (let t = 1; t <= maxBeads; t++) {
    const next = new Float64Array(2 * k + 1);
    let wrongAtTie = 0;
    for (let n = -k + 1; n < k; n++) {
      const p = mass[n + k];
      if (p === 0) continue;
      next[n + 1 + k] += p * q;
      next[n - 1 + k] += p * (1 - q);
      if (n === 1) wrongAtTie += p * (1 - q); // the last bead was the wrong colour
    }
    const decidedRight = next[2 * k];
    const decidedWrong = next[0];
    let stop = decidedRight + decidedWrong;
    wrong += decidedWrong;
    if (t === maxBeads) {
      for (let n = -k + 1; n < k; n++) {
        stop += next[n + k];
        if (n < 0) wrong += next[n + k];
      }
      wrong += wrongAtTie;
    }
    mean += t * stop;
    second += t * t * stop;
    if (t <= 2) jump += stop;
    next[0] = 0;
    next[2 * k] = 0;
    mass = next;
  }
  return { mean, variance: second - mean * mean, jumpShare: jump, wrongShare: wrong, netBeads: k };
}

export interface CheckingRules {
  readonly stopThreshold: number;
  readonly maxChecks: number;
  readonly failureProbability: number;
  readonly unclearProbability: number;
}

export interface ExactChecks extends Exact {
  /** P(the episode reached maxChecks). */
  readonly limitShare: number;
  /** Clear successful checks that bring gain·(1 − u)^m to the stop threshold. */
  readonly clearChecksNeeded: number;
}

/**
 * Checks per episode as a negative binomial: without a failure the learner checks until its m-th
 * clear check (each clear with probability 1 − c); a failure costs one more check first; at most
 * maxChecks. P(N = n) = C(n − 1, m − 1)(1 − c)^m c^(n − m) for the checks after the failure check.
 */
export function exactChecks(rules: CheckingRules, gain: number, successUpdate: number): ExactChecks {
  if (gain <= rules.stopThreshold) return { mean: 0, variance: 0, limitShare: 0, clearChecksNeeded: 0 };
  // ln form: m is the smallest integer with m·ln(1 − u) ≤ ln(θ/g).
  const m = successUpdate >= 1 ? 1 : Math.ceil(Math.log(rules.stopThreshold / gain) / Math.log(1 - successUpdate) - 1e-12);
  const clear = 1 - rules.unclearProbability;
  const M = rules.maxChecks;
  /** P(the m-th clear check is check n), n ≥ m. */
  const negBinomial = (n: number): number => binomial(n - 1, m - 1) * clear ** m * rules.unclearProbability ** (n - m);
  let mean = 0, second = 0, limit = 0;
  for (const [extra, weight] of [[0, 1 - rules.failureProbability], [1, rules.failureProbability]] as const) {
    let below = 0;
    for (let n = m; n + extra < M; n++) {
      const p = weight * negBinomial(n);
      below += p;
      mean += (n + extra) * p;
      second += (n + extra) ** 2 * p;
    }
    const atLimit = weight - below;
    limit += atLimit;
    mean += M * atLimit;
    second += M * M * atLimit;
  }
  return { mean, variance: second - mean * mean, limitShare: limit, clearChecksNeeded: m };
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/**
 * The per-episode mean error response (the mean of gain·d after each check), its expectation and
 * variance over episodes, by walking the chain of (checks made, clear checks, failure pending) with
 * each state's probability and the probability-weighted first and second moments of the sum of
 * responses so far.
 */
export function exactMeanResponse(rules: CheckingRules, gain: number, successUpdate: number): Exact {
  if (gain <= rules.stopThreshold) return { mean: 0, variance: 0 };
  const c = rules.unclearProbability;
  // States keyed by clear checks j (0..), with a failure still to find or not.
  type State = { p: number; s: number; s2: number };
  const zero = (): State => ({ p: 0, s: 0, s2: 0 });
  let pending: State[] = [{ p: rules.failureProbability, s: 0, s2: 0 }];
  let done: State[] = [{ p: 1 - rules.failureProbability, s: 0, s2: 0 }];
  let mean = 0, second = 0;
  const response = (j: number): number => gain * (1 - successUpdate) ** j;
  const add = (into: State[], j: number, from: State, share: number, r: number): void => {
    into[j] ??= zero();
    into[j].p += from.p * share;
    into[j].s += (from.s + r * from.p) * share;
    into[j].s2 += (from.s2 + 2 * r * from.s + r * r * from.p) * share;
  };
  for (let k = 0; k <= rules.maxChecks; k++) {
    const nextDone: State[] = [];
    // Failure found at the first check: doubt back to 1, response = gain.
    for (const from of pending) if (from !== undefined && from.p > 0) add(nextDone, 0, from, 1, response(0));
    done.forEach((from, j) => {
      if (from === undefined || from.p === 0) return;
      if (k === rules.maxChecks || response(j) <= rules.stopThreshold) {
        if (k > 0) { mean += from.s / k; second += from.s2 / (k * k); }
        return;
      }
      add(nextDone, j, from, c, response(j));
      add(nextDone, j + 1, from, 1 - c, response(j + 1));
    });
    pending = [];
    done = nextDone;
  }
  return { mean, variance: second - mean * mean };
}
