/**
 * Izhikevich (2003) "Simple model of spiking neurons", IEEE Trans. Neural Netw. 14:1569.
 *   dv/dt = 0.04v² + 5v + 140 − u + I,   du/dt = a(bv − u);   if v ≥ 30 mV: v ← c, u ← u + d.
 * v in mV, t in ms. Pure functions; the integrate system applies them to every neuron.
 */

/** dv/dt at (v, u, I). */
export function izhikevichDvDt(vMv: number, u: number, current: number): number {
  return (0.04 * vMv + 5) * vMv + 140 - u + current;
}

/**
 * The paper's network scheme for one step of dtMs (1 ms in the paper): v advances in two half
 * steps of dt/2 with u held, then u advances one step of dt using the new v.
 * Returns the new v; the caller computes u with izhikevichRecoveryStep.
 */
export function izhikevichNetworkVoltageStep(vMv: number, u: number, current: number, dtMs: number): number {
  const half = 0.5 * dtMs;
  let v = vMv + half * ((0.04 * vMv + 5) * vMv + 140 - u + current);
  v = v + half * ((0.04 * v + 5) * v + 140 - u + current);
  return v;
}

/** u after one forward-Euler step of dtMs, given the voltage to use. */
export function izhikevichRecoveryStep(u: number, vMv: number, a: number, b: number, dtMs: number): number {
  return u + dtMs * a * (b * vMv - u);
}
