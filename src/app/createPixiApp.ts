/** The page's Pixi application: WebGL, its canvas filling the simulation view and sized with it. */
import { Application } from 'pixi.js';
// Pixi 8 generates its shader and particle update code with new Function() unless this module swaps in
// its eval-free versions; with it the page's Content-Security-Policy (index.html) needs no 'unsafe-eval'.
import 'pixi.js/unsafe-eval';
import { plotColors } from '../render/palette';

/** Creates the app and puts its canvas into `view` (whose data-renderer then names the renderer). */
export async function createPixiApp(view: HTMLElement): Promise<Application> {
  const app = new Application();
  await app.init({
    preference: 'webgl',
    background: plotColors.background,
    antialias: true,
    resizeTo: view,
    autoDensity: true,
    resolution: Math.min(2, window.devicePixelRatio || 1),
  });
  view.appendChild(app.canvas);
  view.dataset.renderer = app.renderer.name;
  return app;
}
