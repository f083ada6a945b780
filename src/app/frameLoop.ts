/**
 * The page's frame loop on the Pixi ticker. Each frame steps the world for the wall time that passed
 * (TimeControl.stepFrame: fixed ticks within a budget), draws the views, and every `slowRefreshMs`
 * hands over to the slow refresh (objectives, lesson checks, status line). It keeps the last frames'
 * times for the browser benchmark (window.__synaptica).
 */
import { UPDATE_PRIORITY, type Application } from 'pixi.js';
import type { LevelViews } from './levelViews';
import type { PageState } from './pageState';
import type { SlowRefresh } from './slowRefresh';
import type { TimeControl } from './timeControl';

/** How often the slow parts refresh (four times a second). */
const slowRefreshMs = 250;
/** Frame times kept for the benchmark. */
const KEPT_FRAMES = 2000;

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

function keepLast(list: number[], value: number): void {
  list.push(value);
  if (list.length > KEPT_FRAMES) list.splice(0, list.length - KEPT_FRAMES);
}

/** Adds the frame callbacks to the app's ticker; the returned lists fill as frames run. */
export function startFrameLoop(app: Application, deps: FrameLoopDeps): FrameTimes {
  const { state, time, views, slowRefresh, view } = deps;
  const times: FrameTimes = { frameMs: [], stepMs: [], frameWithRenderMs: [] };
  let frameBegan = 0;

  app.ticker.add((ticker) => {
    const s = state.session;
    if (!s || !views.scene) return;
    const began = performance.now();
    frameBegan = began;
    time.stepFrame(s, ticker.deltaMS, began);
    keepLast(times.stepMs, performance.now() - began);
    const slow = state.sinceSlowRefreshMs + ticker.deltaMS >= slowRefreshMs;
    views.update(s, ticker.deltaMS, state.mode === 'fastForward', slow);
    view.dataset.simTicks = String(s.world.clock[0]);
    keepLast(times.frameMs, performance.now() - began);
    state.sinceSlowRefreshMs += ticker.deltaMS;
    if (state.sinceSlowRefreshMs >= slowRefreshMs) {
      state.sinceSlowRefreshMs = 0;
      slowRefresh.refresh(s);
    }
  });

  // After Pixi's render (which runs at LOW priority): the frame's whole main-thread time.
  app.ticker.add(() => {
    if (frameBegan === 0) return;
    keepLast(times.frameWithRenderMs, performance.now() - frameBegan);
    frameBegan = 0;
  }, undefined, UPDATE_PRIORITY.UTILITY);

  return times;
}
