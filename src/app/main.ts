// Browser composition root. The page keeps ONE main-thread world per level (spawned from the level,
// its seed and assets) that every view reads. Normal and slow speeds step it on the Pixi ticker with a
// fixed-step accumulator (timeControl.ts); fast-forward runs the same level in a Web Worker and
// restores the worker's snapshots into this world (fastForwardControl.ts). A ring of snapshots lets
// the player step back. The lesson around a level (cards, predictions, stars) is lessonFlow.ts; the
// scene and panels are levelViews.ts. The sim never sees a clock or the DOM.
import { Application, UPDATE_PRIORITY } from 'pixi.js';
import { createBus, flushSimEvents } from '../bus/bus';
import { evaluateObjectives } from '../levels/objectives/evaluateObjectives';
import { GoalWatch } from '../levels/objectives/goalWatch';
import { applyPlayerSetting } from '../levels/playerSettings';
import { plotColors } from '../render/palette';
import { meanRateHz } from '../render/spikeWindow';
import type { SimCommand } from '../sim/commands/commandQueue';
import type { SimEvent } from '../sim/events/simEvents';
import { CampaignMenu } from '../ui/campaign/campaignMenu';
import { Controls } from '../ui/controls';
import { HelpDialog } from '../ui/helpDialog';
import { ObjectivesPanel } from '../ui/objectivesPanel';
import { campaignChapters } from './campaignCatalog';
import { installDebugHooks, type FrameTimes } from './debugHooks';
import { FastForwardControl } from './fastForwardControl';
import { FixedStepClock } from './fixedStepClock';
import { fetchLevelAsset } from './levelAssetFetch';
import { chooseLevel, LEVEL_GROUPS, listLevels, type LevelEntry } from './levelCatalog';
import { openLevelSession, spawnSession, type LevelSession } from './levelSession';
import { LevelViews } from './levelViews';
import { isCampaignLevel, LessonFlow } from './lessonFlow';
import { PageState } from './pageState';
import { exportProgress } from './progress/progressFile';
import { MAX_STARS, resolveSettings } from './progress/progressRecord';
import { recordSettings } from './progress/progressUpdates';
import { localStorageOrNull, readLegacySoundSettings } from '../ui/soundControls';
import { ProgressStore } from './progress/progressStore';
import { SnapshotRing } from './snapshotRing';
import { TimeControl } from './timeControl';

const slowRefreshMs = 250;
/** Frame rate while fast-forwarding (the views only change when a chunk arrives). */
const FAST_FORWARD_FPS = 12;
/** Frame times kept for the benchmark. */
const KEPT_FRAMES = 2000;

function keepLast(list: number[], value: number): void {
  list.push(value);
  if (list.length > KEPT_FRAMES) list.splice(0, list.length - KEPT_FRAMES);
}

