/**
 * The browser owns real time: frame milliseconds × speed accumulate, and the sim takes whole fixed
 * steps of `dtMs` out of the accumulator. Long frames (a background tab) are clamped, and when a frame
 * would need more steps than allowed the backlog is dropped rather than carried, so a heavy level
 * runs slower than asked instead of spiralling.
 */
export class FixedStepClock {
  private accumulatorMs = 0;
  /** True when the last frame could not keep up with the requested speed. */
  lagging = false;

  constructor(
    readonly maxStepsPerFrame = 1000,
    readonly maxFrameMs = 100,
  ) {}

  /** Steps to run for a frame of `elapsedMs` wall time at `speed` (sim ms per wall ms). */
  advance(elapsedMs: number, speed: number, dtMs: number): number {
    this.accumulatorMs += Math.min(Math.max(0, elapsedMs), this.maxFrameMs) * speed;
    // A small epsilon so 1.0 ms of accumulated time yields a 0.1 ms step ten times, not nine.
    let steps = Math.floor(this.accumulatorMs / dtMs + 1e-9);
    this.lagging = steps > this.maxStepsPerFrame;
    if (this.lagging) {
      steps = this.maxStepsPerFrame;
      this.accumulatorMs = 0;
    } else {
      this.accumulatorMs = Math.max(0, this.accumulatorMs - steps * dtMs);
    }
    return steps;
  }

  /** Forgets unsimulated time (after a pause, or when a frame ran out of its time budget). */
  dropBacklog(): void {
    this.accumulatorMs = 0;
  }
}
