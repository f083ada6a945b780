import { describe, expect, it } from 'vitest';
import { FixedStepClock } from '../../src/app/fixedStepClock';

describe('fixed-step clock', () => {
  it('turns frame time × speed into whole steps and carries the remainder', () => {
    const clock = new FixedStepClock();
    expect(clock.advance(16, 1, 1)).toBe(16);
    expect(clock.advance(0.6, 1, 1)).toBe(0);
    expect(clock.advance(0.6, 1, 1)).toBe(1); // 1.2 ms accumulated
    expect(clock.advance(10, 0.5, 1)).toBe(5);
  });

  it('takes exactly ten 0.1 ms steps from 1 ms (no floating-point loss)', () => {
    expect(new FixedStepClock().advance(1, 1, 0.1)).toBe(10);
  });

  it('clamps a long frame (a background tab) and drops a backlog it cannot run', () => {
    const clock = new FixedStepClock(50, 100);
    expect(clock.advance(5000, 1, 1)).toBe(50); // 100 ms clamp, then the 50-step cap
    expect(clock.lagging).toBe(true);
    expect(clock.advance(10, 1, 1)).toBe(10); // the backlog was dropped, not carried
    expect(clock.lagging).toBe(false);
  });

  it('ignores negative frame times and forgets time after a pause', () => {
    const clock = new FixedStepClock();
    expect(clock.advance(-20, 1, 1)).toBe(0);
    clock.advance(0.9, 1, 1);
    clock.dropBacklog();
    expect(clock.advance(0.5, 1, 1)).toBe(0);
  });
});
