import { describe, expect, it } from 'vitest';
import { CoalescedRefresh } from '../../src/editor/drafts/coalescedRefresh';

describe('the draft list refresh', () => {
  it('runs one at a time: many asks while one runs make one more run, in order', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const waiting: Array<() => void> = [];
    const refresh = new CoalescedRefresh(() => { runs++; running++; most = Math.max(most, running); return new Promise<void>((resolve) => waiting.push(() => { running--; resolve(); })); });
    const first = refresh.request();
    const later = [refresh.request(), refresh.request(), refresh.request()];
    expect(runs).toBe(1);
    waiting.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toBe(2);
    let done = false;
    void Promise.all([first, ...later]).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false); // the newest read has not landed yet
    waiting.shift()!();
    await Promise.all([first, ...later]);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('does nothing while nobody sees the list', async () => {
    let runs = 0;
    let shown = false;
    const refresh = new CoalescedRefresh(() => { runs++; return Promise.resolve(); }, () => shown);
    await refresh.request();
    expect(runs).toBe(0);
    shown = true;
    await refresh.request();
    expect(runs).toBe(1);
  });
});
