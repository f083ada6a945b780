/** Per-key minimum interval between accepted requests (wall-clock ms supplied by the caller). */
export class RateLimiter {
  private readonly last = new Map<string, number>();

  constructor(private readonly minIntervalMs: Readonly<Record<string, number>>, private readonly defaultIntervalMs = 0) {}

  /** True (and remembers nowMs) when `key` may sound now. */
  accept(key: string, nowMs: number): boolean {
    const interval = this.minIntervalMs[key] ?? this.defaultIntervalMs;
    const previous = this.last.get(key);
    if (previous !== undefined && nowMs - previous < interval && nowMs >= previous) return false;
    this.last.set(key, nowMs);
    return true;
  }

  reset(): void {
    this.last.clear();
  }
}
