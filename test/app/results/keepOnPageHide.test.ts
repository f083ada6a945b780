// The page keeps the run in progress when it is hidden for good (reload, closed tab): pagehide.
import { describe, expect, it } from 'vitest';
import { keepOnPageHide } from '../../../src/app/results/keepOnPageHide';

describe('keeping the run on pagehide', () => {
  it('keeps once per pagehide and not on other events', () => {
    const target = new EventTarget();
    let kept = 0;
    keepOnPageHide(target, () => { kept++; });
    target.dispatchEvent(new Event('visibilitychange'));
    expect(kept).toBe(0);
    target.dispatchEvent(new Event('pagehide'));
    expect(kept).toBe(1);
  });
});