async function boot(): Promise<void> {
  const levels = listLevels();
  const bus = createBus();
  const clock = new FixedStepClock();
  const state = new PageState();
  const help = new HelpDialog();
  const progressStore = await ProgressStore.open();
  const { chapters, warning: campaignWarning } = campaignChapters(levels);
  const objectives = new ObjectivesPanel(document.getElementById('objectives-list') as HTMLUListElement);
  const levelSelect = document.getElementById('level-select') as HTMLSelectElement;
  const times: FrameTimes = { frameMs: [], stepMs: [], frameWithRenderMs: [] };
  let frameBegan = 0;
  let loadToken = 0;
  let objectivesMet = new Set<string>();
  // Settings live in the saved progress (IndexedDB); an older page kept the sound ones in localStorage.
  const settings = resolveSettings(progressStore.current.settings, readLegacySoundSettings(localStorageOrNull()));
  // Slow or normal come back as chosen; fast-forward does not, so a level never races ahead unseen at load.
  state.speed = settings.speed === 'fast' ? 'normal' : settings.speed;

  const controls = new Controls({
    onLevel: (id) => openLevel(id, false),
    onPlayPause: () => void time.playPause(),
    onStep: () => void time.stepTick(),
    onStepTrial: () => void time.stepTrial(),
    onStepBack: () => void time.stepBack(),
    onSpeed: (value) => {
      void progressStore.update((p) => recordSettings(p, { speed: value }));
      void time.setSpeed(value);
    },
    onReset: () => void reset(),
    onHelp: () => openHelp(),
    onCampaign: () => openCampaignMenu(),
    onCanvasView: (value) => views.setCanvasView(value),
  });
  controls.setSpeed(state.speed);
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

  const sendCommand = (command: SimCommand): void => {
    const s = state.session;
    if (!s) return;
    // A paused world applies it on its next tick.
    if (fastForward.running) fastForward.send(command);
    else s.world.commands.send(command);
  };
  const views = new LevelViews(app, view, bus, {
    sendCommand,
    currentSession: () => state.session,
    soundSettings: {
      initial: { muted: settings.muted, volume: settings.volume },
      onChange: (sound) => void progressStore.update((p) => recordSettings(p, sound)),
    },
    setParameter: (path, value) => {
      const s = state.session;
      if (!s) return;
      const changed = applyPlayerSetting(state.nextLevel ?? s.level, path, value);
      if (!changed.ok) {
        views.actions.setStatus(changed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
        return;
      }
      state.nextLevel = changed.level;
      sendCommand({ type: 'setParameter', path, value });
    },
  });

  const announceEvent = (event: SimEvent): void => {
    if (event.type === 'commandRejected' && event.command.type === 'setParameter') {
      views.actions.setStatus(`This setting cannot change while the level runs (${event.reason}); it applies when you Reset (r).`);
    } else if (event.type === 'commandRejected') {
      views.actions.setStatus(`Not possible now: ${event.reason}`);
    }
  };

  const refreshButtons = (): void => {
    const { mode } = state;
    controls.setPlaying(mode !== 'paused', state.session !== null && !state.finished, state.hasTrials, (state.ring?.size ?? 0) > 0);
    view.dataset.mode = mode;
    views.sound.setFastForward(mode === 'fastForward');
    // Fast-forward chunks arrive ~7 times a second: drawing more often only takes CPU from the worker.
    app.ticker.maxFPS = mode === 'fastForward' ? FAST_FORWARD_FPS : 0;
    views.sound.setSpeed(mode === 'toTrialEnd' ? 100 : state.realTimeFactor);
    document.body.dataset.fastForward = String(mode === 'fastForward');
  };

  const fastForward: FastForwardControl = new FastForwardControl(state, {
    emit: (event) => {
      announceEvent(event);
      bus.emit(event.type, event as never);
    },
    onGoal: (s, goal) => lesson.onGoal(s, goal),
    onQuestionDue: (s) => lesson.onQuestionDue(s),
    onModulatorTrace: (samples) => views.scene?.panel.addTraceSamples(samples.timesMs, samples.levels),
    stopsAtGoal: (s) => lesson.stopsAtGoal(s),
    refreshButtons,
    showError: (message) => controls.showErrors('Fast-forward stopped', [{ path: '', message }]),
    announce: (text) => controls.announce(text),
    dropBacklog: () => clock.dropBacklog(),
  });

  const time: TimeControl = new TimeControl(state, clock, fastForward, {
    refreshButtons,
    announce: (text) => controls.announce(text),
    showSpeed: (value) => controls.setSpeed(value),
    flushEvents: (events) => {
      for (const event of events) announceEvent(event);
      flushSimEvents(events, bus);
    },
    onGoal: (s, goal) => lesson.onGoal(s, goal),
    onQuestionDue: (s) => lesson.onQuestionDue(s),
  });

  const lesson: LessonFlow = new LessonFlow({
    state,
    progressStore,
    chapters,
    levels,
    pause: () => time.pause(),
    play: () => time.play(),
    announce: (text) => controls.announce(text),
    openFromCampaign: (id) => openLevel(id, true),
    promptSetup: (text) => {
      views.actions.setStatus(text);
      controls.announce(text);
    },
  });

  /** Pauses while a menu or dialog is open; the returned function plays again if it was running (same level). */
  const pauseWhileOpen = (): (() => void) => {
    const s = state.session;
    const paused = time.pause();
    return () => void paused.then((wasRunning) => { if (wasRunning && state.session === s) void time.play(); });
  };

  const campaign = new CampaignMenu({
    onPick: (id) => openLevel(id, true),
    exportText: () => exportProgress(progressStore.current),
    importText: (text) => progressStore.importText(text),
  });
  campaign.setChapters(chapters);
  campaign.setProgress(progressStore.current, MAX_STARS);
  progressStore.onChange((p) => {
    campaign.setProgress(p, MAX_STARS);
    lesson.onProgressChange(p);
  });
  function openCampaignMenu(): void {
    if (campaign.open || lesson.dialogOpen || help.open) return;
    campaign.show(state.session?.id ?? null, pauseWhileOpen());
  }
  function openHelp(): void {
    if (help.open) {
      help.toggle();
      return;
    }
    if (campaign.open || lesson.dialogOpen) return;
    help.toggle(pauseWhileOpen());
  }
  document.getElementById('campaign-open')?.addEventListener('click', () => openCampaignMenu());

  /** Opens a level; from the campaign its intro card and questions come first and it stops at its goal. */
  function openLevel(id: string, fromCampaign: boolean): void {
    const url = new URL(window.location.href);
    url.searchParams.set('level', id);
    window.history.replaceState(null, '', url);
    controls.showWarning(null);
    levelSelect.value = id;
    lesson.beginOpen(id, fromCampaign);
    void start(id).then(() => {
      const s = state.session;
      if (s && s.id === id) lesson.afterStart(s);
    });
  }

  /** Makes `s` the page's world: a new ring, goal watch, scene and panels. */
  const install = (s: LevelSession): void => {
    state.session = s;
    state.nextLevel = s.level;
    state.finished = false;
    state.ring = new SnapshotRing(s.world);
    // The spawn itself is the first step-back point: the player can step back to the very start.
    state.ring.maybeRecord(s.world, s.recorder);
    state.goalWatch = new GoalWatch(s.run);
    objectivesMet = new Set();
    view.dataset.ringCapacity = String(state.ring.maxEntries);
    lesson.onInstall(s);
    views.install(s, controls.canvasView);
    clock.dropBacklog();
    objectives.show(evaluateObjectives(s.level, s.run));
    state.sinceSlowRefreshMs = Infinity;
  };

  const start = async (id: string): Promise<void> => {
    const token = ++loadToken;
    await fastForward.leave();
    views.clear();
    state.session = null;
    state.ring = null;
    state.goalWatch = null;
    refreshButtons();
    controls.showErrors('', []);
    controls.setStatus({ timeMs: 0, trials: 0, rateHz: 0, state: 'loading', lagging: false, speedText: '' });
    const entry = levels.find((l) => l.id === id) as LevelEntry;
    let result;
    try {
      result = await openLevelSession(id, await entry.load(), fetchLevelAsset);
    } catch (error) {
      result = { ok: false as const, errors: [{ path: '', message: String(error) }] };
    }
    if (token !== loadToken) return;
    if (!result.ok) {
      controls.showErrors(`Level "${id}" could not be loaded`, result.errors);
      controls.setStatus({ timeMs: 0, trials: 0, rateHz: 0, state: 'error', lagging: false, speedText: '' });
      return;
    }
    install(result.session);
    // Nothing runs behind a campaign level's intro card or first question.
    if (lesson.holdsAtStart(result.session)) state.mode = 'paused';
    else if (state.speed === 'fast') fastForward.start();
    else if (state.mode === 'fastForward') state.mode = 'playing';
    fastForward.prewarm();
    refreshButtons();
  };

  const reset = async (): Promise<void> => {
    const s = state.session;
    if (!s) return;
    await fastForward.leave();
    lesson.onReset(s);
    const result = spawnSession(s.id, state.nextLevel ?? s.level, s.assets);
    if (!result.ok) {
      controls.showErrors(`Level "${s.id}" could not be reset`, result.errors);
      return;
    }
    install(result.session);
    state.mode = state.speed === 'fast' ? 'paused' : 'playing';
    if (state.speed === 'fast') fastForward.start();
    refreshButtons();
    controls.announce('Level reset');
  };

  /** Four times a second: objectives, the lesson's checks, the status line. */
  const refreshSlow = (s: LevelSession): void => {
    const outcomes = evaluateObjectives(s.level, s.run);
    objectives.update(outcomes);
    for (const outcome of outcomes) {
      if (!outcome.met || objectivesMet.has(outcome.id)) continue;
      objectivesMet.add(outcome.id);
      const event: SimEvent = { type: 'objectiveMet', tick: s.world.clock[0], objective: outcome.id };
      bus.emit('objectiveMet', event as never);
      controls.announce(`Objective met: ${outcome.description}`);
    }
    view.dataset.objectivesMet = String(objectivesMet.size);
    lesson.settleIfFinished(s);
    lesson.askDuePredictions(s);
    const { mode } = state;
    const playing = mode === 'playing' || mode === 'toTrialEnd';
    const scene = views.scene;
    controls.setStatus({
      timeMs: s.world.clock[0] * s.world.dtMs,
      trials: s.recorder.trials.length,
      rateHz: scene ? meanRateHz(scene.panel.raster.spikesInWindow, s.world.neurons.count, Math.min(1000, s.world.clock[0] * s.world.dtMs)) : 0,
      state: state.finished ? 'finished' : mode === 'paused' ? 'paused' : 'running',
      lagging: playing && clock.lagging,
      speedText: mode === 'fastForward' ? `fast-forward ${state.ffSpeed.toFixed(0)}×` : state.speed === 'fast' ? 'fast-forward (stopped)' : `${state.realTimeFactor}×`,
    });
    view.dataset.trials = String(s.recorder.trials.length);
    view.dataset.ffSpeed = state.ffSpeed.toFixed(1);
    refreshButtons();
  };

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
      refreshSlow(s);
    }
  });

  // After Pixi's render (which runs at LOW priority): the frame's whole main-thread time.
  app.ticker.add(() => {
    if (frameBegan === 0) return;
    keepLast(times.frameWithRenderMs, performance.now() - frameBegan);
    frameBegan = 0;
  }, undefined, UPDATE_PRIORITY.UTILITY);

  installDebugHooks({ state, bus, times, fastForward, progressStore, sceneName: () => views.sceneName, refreshButtons });

  const choice = chooseLevel(window.location.search, levels.map((l) => l.id));
  if (!choice) {
    controls.showErrors('No levels found', [{ path: 'levels/', message: 'no level files (*.json) were built into this page' }]);
    controls.setStatus({ timeMs: 0, trials: 0, rateHz: 0, state: 'error', lagging: false, speedText: '' });
    return;
  }
  controls.setLevels(levels, LEVEL_GROUPS, choice.id);
  controls.showWarning(choice.warning ?? progressStore.warning ?? campaignWarning);
  // A ?level= link to a chapter's level opens it as the campaign menu would (cards, questions, stars).
  const linked = new URLSearchParams(window.location.search).get('level') === choice.id && !choice.warning;
  lesson.beginOpen(choice.id, linked && isCampaignLevel(chapters, choice.id));
  await start(choice.id);
  if (state.session) lesson.afterStart(state.session);
}

boot().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status-state');
  if (status) status.textContent = `Failed to start: ${error instanceof Error ? error.message : String(error)}`;
});
