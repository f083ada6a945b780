// The paused page's frame loop sleeps once nothing changes, but a change made by its own last refresh
// before sleeping (a question it opens, a level it finishes: each calls wake()) must still be drawn.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('pixi.js', () => ({
  Ticker: { system: { started: true, start() { this.started = true; }, stop() { this.started = false; } } },
  UPDATE_PRIORITY: { LOW: -25 },
}));

const { startFrameLoop } = await import('../../src/app/frameLoop');

type Frame = (ticker: { deltaMS: number }) => void;

function fakeApp() {
  const frames: Frame[] = [];
  const ticker = {
    started: true,
    maxFPS: 0,
    add(fn: Frame) { frames.push(fn); },
    remove() { /* the render hook the loop replaces */ },
    start() { this.started = true; },
    stop() { this.started = false; },
  };
  return { app: { ticker, render: vi.fn() }, frame: (deltaMS: number) => { for (const f of frames) f({ deltaMS }); } };
}

let nowMs = 1000;
beforeEach(() => {
  nowMs = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the frame loop sleeps only when nothing woke it', () => {
  it('a wake() from inside the refresh before sleeping keeps it drawing; it sleeps after a quiet refresh', () => {
    const { app, frame } = fakeApp();
    const session = { world: { clock: [0] } };
    const state = { session, running: false, mode: 'paused', sinceSlowRefreshMs: 0 };
    let wakeInRefresh = false;
    const loop: { wake(): void } = { wake: () => undefined };
    const slowRefresh = { refresh: vi.fn(() => { if (wakeInRefresh) { wakeInRefresh = false; loop.wake(); } }) };
    const started = startFrameLoop(app as never, {
      state: state as never,
      time: { stepFrame: () => undefined } as never,
      views: { scene: {}, update: () => undefined } as never,
      slowRefresh: slowRefresh as never,
      view: { dataset: {} } as never,
    });
    loop.wake = () => started.wake();

    // Past the settle time, the last refresh opens a question (wake): the loop must stay awake.
    nowMs += 800;
    wakeInRefresh = true;
    frame(16);
    expect(slowRefresh.refresh).toHaveBeenCalled();
    expect(started.awake).toBe(true);
    const renders = started.renders;
    frame(16);
    expect(started.renders).toBe(renders + 1);
    // Nothing more changes: after the settle time it sleeps.
    nowMs += 800;
    frame(16);
    expect(started.awake).toBe(false);
  });
});
