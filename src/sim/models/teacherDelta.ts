/**
 * A spike-based delta rule with a teacher (ReSuMe: Ponulak & Kasiński 2010, Neural Comput 22:467),
 * the learning of prediction synapses in predictive coding (Rao & Ballard 1999: weights move by
 * presynaptic activity × prediction error). Each teacher spike at the postsynaptic cell (the input
 * the cell should have predicted) strengthens its synapses by η·x_pre; each spike the cell fires
 * itself weakens them by η·x_pre. x_pre is the presynaptic trace (+1 per spike, decay τ). The weight
 * stops moving when the cell fires as often as its teacher while the presynaptic cells are active:
 * the prediction matches how often the input came, not just whether it ever did.
 * Pure functions; plasticity/applyTeacherDelta.ts runs the online form.
 */

/** Weight change at one spike of the teacher (+) or of the cell itself (−), with pre trace x. */
export function teacherDeltaChange(learningRate: number, preTrace: number, teacherSpike: boolean, postSpike: boolean): number {
  return learningRate * preTrace * ((teacherSpike ? 1 : 0) - (postSpike ? 1 : 0));
}

/**
 * Expected drift of the weight per second for independent Poisson trains (rates in Hz, τ in ms):
 * η·(ρ_pre·τ/1000)·(ρ_teacher − ρ_post). Zero when the cell fires as often as its teacher.
 */
export function teacherDeltaDriftPerSecond(learningRate: number, tauMs: number, preRateHz: number, teacherRateHz: number, postRateHz: number): number {
  return learningRate * preRateHz * (tauMs / 1000) * (teacherRateHz - postRateHz);
}
