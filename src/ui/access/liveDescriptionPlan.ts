/**
 * When the live descriptions speak, so a screen reader hears what is happening without being flooded
 * (pure: the caller passes the time). Offered a few times a second, it speaks at most once every
 * minGapMs, and only of what changed: the error signal's state (a dopamine burst moving from the
 * reward to the cue, the critic's verdict turning), learning progress (at most every progressGapMs)
 * and the firing rates (at most every ratesGapMs, while the level runs). Nothing while paused: a
 * paused level does not change, and the screen summary (key d) says where it stands.
 */

export interface LiveFacts {
  readonly running: boolean;
  /** The error signal's state name and its sentence, or null. */
  readonly error: { readonly state: string; readonly text: string } | null;
  readonly progress: string | null;
  readonly rates: string;
}

export class LiveDescriptionPlan {
  private lastSpokenMs = -Infinity;
  private lastProgressMs = -Infinity;
  private lastRatesMs = -Infinity;
  private spokenErrorState: string | null = null;
  private spokenProgress: string | null = null;

  constructor(readonly minGapMs = 5000, readonly progressGapMs = 15_000, readonly ratesGapMs = 30_000) {}

  /** A new level: nothing of the old one counts as said. */
  reset(): void {
    this.lastSpokenMs = this.lastProgressMs = this.lastRatesMs = -Infinity;
    this.spokenErrorState = this.spokenProgress = null;
  }

  /** The text to announce now, or null. */
  offer(facts: LiveFacts, nowMs: number): string | null {
    if (!facts.running) return null;
    // The first rates come a third of ratesGapMs into a run, when there are rates to tell.
    if (this.lastRatesMs === -Infinity) this.lastRatesMs = nowMs - (2 * this.ratesGapMs) / 3;
    if (nowMs - this.lastSpokenMs < this.minGapMs) return null;
    const parts: string[] = [];
    if (facts.error && facts.error.state !== this.spokenErrorState) {
      this.spokenErrorState = facts.error.state;
      parts.push(facts.error.text);
    }
    if (facts.progress && facts.progress !== this.spokenProgress && nowMs - this.lastProgressMs >= this.progressGapMs) {
      this.spokenProgress = facts.progress;
      this.lastProgressMs = nowMs;
      parts.push(facts.progress);
    }
    if (nowMs - this.lastRatesMs >= this.ratesGapMs) {
      this.lastRatesMs = nowMs;
      parts.push(facts.rates);
    }
    if (parts.length === 0) return null;
    this.lastSpokenMs = nowMs;
    return parts.join(' ');
  }
}
