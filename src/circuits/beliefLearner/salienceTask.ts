/**
 * Aberrant salience (Kapur 2003), as a Rescorla-Wagner learner (Rescorla & Wagner 1972; Miller,
 * Barnet & Grahame 1995) with two cues: a light that predicts reward (it is followed by reward with
 * probability rewardProbability; without it there is never reward) and a tone that is random with
 * respect to reward (present on half the trials, whatever happens). The prediction-error signal
 * is δ' = gain·(r − Σ wᵢxᵢ) + b, where b = 1 on a share of trials (chanceFiring) and 0 otherwise:
 * a burst of the error signal that no event caused, Kapur's (2003) stimulus-independent dopamine
 * release. It updates the weights of the cues present: wᵢ ← wᵢ + α·δ'·xᵢ. With no chance firing
 * and gain 1 this is the standard rule, and the tone's weight stays near 0. With chance firing, the
 * tone is often present at a burst. The expected update is zero, E[δ'·xᵢ] = 0 over the four cue
 * combinations (light and tone each on half the trials, independently), where
 * w_tone = (2/3)·chanceFiring/gain and w_light = rewardProbability + w_tone (docs/model.md): 1/3 for
 * bursts on half the trials at gain 1, so the tone comes to seem to predict reward (the burst is
 * shared between the cues present, not carried by the tone alone). The tone's rating is
 * w_tone averaged over the last trials (the Salience Attribution Test of Roiser et al. 2009 rates
 * how much an irrelevant feature seems to predict reward).
 */

export interface SalienceSettings {
  /** α, the learning rate per trial. */
  readonly learningRate: number;
  /** Chance of reward on a trial with the light. */
  readonly rewardProbability: number;
}

/** Weights can go no further than this from 0 (a very high gain makes the rule oscillate). */
export const WEIGHT_LIMIT = 5;

/** One trial: which cues are on (1/0) and whether reward came (1/0), drawn from `uniform` (3 draws). */
export function drawSalienceTrial(settings: SalienceSettings, uniform: () => number, trial: Float64Array): void {
  const light = uniform() < 0.5 ? 1 : 0;
  const tone = uniform() < 0.5 ? 1 : 0;
  const lucky = uniform() < settings.rewardProbability;
  trial[0] = light;
  trial[1] = tone;
  trial[2] = light === 1 && lucky ? 1 : 0;
}

/**
 * Updates weights [w_light, w_tone] (at `at` in `weights`) after `trial`, with a chance burst of
 * the error signal when `burst` is true; returns the error signal δ'.
 */
export function learnSalienceTrial(settings: SalienceSettings, gain: number, burst: boolean, trial: Float64Array, weights: Float64Array, at: number): number {
  const prediction = weights[at] * trial[0] + weights[at + 1] * trial[1];
  const error = gain * (trial[2] - prediction) + (burst ? 1 : 0);
  const step = settings.learningRate * error;
  for (let c = 0; c < 2; c++) {
    const w = weights[at + c] + step * trial[c];
    weights[at + c] = Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, w));
  }
  return error;
}
