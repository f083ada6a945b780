/**
 * Leaky integrate-and-fire with conductance or current input, exact exponential step.
 *   τm dv/dt = (vRest − v) + gExc (eExc − v) + gInh (eInh − v) + R·I
 * With the inputs held constant over a step this is linear in v, so
 *   v(t + dt) = v∞ + (v − v∞) · exp(−dt (1 + gExc + gInh) / τm),
 *   v∞ = (vRest + gExc·eExc + gInh·eInh + R·I) / (1 + gExc + gInh).
 * Conductances are in units of the leak conductance (as in Song, Miller & Abbott 2000).
 */
export function lifExactStep(
  vMv: number, vRestMv: number, tauMMs: number, dtMs: number,
  gExc: number, eExcMv: number, gInh: number, eInhMv: number, drivenMv: number,
): number {
  const totalG = 1 + gExc + gInh;
  const vInf = (vRestMv + gExc * eExcMv + gInh * eInhMv + drivenMv) / totalG;
  return vInf + (vMv - vInf) * Math.exp((-dtMs * totalG) / tauMMs);
}
