/**
 * Turns the reward circuit's prediction error δ into burst and dip earcons. δ is what drives the
 * dopamine neurons (read through the circuit definition's predictionError hook): positive at an unexpected reward (later at the cue),
 * negative when a predicted reward is omitted. It is sampled once per animation frame.
 *
 * Thresholds from levels/dopamine-omission.json (dt 1 ms, seed of the level, trials 0–107, δ read each
 * tick): between events |δ| stays below 0.40; reward bursts early in training and cue bursts after it
 * peak at 0.72–1.28; omission dips reach −0.94 to −1.17. Entry at ±0.6 with re-arming below ±0.3
 * (hysteresis) gives one earcon per event, and a refractory time stops a long plateau re-firing.
 */
export const DOPAMINE_BURST_DELTA = 0.6;
export const DOPAMINE_DIP_DELTA = -0.6;
export const DOPAMINE_REARM_DELTA = 0.3;
export const DOPAMINE_REFRACTORY_MS = 250;

export type DopamineEarcon = 'dopamineBurst' | 'dopamineDip';

export class DopamineEarconDetector {
  private armed = true;
  private lastFireMs = -Infinity;

  /** Feeds δ at sim time `simMs`; returns the earcon to play now, or null. */
  sample(delta: number, simMs: number): DopamineEarcon | null {
    if (!Number.isFinite(delta)) return null;
    if (simMs < this.lastFireMs) this.reset(); // time went back: a restored snapshot or a new level
    if (!this.armed) {
      if (Math.abs(delta) < DOPAMINE_REARM_DELTA) this.armed = true;
      return null;
    }
    if (simMs - this.lastFireMs < DOPAMINE_REFRACTORY_MS) return null;
    const earcon = delta >= DOPAMINE_BURST_DELTA ? 'dopamineBurst' : delta <= DOPAMINE_DIP_DELTA ? 'dopamineDip' : null;
    if (earcon) {
      this.armed = false;
      this.lastFireMs = simMs;
    }
    return earcon;
  }

  reset(): void {
    this.armed = true;
    this.lastFireMs = -Infinity;
  }
}
