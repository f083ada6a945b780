/**
 * The page's frame loop on the Pixi ticker. Each frame steps the world for the wall time that passed
 * (TimeControl.stepFrame: fixed ticks within a budget), draws the views, and every `slowRefreshMs`
 * hands over to the slow refresh (objectives, lesson checks, status line). It keeps the last frames'
 * times for the browser benchmark (window.__synaptica).
 *
 * Idle when paused: a paused page has nothing new to draw, yet a running ticker would render 60 times
 * a second (a paused level kept the GPU process near a full core). So while paused the loop
 * sleeps: once `settleMs` have passed since the last change (the wall-clock fades, a last slow refresh),
 * it stops the ticker (and Pixi's system ticker, which only re-sends hover events). wake() starts it
 * again; the page calls it on every change: a mode or button change, pointer and keyboard input, a
 * resize, a song that moves the bird's beak (wakeOnInput.ts wires the page-wide ones).
 *
 * The loop renders itself (not Pixi's ticker hook) so it can skip frames with nothing new: during
 * fast-forward the world only changes when a chunk arrives (~7 times a second), and in a software-
 * rendered browser each WebGL frame blocks the main thread while it is read back, delaying input such
 * as a pause.
 */
import { Ticker, UPDATE_PRIORITY, type Application } from 'pixi.js';
import type { LevelViews } from './levelViews';
import type { PageState } from './pageState';
import type { SlowRefresh } from './slowRefresh';
import type { TimeControl } from './timeControl';

/** How often the slow parts refresh (four times a second). */
const slowRefreshMs = 250;
/** Frame times kept for the benchmark. */
const KEPT_FRAMES = 2000;
/** After a change, a paused page keeps drawing this long (spike flashes fade, a slow refresh runs), then sleeps. */
const settleMs = 700;

export interface FrameTimes {
  /** Wall ms spent in each of the last frame callbacks (stepping + drawing the scene). */
  readonly frameMs: number[];
  /** The stepping part of frameMs. */
  readonly stepMs: number[];
  /** frameMs plus Pixi's render of the frame (from the start of the frame callback to after the render). */
  readonly frameWithRenderMs: number[];
}

export interface FrameLoopDeps {
  readonly state: PageState;
  readonly time: TimeControl;
  readonly views: LevelViews;
  readonly slowRefresh: SlowRefresh;
  /** The canvas's element: its data-sim-ticks is the tick drawn last. */
  readonly view: HTMLElement;
}

export interface FrameLoop {
  readonly times: FrameTimes;
  /** Something changed: draw again (for at least `forMs`, default settleMs), even while paused. */
  wake(forMs?: number): void;
  /** Whether the loop is drawing (false: paused and asleep). */
  readonly awake: boolean;
  /** Frames rendered since the page began (tests: a sleeping page renders none). */
  readonly renders: number;
}

function keepLast(list: number[], value: number): void {
  list.push(value);
  if (list.length > KEPT_FRAMES) list.splice(0, list.length - KEPT_FRAMES);
}

/** Adds the frame callbacks to the app's ticker; the returned times fill as frames run. */
export function startFrameLoop(app: Application, deps: FrameLoopDeps): FrameLoop {
  const { state, time, views, slowRefresh, view } = deps;
  const times: FrameTimes = { frameMs: [], stepMs: [], frameWithRenderMs: [] };
  let awakeUntilMs = performance.now() + settleMs;
  let renders = 0;
  /** The tick drawn last, and whether something asks for a draw although the world has not moved. */
  let drawnTick = -1;
  let drawWanted = true;
  /** Wall ms since the last draw (frames skipped in fast-forward still pass time for the views). */
  let undrawnMs = 0;
  // Pixi would render every tick: the frame callback below renders when there is something to show.
  app.ticker.remove(app.render, app);

  const sleepIfIdle = (nowMs: number): void => {
    if (state.running || nowMs < awakeUntilMs) return;
    // The panels show the paused state before the page stops drawing.
    if (state.session && views.scene) slowRefresh.refresh(state.session);
    state.sinceSlowRefreshMs = 0;
    // The refresh may itself have woken the loop (a question it opened, a level it finished): wake()
    // found the ticker still started, so only this check keeps that change from going undrawn.
    if (state.running || drawWanted || performance.now() < awakeUntilMs) return;
    // Stopped inside the tick (this frame has rendered): no more animation frames until wake().
    app.ticker.stop();
    Ticker.system.stop();
  };

  const render = (): void => {
    app.render();
    renders++;
    drawWanted = false;
    undrawnMs = 0;
  };

  app.ticker.add((ticker) => {
    const s = state.session;
    const began = performance.now();
    if (state.running) awakeUntilMs = Math.max(awakeUntilMs, began + settleMs);
    undrawnMs += ticker.deltaMS;
    if (!s || !views.scene) {
      // Nothing but the background (a level loads).
      if (drawWanted) render();
      sleepIfIdle(began);
      return;
    }
    time.stepFrame(s, ticker.deltaMS, began);
    keepLast(times.stepMs, performance.now() - began);
    const slow = state.sinceSlowRefreshMs + ticker.deltaMS >= slowRefreshMs;
    const fastForward = state.mode === 'fastForward';
    const tick = s.world.clock[0];
    if (!fastForward || tick !== drawnTick || drawWanted) {
      views.update(s, undrawnMs, fastForward, slow);
      view.dataset.simTicks = String(tick);
      drawnTick = tick;
      keepLast(times.frameMs, performance.now() - began);
      render();
      keepLast(times.frameWithRenderMs, performance.now() - began);
    }
    state.sinceSlowRefreshMs += ticker.deltaMS;
    if (state.sinceSlowRefreshMs >= slowRefreshMs) {
      state.sinceSlowRefreshMs = 0;
      slowRefresh.refresh(s);
    }
    sleepIfIdle(began);
  }, undefined, UPDATE_PRIORITY.LOW);

  return {
    times,
    wake(forMs = settleMs) {
      drawWanted = true;
      awakeUntilMs = Math.max(awakeUntilMs, performance.now() + forMs);
      if (!app.ticker.started) app.ticker.start();
      if (!Ticker.system.started) Ticker.system.start();
    },
    get awake() {
      return app.ticker.started;
    },
    get renders() {
      return renders;
    },
  };
}
