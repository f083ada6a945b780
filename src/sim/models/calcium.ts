/**
 * Calcium control hypothesis, the equations of Shouval, Bear & Cooper (2002, PNAS 99:10831, Methods;
 * "SBC" below). NMDA-receptor calcium influx with the Jahr & Stevens (1990) magnesium block sets
 * the sign of plasticity:
 *   dCa/dt = G_NMDA·O(t)·B(V)·(E_Ca − V) − Ca/τCa
 *   dW/dt  = η(Ca)·(Ω(Ca) − W),  W = w/wMax (SBC's λ = 1: W relaxes toward Ω, so 0 ≤ W ≤ 1)
 * with Ω ≈ 0.25 below θd (the resting fixed point), ≈ 0 between θd and θp (calcineurin: LTD),
 * ≈ 1 above θp (CaMKII: LTP), and η(Ca) = 1/τ(Ca), τ(Ca) = P1/(P2 + Ca^P3) + P4.
 * V is the postsynaptic membrane plus the back-propagating action potential.
 */

/** Jahr & Stevens (1990) Mg block, B(V) = 1/(1 + [Mg]/3.57·exp(−0.062·V)), V in mV, Mg in mM. */
export function magnesiumBlock(vMv: number, magnesiumMm: number): number {
  return 1 / (1 + (magnesiumMm / 3.57) * Math.exp(-0.062 * vMv));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** SBC's Ω at rest: an unstimulated synapse relaxes (over hours) to W = 0.25. */
export const OMEGA_AT_REST = 0.25;

/**
 * SBC's Ω(Ca) = 0.25 + sig(Ca − α2, β) − 0.25·sig(Ca − α1, β), sig(x, β) = 1/(1 + e^(−βx)),
 * α1 = θd, α2 = θp: 0.25 at rest, 0 in the depression window, 1 above θp.
 */
export function calciumOmega(ca: number, thetaD: number, thetaP: number, steepness: number): number {
  return OMEGA_AT_REST + sigmoid(steepness * (ca - thetaP)) - OMEGA_AT_REST * sigmoid(steepness * (ca - thetaD));
}

/** SBC's learning rate η(Ca) = 1/(P1/(P2 + Ca^P3) + P4), per ms when P1 and P4 are in ms. */
export function calciumLearningRate(ca: number, p1Ms: number, p2: number, p3: number, p4Ms: number): number {
  return 1 / (p1Ms / (p2 + Math.pow(ca, p3)) + p4Ms);
}

/**
 * Fraction of NMDA receptors that a presynaptic spike opens (SBC: P0 of the receptors still closed;
 * those already open are not affected), given the fraction open just before it.
 */
export function nmdaOpened(openBefore: number, openFraction: number): number {
  return openFraction * (openBefore < 1 ? 1 - openBefore : 0);
}

/**
 * SBC 2002's values for the parameters a level may leave out (Methods): NMDA receptors 50 % fast
 * (τf, set by nmdaDecayMs) and 50 % slow (τs 200 ms), P0 = 0.5; η's P1 = 0.1 s, P2 = P1·10⁻⁴,
 * P3 = 3; E_Ca 130 mV; Ω's β 80 per μM; BPAP 100 mV, 75 % decaying with 3 ms and 25 % with 25 ms.
 */
export const SBC_2002_DEFAULTS = {
  nmdaSlowDecayMs: 200,
  nmdaSlowFraction: 0.5,
  nmdaOpenFraction: 0.5,
  learningP1Ms: 100,
  learningP2: 1e-5,
  learningP3: 3,
  calciumReversalMv: 130,
  omegaSteepness: 80,
  bpapAmplitudeMv: 100,
  bpapFastMs: 3,
  bpapSlowMs: 25,
  bpapSlowFraction: 0.25,
} as const;
