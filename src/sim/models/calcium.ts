/**
 * Calcium control hypothesis (Shouval, Bear & Cooper 2002, PNAS 99:10831). NMDA-receptor calcium
 * influx with the Jahr & Stevens (1990) magnesium block sets the sign of plasticity: Ω(Ca) ≈ 0
 * below θd, < 0 between θd and θp (phosphatase/calcineurin: LTD), > 0 above θp (CaMKII: LTP).
 *   dCa/dt = gain·g_NMDA·B(V)·(E_Ca − V) − Ca/τCa,   dw/dt = η(Ca)·Ω(Ca).
 * V is the postsynaptic membrane plus the back-propagating action potential.
 */

/** Jahr & Stevens (1990) Mg block, B(V) = 1/(1 + [Mg]/3.57·exp(−0.062·V)), V in mV, Mg in mM. */
export function magnesiumBlock(vMv: number, magnesiumMm: number): number {
  return 1 / (1 + (magnesiumMm / 3.57) * Math.exp(-0.062 * vMv));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Ω(Ca) = 2σ(β(Ca − θp)) − σ(β(Ca − θd)): ≈ 0 below θd, ≈ −1 between the thresholds, ≈ +1 above θp.
 * (SBC 2002 use 0.25 + σ(·θp) − 0.25σ(·θd) with a weight-decay term; this keeps their thresholds
 * and shape without a resting drift, so an unstimulated synapse keeps its weight.)
 */
export function calciumOmega(ca: number, thetaD: number, thetaP: number, steepness: number): number {
  return 2 * sigmoid(steepness * (ca - thetaP)) - sigmoid(steepness * (ca - thetaD));
}

/** η(Ca): the learning rate rises steeply with calcium (SBC 2002: 1/τ(Ca) ∝ P₂ + Ca³). */
export function calciumLearningRate(ca: number, learningRatePerMs: number, thetaP: number): number {
  const r = ca / thetaP;
  return learningRatePerMs * r * r * r;
}

/** Peak of e^(−t/τd) − e^(−t/τr): the NMDA gating is normalised to peak 1 after one spike. */
export function dualExponentialPeak(riseMs: number, decayMs: number): number {
  if (riseMs === decayMs) return 1 / Math.E;
  const tPeak = (riseMs * decayMs * Math.log(decayMs / riseMs)) / (decayMs - riseMs);
  return Math.exp(-tPeak / decayMs) - Math.exp(-tPeak / riseMs);
}
