/**
 * Reference re-implementation of Shouval, Bear & Cooper (2002, PNAS 99:10831, Methods), written
 * from the paper's equations and independent of src/ (it imports nothing from it), to give the
 * numbers the model is compared with. One synapse, no network:
 *   dW/dt  = η(Ca)·(Ω(Ca) − λW),  λ = 1, W(0) = 0.25 (Ω at rest, the unstimulated fixed point)
 *   dCa/dt = I_NMDA − Ca/τCa,      τCa = 50 ms
 *   I_NMDA = G_NMDA·O(t)·H(V),    G_NMDA = −1/500 μM/(ms·mV), H(V) = (V − Vr)/(1 + e^(−0.062V)·[Mg]/3.57),
 *            Vr = 130 mV, [Mg] = 1 mM
 *   O(t)   = Σ_k P0·(closed fraction before spike k)·(I_f e^(−(t−t_k)/τf) + I_s e^(−(t−t_k)/τs)),
 *            P0 = 0.5, I_f = I_s = 0.5, τf = 50 ms, τs = 200 ms
 *   Ω(Ca)  = 0.25 + sig(Ca − α2, β2) − 0.25·sig(Ca − α1, β1), sig(x, β) = e^(βx)/(1 + e^(βx)),
 *            α1 = 0.35 μM, α2 = 0.55 μM, β1 = β2 = 80 /μM
 *   η(Ca)  = 1/τ(Ca), τ(Ca) = P1/(P2 + Ca^P3) + P4, P1 = 0.1 s, P2 = P1·10⁻⁴, P3 = 3, P4 = 1 s
 * Postsynaptic voltage: clamped (the pairing protocol, Fig. 3A: no EPSP, no BPAP), or rest −65 mV
 * plus EPSPs of the paper's shape e^(−t/50) − e^(−t/5), scaled to a peak of `epspMv` (the rate
 * protocol, Fig. 3B: 10 mV, the compound EPSP of extracellular stimulation), summed linearly.
 * Integration: forward Euler, dt 0.05 ms (a step far below every time constant, so the scheme, not
 * the step, is what differs from the model's exact exponential steps at 0.5 ms).
 */

export const PAPER = {
  tauCaMs: 50, gNmda: 1 / 500, reversalMv: 130, magnesiumMm: 1,
  openFraction: 0.5, fastFraction: 0.5, fastMs: 50, slowMs: 200,
  alpha1: 0.35, alpha2: 0.55, beta: 80,
  p1Ms: 100, p2: 1e-5, p3: 3, p4Ms: 1000,
  restMv: -65, w0: 0.25,
} as const;

const sig = (x: number, beta: number): number => 1 / (1 + Math.exp(-beta * x));
const omega = (ca: number): number => 0.25 + sig(ca - PAPER.alpha2, PAPER.beta) - 0.25 * sig(ca - PAPER.alpha1, PAPER.beta);
const etaPerMs = (ca: number): number => 1 / (PAPER.p1Ms / (PAPER.p2 + ca ** PAPER.p3) + PAPER.p4Ms);
const drive = (v: number): number => (PAPER.reversalMv - v) / (1 + Math.exp(-0.062 * v) * PAPER.magnesiumMm / 3.57);
/** Peak of e^(−t/50) − e^(−t/5) (the paper's EPSP shape), for scaling it to epspMv. */
const EPSP_PEAK = (() => { const t = (50 * 5 * Math.log(10)) / 45; return Math.exp(-t / 50) - Math.exp(-t / 5); })();

export interface ReferenceProtocol {
  frequencyHz: number;
  pulses: number;
  /** Clamped voltage in mV; absent = rest plus EPSPs. */
  clampMv?: number;
  /** Peak of each EPSP in mV when not clamped. */
  epspMv?: number;
  /** Time after the last pulse before W is read (calcium returns to rest), ms. */
  settleMs?: number;
}

/** W(end)/W(0) for a protocol: the first pulse at t = 0, W read settleMs after the last. */
export function referenceWeightRatio(protocol: ReferenceProtocol, dtMs = 0.05): number {
  const interval = 1000 / protocol.frequencyHz;
  const endMs = interval * (protocol.pulses - 1) + (protocol.settleMs ?? 2000);
  const fastDecay = Math.exp(-dtMs / PAPER.fastMs);
  const slowDecay = Math.exp(-dtMs / PAPER.slowMs);
  const epspScale = (protocol.epspMv ?? 0) / EPSP_PEAK;
  let fast = 0, slow = 0, epspSlow = 0, epspFast = 0, ca = 0, w = PAPER.w0;
  let next = 0;
  const steps = Math.round(endMs / dtMs);
  for (let i = 0; i <= steps; i++) {
    const t = i * dtMs;
    if (next < protocol.pulses && t >= next * interval - 1e-9) {
      const open = PAPER.fastFraction * fast + (1 - PAPER.fastFraction) * slow;
      const opened = PAPER.openFraction * (1 - open);
      fast += opened;
      slow += opened;
      epspSlow += epspScale;
      epspFast += epspScale;
      next++;
    }
    const v = protocol.clampMv ?? PAPER.restMv + epspSlow - epspFast;
    const open = PAPER.fastFraction * fast + (1 - PAPER.fastFraction) * slow;
    const influx = PAPER.gNmda * open * drive(v);
    ca += dtMs * (influx - ca / PAPER.tauCaMs);
    w += dtMs * etaPerMs(ca) * (omega(ca) - w);
    fast *= fastDecay;
    slow *= slowDecay;
    epspSlow *= Math.exp(-dtMs / 50);
    epspFast *= Math.exp(-dtMs / 5);
  }
  return w / PAPER.w0;
}
