/** Shows the page's mode (paused, playing, fast-forward, to the trial's end) everywhere it matters: the buttons, the sound, the frame rate. */
import type { Application } from 'pixi.js';
import type { Controls } from '../ui/controls';
import type { LevelViews } from './levelViews';
import type { PageState } from './pageState';

/** Frame rate while fast-forwarding (the views only change when a chunk arrives). */
const FAST_FORWARD_FPS = 12;

export function showPageMode(state: PageState, controls: Controls, view: HTMLElement, views: LevelViews, app: Application): void {
  const { mode } = state;
  controls.setPlaying(mode !== 'paused', state.session !== null && !state.finished, state.hasTrials, (state.ring?.size ?? 0) > 0);
  view.dataset.mode = mode;
  views.sound.setFastForward(mode === 'fastForward');
  // Fast-forward chunks arrive ~7 times a second: drawing more often only takes CPU from the worker.
  app.ticker.maxFPS = mode === 'fastForward' ? FAST_FORWARD_FPS : 0;
  views.sound.setSpeed(mode === 'toTrialEnd' ? 100 : state.realTimeFactor);
  document.body.dataset.fastForward = String(mode === 'fastForward');
}
