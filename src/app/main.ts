// Browser composition root: builds the Pixi app, the controls and the bus, loads the chosen level and
// runs it on the Pixi ticker with a fixed-step accumulator. The sim never sees a clock or the DOM.
import { Application } from 'pixi.js';
import { PlotScene } from '../render/PlotScene';
import { plotColors } from '../render/palette';
import { meanRateHz } from '../render/spikeWindow';
import { Controls } from '../ui/controls';
import { createBus, flushSimEvents } from './bus';
import { FixedStepClock } from './fixedStepClock';
import { chooseLevel, listLevels, type LevelEntry } from './levelCatalog';
import { openLevel } from './openLevel';
import type { SimSession } from './simSession';

const rasterWindowMs = 1000;
/** Wall-clock budget for stepping per frame, so drawing and input stay responsive. */
const stepBudgetMs = 12;
const slowRefreshMs = 250;

async function boot(): Promise<void> {
  const levels = listLevels();
  const bus = createBus();
  const clock = new FixedStepClock();
  let session: SimSession | null = null;
  let playing = true;
  let speed = 1;
  let projectionIndex = 0;
  let loadToken = 0;
  let sinceSlowRefreshMs = Infinity;

  const controls = new Controls({
    onLevel: (id) => {
      const url = new URL(window.location.href);
      url.searchParams.set('level', id);
      window.history.replaceState(null, '', url);
      controls.showWarning(null);
      void start(id);
    },
    onPlayPause: () => {
      if (!session) return;
      playing = !playing;
      clock.dropBacklog();
      controls.setPlaying(playing, true);
    },
    onStep: () => {
      if (!session || playing) return;
      stepOnce(session);
      sinceSlowRefreshMs = Infinity;
    },
    onSpeed: (value) => {
      speed = value;
    },
    onProjection: (index) => {
      projectionIndex = index;
      sinceSlowRefreshMs = Infinity;
    },
  });
  speed = controls.speed;
  const view = controls.simView;
  view.dataset.simTicks = '0';

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

  const scene = new PlotScene();
  app.stage.addChild(scene.root);
  const layout = (): void => {
    scene.resize(app.screen.width, app.screen.height);
    const r = scene.raster.plotArea;
    view.dataset.rasterRect = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  };
  app.renderer.on('resize', layout);
  layout();

  const stepOnce = (s: SimSession): void => {
    s.step();
    if (s.events.length > 0) flushSimEvents(s.events, bus);
  };

  const start = async (id: string): Promise<void> => {
    const token = ++loadToken;
    session = null;
    scene.root.visible = false;
    controls.setPlaying(playing, false);
    controls.showErrors('', []);
    controls.setStatus({ timeMs: 0, rateHz: 0, state: 'loading', lagging: false });
    const entry = levels.find((l) => l.id === id) as LevelEntry;
    let result;
    try {
      result = openLevel(await entry.load());
    } catch (error) {
      result = { ok: false as const, errors: [{ path: '', message: String(error) }] };
    }
    if (token !== loadToken) return;
    if (!result.ok) {
      controls.showErrors(`Level "${id}" could not be loaded`, result.errors);
      controls.setStatus({ timeMs: 0, rateHz: 0, state: 'error', lagging: false });
      return;
    }
    const s = result.session;
    session = s;
    scene.root.visible = true;
    clock.dropBacklog();
    scene.raster.setPopulations(s.populations, s.neuronCount);
    controls.setProjections(s.projections.map((p) => p.name), s.allSynapses.name);
    projectionIndex = 0;
    sinceSlowRefreshMs = Infinity;
    controls.setPlaying(playing, true);
  };

  app.ticker.add((ticker) => {
    const s = session;
    if (!s) return;
    if (playing) {
      const steps = clock.advance(ticker.deltaMS, speed, s.dtMs);
      const began = performance.now();
      for (let i = 0; i < steps; i++) {
        stepOnce(s);
        // Check the wall clock every 16 steps; past the budget, run slower than asked.
        if ((i & 15) === 15 && performance.now() - began > stepBudgetMs) {
          clock.dropBacklog();
          clock.lagging = true;
          break;
        }
      }
    }
    const tick = s.tick();
    scene.raster.update(s.spikes, tick, s.dtMs, rasterWindowMs);
    view.dataset.simTicks = String(tick);
    view.dataset.spikesDrawn = String(scene.raster.dotsDrawn);

    sinceSlowRefreshMs += ticker.deltaMS;
    if (sinceSlowRefreshMs >= slowRefreshMs) {
      sinceSlowRefreshMs = 0;
      const range = projectionIndex === 0 ? s.allSynapses : s.projections[projectionIndex - 1];
      scene.weights.update(s.weights, range, s.activeSynapses);
      const windowMs = Math.min(rasterWindowMs, tick * s.dtMs);
      controls.setStatus({
        timeMs: tick * s.dtMs,
        rateHz: meanRateHz(scene.raster.spikesInWindow, s.neuronCount, windowMs),
        state: playing ? 'running' : 'paused',
        lagging: playing && clock.lagging,
      });
    }
  });

  const choice = chooseLevel(window.location.search, levels.map((l) => l.id));
  if (!choice) {
    controls.showErrors('No levels found', [{ path: 'levels/', message: 'no level files (*.json) were built into this page' }]);
    controls.setStatus({ timeMs: 0, rateHz: 0, state: 'error', lagging: false });
    return;
  }
  controls.setLevels(levels.map((l) => l.id), choice.id);
  controls.showWarning(choice.warning ?? null);
  await start(choice.id);
}

boot().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status-state');
  if (status) status.textContent = `Failed to start: ${error instanceof Error ? error.message : String(error)}`;
});
