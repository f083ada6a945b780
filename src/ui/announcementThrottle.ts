/**
 * Throttles what the captions' aria-live region announces, so a screen reader is not flooded by a
 * tone and a puff every second: the first caption after a quiet spell is announced at once; later
 * ones wait and are announced together ("tone ×3, puff of air") once intervalMs has passed since the
 * last announcement. Pure: the caller supplies the time and schedules `flush`.
 */
export class AnnouncementThrottle {
  private lastAnnouncedMs = -Infinity;
  private readonly pending = new Map<string, number>();

  constructor(readonly intervalMs = 2500, readonly maxItems = 4) {}

  /** A caption was shown at nowMs: returns the text to announce now, or null (it waits for flush). */
  offer(text: string, nowMs: number): string | null {
    if (this.pending.size === 0 && nowMs - this.lastAnnouncedMs >= this.intervalMs) {
      this.lastAnnouncedMs = nowMs;
      return text;
    }
    this.pending.set(text, (this.pending.get(text) ?? 0) + 1);
    return null;
  }

  /** When the waiting captions may be announced (null: nothing waits). */
  nextDueMs(): number | null {
    return this.pending.size === 0 ? null : this.lastAnnouncedMs + this.intervalMs;
  }

  /** The waiting captions as one announcement if they are due at nowMs, else null. */
  flush(nowMs: number): string | null {
    const due = this.nextDueMs();
    if (due === null || nowMs < due) return null;
    const items = [...this.pending.entries()].map(([text, count]) => (count > 1 ? `${text} ×${count}` : text));
    this.pending.clear();
    this.lastAnnouncedMs = nowMs;
    const shown = items.slice(0, this.maxItems);
    if (items.length > shown.length) shown.push(`and ${items.length - shown.length} more`);
    return shown.join(', ');
  }
}
