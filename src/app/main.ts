// Browser composition root. The page keeps ONE main-thread world per level (spawned from the level,
// its seed and assets) that every view reads. Normal and slow speeds step it on the Pixi ticker with a
// fixed-step accumulator; fast-forward runs the same level in a Web Worker and restores the worker's
// snapshots into this world (fastForwardClient.ts). A ring of snapshots lets the player step back.
// The sim never sees a clock or the DOM.
import { Application, UPDATE_PRIORITY } from 'pixi.js';
import { evaluateObjectives, type ObjectiveOutcome } from '../levels/objectives/evaluateObjectives';
import { applyPlayerSetting } from '../levels/playerSettings';
import type { Level } from '../levels/schema/level';
import type { Command } from '../levels/schema/commands';
import { plotColors } from '../render/palette';
import type { SimCommand } from '../sim/commands/commandQueue';
import type { SimEvent } from '../sim/events/simEvents';
import { hashWorldState, restoreSnapshot, takeSnapshot } from '../sim/snapshot';
import { Controls, type SpeedChoice } from '../ui/controls';
import { HelpDialog } from '../ui/helpDialog';
import { PlotExports } from './plotExports';
import { createSongbirdPanel, type SongbirdPanel } from '../ui/songbirdPanel';
import { songbirdPanelOptions, songbirdPanelStatus } from '../render/scenes/songbird/songbirdPanelOptions';
import { SongbirdScene } from '../render/scenes/songbird/songbirdScene';
import { playableSong } from '../render/scenes/songbird/songbirdSongs';
import { Inspector } from '../ui/inspector/inspector';
import { ObjectivesPanel } from '../ui/objectivesPanel';
import { PlayerActionsPanel } from '../ui/playerActions';
import { createSoundSystem } from '../audio/createSoundSystem';
import { createCaptions } from '../ui/captions';
import { createSoundControls } from '../ui/soundControls';
import { createBus, flushSimEvents, type Bus } from './bus';
import { FastForwardClient } from './fastForwardClient';
import { FixedStepClock } from './fixedStepClock';
import { fetchLevelAsset } from './levelAssetFetch';
import { chooseLevel, LEVEL_GROUPS, listLevels, type LevelEntry } from './levelCatalog';
import { openLevelSession, spawnSession, type LevelSession } from './levelSession';
import { stepLevel, timelineDone } from './levelStep';
import { ComposedScene } from './composedScene';
import { PlotPanel } from '../render/plots/PlotPanel';
import { CircuitView } from '../render/circuit/circuitView';
import { meanRateHz } from '../render/spikeWindow';
import { circuitViewOf, sceneFor } from './sceneFor';
import { SnapshotRing } from './snapshotRing';
import { ProgressStore } from './progress/progressStore';
import { MAX_STARS, type Progress } from './progress/progressRecord';
import { exportProgress } from './progress/progressFile';
import { failuresOf, recordCompletion, recordFailure, recordPrediction, recordPredictionOutcome } from './progress/progressUpdates';
import { sessionStars } from './progress/sessionStars';
import { hintSchedule } from '../levels/campaign/hints';
import { CampaignMenu } from '../ui/campaign/campaignMenu';
import { nextLevelId } from '../ui/campaign/chapters';
import { campaignChapters } from './campaignCatalog';
import { HintsPanel } from '../ui/campaign/hintsPanel';
import { LevelCards, type ResultCardData } from '../ui/campaign/levelCards';
import { PredictionDialog } from '../ui/campaign/predictionDialog';
import { checkPrediction } from '../levels/campaign/predictions';
import type { Prediction } from '../levels/schema/lesson';
import { goalOf, introOf, whatHappenedOf } from '../ui/campaign/lessonView';

/** Wall-clock budget for stepping per frame, so drawing and input stay responsive. */
const stepBudgetMs = 12;
const slowRefreshMs = 250;
/** Frame rate while fast-forwarding (the views only change when a chunk arrives). */
const FAST_FORWARD_FPS = 12;
const SPEEDS: Record<Exclude<SpeedChoice, 'fast'>, number> = { slow: 0.25, normal: 1 };

type Mode = 'paused' | 'playing' | 'toTrialEnd' | 'fastForward';

/** What the page exposes for tests and the browser benchmark (read-only views of its state). */
export interface SynapticaDebug {
  bus: Bus;
  eventCounts(): Record<string, number>;
  trials(): number;
  tick(): number;
  mode(): Mode;
  sceneName(): string;
  /** Wall ms spent in each of the last frame callbacks (stepping + drawing the scene). */
  frameMs: number[];
  /** The stepping part of frameMs. */
  stepMs: number[];
  /** frameMs plus Pixi's render of the frame (from the start of the frame callback to after the render). */
  frameWithRenderMs: number[];
  /** Fast-forward speed of the last chunks: simulated ms per wall ms. */
  fastForwardSpeed(): number;
  /**
   * Identity check with the real Worker: from the current state, fast-forwards `ticks` ticks in the
   * worker, then restores the same starting state and steps `ticks` on the main thread. Leaves the
   * page paused at the main-thread result.
   */
  /** The player's progress as saved (IndexedDB), and a promise that settles when every change is written. */
  progress(): Progress;
  flushProgress(): Promise<void>;
  checkFastForward(ticks: number): Promise<{ fromTick: number; worker: { hash: string; trials: string; tick: number }; main: { hash: string; trials: string; tick: number } }>;
}

declare global {
  interface Window {
    __synaptica?: SynapticaDebug;
  }
}

async function boot(): Promise<void> {
  const levels = listLevels();
  const bus = createBus();
  const clock = new FixedStepClock();
  const fastForward = new FastForwardClient();
  const help = new HelpDialog();
  let session: LevelSession | null = null;
  /** The level Reset spawns: the session's, plus player settings that could not change live. */
  let nextLevel: Level | null = null;
  let scene: ComposedScene | null = null;
  let sceneName = 'none';
  let ring: SnapshotRing | null = null;
  let mode: Mode = 'playing';
  /** The mode to return to when fast-forward is switched off. */
  let speed: SpeedChoice = 'normal';
  let finished = false;
  let loadToken = 0;
  let sinceSlowRefreshMs = Infinity;
  let ffSpeed = 0;
  const frameMs: number[] = [];
  const stepMs: number[] = [];
  const frameWithRenderMs: number[] = [];
  let frameBegan = 0;
  let objectivesMet = new Set<string>();
  // Campaign progress: one attempt per spawn (level start or Reset); it ends as a completion (every
  // objective met) or a failure (Reset, or the timeline ends, before that).
  const progressStore = await ProgressStore.open();
  const { chapters, warning: campaignWarning } = campaignChapters(levels);
  let attemptSettled = false;
  const levelCards = new LevelCards();
  const hints = new HintsPanel(document.getElementById('hints') as HTMLElement);
  const resultButton = document.getElementById('lesson-result') as HTMLButtonElement;
  let showLastResult: (() => void) | null = null;
  const predictionDialog = new PredictionDialog();
  /** Predictions asked since the level was opened from the campaign (kept over Resets), with the answers. */
  let askedPredictions = new Set<string>();
  let committedPredictions: Array<ResultCardData['predictions'][number] & { id: string }> = [];
  let asking = false;

  /** Pauses, asks each question in turn, records the answers, then plays again if it was playing. */
  async function askPredictions(s: LevelSession, due: readonly Prediction[]): Promise<void> {
    const fresh = due.filter((p) => !askedPredictions.has(p.id));
    if (fresh.length === 0 || asking) return;
    asking = true;
    for (const p of fresh) askedPredictions.add(p.id);
    const wasRunning = mode !== 'paused';
    if (wasRunning) await playPause();
    for (const p of fresh) {
      const choice = await predictionDialog.ask(s.level.title ?? s.id, p.question, p.choices);
      if (choice === null) continue;
      const checked = checkPrediction(s.level, p.id, choice);
      if (!checked.ok) continue;
      committedPredictions.push({ id: p.id, question: p.question, answer: p.choices[choice], outcome: p.choices[p.answer], correct: checked.record.correct, reveal: p.reveal });
      void progressStore.update((progress) => recordPrediction(progress, { levelId: s.id, questionId: p.id, answer: p.choices[choice], madeAt: new Date().toISOString() }));
    }
    asking = false;
    if (session === s && mode === 'paused' && !finished && (wasRunning || due.some((p) => p.askedBefore === 'start'))) await playPause();
  }

  /** Trial-timed questions: asked when the trial before theirs has ended (checked 4 times a second). */
  function askDuePredictions(s: LevelSession): void {
    if (campaignLevel !== s.id || asking) return;
    const done = s.recorder.trials.length;
    const due = (s.level.lesson?.predictions ?? []).filter((p) => p.askedBefore !== 'start' && done >= p.askedBefore.trial - 1 && !askedPredictions.has(p.id));
    if (due.length > 0) void askPredictions(s, due);
  }

  const announceEvent = (event: SimEvent): void => {
    if (event.type === 'commandRejected' && event.command.type === 'setParameter') {
      actions.setStatus(`This setting cannot change while the level runs (${event.reason}); it applies when you Reset (r).`);
    } else if (event.type === 'commandRejected') {
      actions.setStatus(`Not possible now: ${event.reason}`);
    }
  };
  const emit = (event: SimEvent): void => {
    announceEvent(event);
    bus.emit(event.type, event as never);
  };

  const sendCommand = (command: SimCommand): void => {
    if (!session) return;
    if (fastForward.running) fastForward.send(command);
    else session.world.commands.send(command);
    // A paused world applies it on the next tick: step once so the player sees it take effect.
  };

  const actions = new PlayerActionsPanel(
    document.getElementById('player-actions-body') as HTMLElement,
    document.getElementById('player-actions-status') as HTMLElement,
    {
      sendCommand: (command: Command) => sendCommand(command as SimCommand),
      setParameter: (path, value) => {
        if (!session) return;
        const changed = applyPlayerSetting(nextLevel ?? session.level, path, value);
        if (!changed.ok) {
          actions.setStatus(changed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
          return;
        }
        nextLevel = changed.level;
        sendCommand({ type: 'setParameter', path, value });
      },
    },
  );
  const inspector = new Inspector(document.getElementById('inspector') as HTMLElement);
  // Spike clicks follow the inspected neuron.
  let songbirdPanel: SongbirdPanel | null = null;
  let inspectorToScene: ((selection: Parameters<CircuitView['setSelection']>[0]) => void) | null = null;
  inspector.onSelect((selection) => {
    sound.selectNeuron(selection?.kind === 'neuron' ? selection.eid : null);
    inspectorToScene?.(selection);
  });
  const exports = new PlotExports(document.getElementById('plot-exports-body') as HTMLElement, () => app.renderer);
  const objectives = new ObjectivesPanel(document.getElementById('objectives-list') as HTMLUListElement);
  const lessonGoal = document.getElementById('lesson-goal') as HTMLParagraphElement;

  const captions = createCaptions(document.getElementById('captions') as HTMLElement);
  const sound = createSoundSystem({ bus, getWorld: () => session?.world ?? null, onSound: (played) => captions.show(played.caption) });
  createSoundControls(document.getElementById('sound-controls') as HTMLElement, sound);
  // The bird's beak follows a song while it plays (listen buttons and sung renditions).
  sound.onSong((kind, _rendition, durationMs) => {
    const s = session;
    const songScene = scene?.scene;
    if (!s || !(songScene instanceof SongbirdScene)) return;
    const song = playableSong(s.world, kind);
    const startedAt = performance.now();
    songScene.followPlayback(song?.track ?? null, () => performance.now() - startedAt);
    setTimeout(() => { if (scene?.scene === songScene) songScene.followPlayback(null); }, durationMs + 50);
  });

  /** The level the player opened from the campaign menu (its intro and result cards open by themselves). */
  let campaignLevel: string | null = null;
  const levelSelect = document.getElementById('level-select') as HTMLSelectElement;
  function openLevel(id: string, fromCampaign: boolean): void {
    const url = new URL(window.location.href);
    url.searchParams.set('level', id);
    window.history.replaceState(null, '', url);
    controls.showWarning(null);
    levelSelect.value = id;
    campaignLevel = fromCampaign ? id : null;
    askedPredictions = new Set();
    committedPredictions = [];
    void start(id).then(() => {
      const s = session;
      if (!fromCampaign || !s || s.id !== id) return;
      const intro = introOf(s.level.lesson);
      const startQuestions = (s.level.lesson?.predictions ?? []).filter((p) => p.askedBefore === 'start');
      const afterIntro = (): void => {
        if (session !== s) return;
        if (startQuestions.length > 0) void askPredictions(s, startQuestions);
        else if (mode === 'paused' && !finished) void playPause();
      };
      if (!intro) {
        if (startQuestions.length > 0) void askPredictions(s, startQuestions);
        return;
      }
      // Paused while the player reads; Start (or Esc) goes on to the questions, then plays.
      if (mode !== 'paused') void playPause();
      levelCards.showIntro(s.level.title ?? id, intro, goalOf(s.level.lesson) || (s.level.description ?? ''), afterIntro);
    });
  }
  const campaign = new CampaignMenu({
    onPick: (id) => openLevel(id, true),
    exportText: () => exportProgress(progressStore.current),
    importText: (text) => progressStore.importText(text),
  });
  campaign.setChapters(chapters);
  campaign.setProgress(progressStore.current, MAX_STARS);
  progressStore.onChange((p) => {
    campaign.setProgress(p, MAX_STARS);
    if (session) hints.show(hintSchedule(session.level.lesson?.hints ?? []), failuresOf(p, session.id));
  });
  document.getElementById('campaign-open')?.addEventListener('click', () => campaign.show(session?.id ?? null));
  resultButton.addEventListener('click', () => showLastResult?.());

  const controls = new Controls({
    onLevel: (id) => openLevel(id, false),
    onPlayPause: () => void playPause(),
    onStep: () => void stepTick(),
    onStepTrial: () => void stepTrial(),
    onStepBack: () => void stepBack(),
    onSpeed: (value) => void setSpeed(value),
    onReset: () => void reset(),
    onHelp: () => help.toggle(),
    onCanvasView: (value) => {
      scene?.setView(value);
      layout();
    },
  });
  controls.setSpeed(speed);
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

  const layout = (): void => {
    if (!scene) return;
    scene.resize(app.screen.width, app.screen.height);
    const rects = scene.plotRects();
    const text = (r: { x: number; y: number; width: number; height: number } | null): string => (r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '');
    view.dataset.rasterRect = text(rects.raster);
    view.dataset.weightsRect = text(rects.weights);
    view.dataset.canvasView = scene.currentView;
  };
  app.renderer.on('resize', layout);

  const hasTrials = (): boolean => (session?.run.timelineTicks ?? 0) > 0;
  const refreshButtons = (): void => {
    const running = mode !== 'paused';
    controls.setPlaying(running, session !== null && !finished, hasTrials(), (ring?.size ?? 0) > 0);
    view.dataset.mode = mode;
    sound.setFastForward(mode === 'fastForward');
    // Fast-forward chunks arrive ~7 times a second: drawing more often only takes CPU from the worker.
    app.ticker.maxFPS = mode === 'fastForward' ? FAST_FORWARD_FPS : 0;
    sound.setSpeed(mode === 'toTrialEnd' ? 100 : SPEEDS[speed === 'fast' ? 'normal' : speed]);
    document.body.dataset.fastForward = String(mode === 'fastForward');
  };

  /** Stops fast-forward (if it runs) and waits until its last state is in the page's world. */
  const leaveFastForward = async (): Promise<void> => {
    if (!fastForward.running) return;
    await fastForward.stop();
    clock.dropBacklog();
  };

  const startFastForward = (): void => {
    const s = session;
    if (!s || finished || fastForward.running) return;
    mode = 'fastForward';
    ffSpeed = 0;
    fastForward.start(
      { world: s.world, recorder: s.recorder, level: s.level, seed: s.seed, assets: s.assets },
      {
        onChunk: (chunk) => {
          if (session !== s) return;
          for (const event of chunk.events) emit(event);
          ring?.offer(chunk.snapshot, chunk.recorder, s.world.dtMs);
          if (chunk.wallMs > 0) ffSpeed = (chunk.ticks * s.world.dtMs) / chunk.wallMs;
          sinceSlowRefreshMs = Infinity;
        },
        onEnded: (reason, message) => {
          if (session !== s) return;
          if (reason === 'error') controls.showErrors('Fast-forward stopped', [{ path: '', message: message ?? 'unknown error' }]);
          finished = reason === 'timeline' || timelineDone(s.world);
          mode = 'paused';
          refreshButtons();
          controls.announce(finished ? 'The level has finished.' : 'Fast-forward stopped.');
        },
      },
    );
    refreshButtons();
  };

  const setSpeed = async (value: SpeedChoice): Promise<void> => {
    speed = value;
    controls.setSpeed(value);
    if (value === 'fast') {
      if (mode !== 'fastForward') startFastForward();
      return;
    }
    if (mode === 'fastForward') {
      await leaveFastForward();
      mode = finished ? 'paused' : 'playing';
    }
    refreshButtons();
  };

  const playPause = async (): Promise<void> => {
    if (!session || finished) return;
    if (mode === 'fastForward') {
      await leaveFastForward();
      mode = 'paused';
    } else if (mode === 'paused') {
      if (speed === 'fast') startFastForward();
      else mode = 'playing';
    } else {
      mode = 'paused';
    }
    clock.dropBacklog();
    refreshButtons();
    controls.announce(mode === 'paused' ? 'Paused' : 'Playing');
  };

  const stepOnce = (s: LevelSession): void => {
    stepLevel(s.world, s.recorder);
    ring?.maybeRecord(s.world, s.recorder);
    if (s.world.events.length > 0) {
      for (const event of s.world.events) announceEvent(event);
      flushSimEvents(s.world.events, bus);
    }
  };

  const stepTick = async (): Promise<void> => {
    const s = session;
    if (!s || finished) return;
    await leaveFastForward();
    mode = 'paused';
    stepOnce(s);
    sinceSlowRefreshMs = Infinity;
    refreshButtons();
  };

  const stepTrial = async (): Promise<void> => {
    if (!session || finished || !hasTrials()) return;
    await leaveFastForward();
    mode = 'toTrialEnd';
    refreshButtons();
  };

  const stepBack = async (): Promise<void> => {
    const s = session;
    if (!s || !ring) return;
    await leaveFastForward();
    const tick = ring.stepBack(s.world, s.recorder);
    mode = 'paused';
    if (tick !== null) {
      finished = false;
      controls.announce(`Stepped back to ${(tick * s.world.dtMs / 1000).toFixed(1)} s`);
    }
    sinceSlowRefreshMs = Infinity;
    refreshButtons();
  };

  const reset = async (): Promise<void> => {
    const s = session;
    if (!s) return;
    await leaveFastForward();
    if (!attemptSettled && s.world.clock[0] > 0) {
      attemptSettled = true;
      void progressStore.update((p) => recordFailure(p, s.id));
    }
    const level = nextLevel ?? s.level;
    const result = spawnSession(s.id, level, s.assets);
    if (!result.ok) {
      controls.showErrors(`Level "${s.id}" could not be reset`, result.errors);
      return;
    }
    install(result.session);
    mode = speed === 'fast' ? 'paused' : 'playing';
    if (speed === 'fast') startFastForward();
    refreshButtons();
    controls.announce('Level reset');
  };

  /** Makes `s` the page's world: a new scene, ring, panels. */
  const install = (s: LevelSession): void => {
    scene?.destroy();
    scene = null;
    session = s;
    nextLevel = s.level;
    finished = false;
    objectivesMet = new Set();
    attemptSettled = false;
    hints.show(hintSchedule(s.level.lesson?.hints ?? []), failuresOf(progressStore.current, s.id));
    resultButton.hidden = true;
    showLastResult = null;
    ring = new SnapshotRing(s.world);
    view.dataset.ringCapacity = String(ring.maxEntries);
    const chosen = sceneFor(s.level, s.world);
    const panel = new PlotPanel(s.level, s.world);
    // Every level can show its circuit: a second view when the level's scene is a circuit's own scene.
    const extraCircuit = chosen?.scene instanceof CircuitView ? null : circuitViewOf(s.level, s.world);
    scene = new ComposedScene(chosen?.scene ?? null, panel, controls.canvasView, extraCircuit);
    sceneName = chosen?.name ?? 'plots';
    view.dataset.scene = sceneName;
    const circuit = chosen?.scene instanceof CircuitView ? chosen.scene : extraCircuit;
    if (circuit) {
      circuit.onSelect((selection) => inspector.show(s.world, selection));
      inspectorToScene = (selection) => circuit.setSelection(selection);
    } else {
      inspectorToScene = null;
    }
    app.stage.addChild(scene.root);
    exports.show(panel);
    clock.dropBacklog();
    lessonGoal.textContent = s.level.lesson?.goal ?? s.level.description ?? '';
    objectives.show(evaluateObjectives(s.level, s.run));
    songbirdPanel?.destroy();
    songbirdPanel = null;
    const songbirdOptions = songbirdPanelOptions(s.level, s.world);
    actions.show(s.level, songbirdOptions !== null);
    if (songbirdOptions) {
      songbirdPanel = createSongbirdPanel(document.getElementById('player-actions-body') as HTMLElement, songbirdOptions, {
        onCommand: (command) => sendCommand(command),
        playSong: (kind) => {
          if (!sound.playSong(kind)) actions.setStatus('No such song yet.');
        },
      });
    }
    inspector.show(s.world, null);
    sound.selectNeuron(null);
    layout();
    sinceSlowRefreshMs = Infinity;
  };

  const start = async (id: string): Promise<void> => {
    const token = ++loadToken;
    await leaveFastForward();
    scene?.destroy();
    scene = null;
    session = null;
    ring = null;
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
    if (speed === 'fast') startFastForward();
    else if (mode === 'fastForward') mode = 'playing';
    fastForward.prewarm();
    refreshButtons();
  };

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
    settleAttempt(s, outcomes);
    askDuePredictions(s);
    const playing = mode === 'playing' || mode === 'toTrialEnd';
    controls.setStatus({
      timeMs: s.world.clock[0] * s.world.dtMs,
      trials: s.recorder.trials.length,
      rateHz: scene ? meanRateHz(scene.panel.raster.spikesInWindow, s.world.neurons.count, Math.min(1000, s.world.clock[0] * s.world.dtMs)) : 0,
      state: finished ? 'finished' : mode === 'paused' ? 'paused' : 'running',
      lagging: playing && clock.lagging,
      speedText: mode === 'fastForward' ? `fast-forward ${ffSpeed.toFixed(0)}×` : speed === 'fast' ? 'fast-forward (stopped)' : `${SPEEDS[speed]}×`,
    });
    view.dataset.trials = String(s.recorder.trials.length);
    view.dataset.ffSpeed = ffSpeed.toFixed(1);
    refreshButtons();
  };

  /** Records the attempt once: completed when every objective is met, failed when the level ended first. */
  function settleAttempt(s: LevelSession, outcomes: ObjectiveOutcome[]): void {
    if (attemptSettled) return;
    const allMet = outcomes.length > 0 && outcomes.every((o) => o.met);
    if (!allMet) {
      if (!finished) return;
      attemptSettled = true;
      void progressStore.update((p) => recordFailure(p, s.id));
      controls.announce('The level ended before every objective was met. Reset (r) to try again.');
      return;
    }
    attemptSettled = true;
    const failures = failuresOf(progressStore.current, s.id);
    const award = sessionStars(s, outcomes);
    const stars = award.stars;
    const trialsUsed = award.used;
    void progressStore.update((p) => recordCompletion(p, s.id, stars, trialsUsed));
    // The run is over for the questions asked: their outcomes go into the progress.
    for (const p of s.level.lesson?.predictions ?? []) {
      const made = committedPredictions.find((c) => c.id === p.id);
      if (made) void progressStore.update((progress) => recordPredictionOutcome(progress, s.id, p.id, made.outcome, made.correct));
    }
    const predictions = [...committedPredictions];
    const nextId = nextLevelId(chapters, s.id);
    const nextTitle = nextId ? levels.find((l) => l.id === nextId)?.title ?? nextId : null;
    showLastResult = () => levelCards.showResult({
      title: s.level.title ?? s.id,
      stars,
      maxStars: MAX_STARS,
      bestStars: progressStore.current.levels[s.id]?.bestStars ?? stars,
      usedText: `${trialsUsed} ${award.unit}`,
      reasons: award.reasons,
      failures,
      whatHappened: whatHappenedOf(s.level.lesson),
      predictions,
      nextTitle,
    }, nextId ? () => openLevel(nextId, true) : null);
    resultButton.hidden = false;
    controls.announce(`Level complete with ${stars} of ${MAX_STARS} stars.`);
    // Opened from the campaign, the level pauses and shows the card; otherwise the card waits behind a button.
    if (campaignLevel === s.id) {
      if (mode !== 'paused') void playPause().then(() => showLastResult?.());
      else showLastResult();
    }
  }

  app.ticker.add((ticker) => {
    const s = session;
    if (!s || !scene) return;
    const began = performance.now();
    frameBegan = began;
    if ((mode === 'playing' || mode === 'toTrialEnd') && !finished) {
      // "Step trial" runs as fast as the frame budget allows; play runs at the chosen speed.
      const steps = mode === 'toTrialEnd' ? Number.POSITIVE_INFINITY
        : clock.advance(ticker.deltaMS, SPEEDS[speed === 'fast' ? 'normal' : speed], s.world.dtMs);
      const trialsBefore = s.recorder.trials.length;
      for (let i = 0; i < steps; i++) {
        if (timelineDone(s.world)) {
          finished = true;
          mode = 'paused';
          controls.announce('The level has finished.');
          break;
        }
        stepOnce(s);
        if (mode === 'toTrialEnd' && s.recorder.trials.length > trialsBefore) {
          mode = 'paused';
          controls.announce(`Trial ${s.recorder.trials.length} ended`);
          break;
        }
        // Check the wall clock every 16 steps; past the budget, run slower than asked.
        if ((i & 15) === 15 && performance.now() - began > stepBudgetMs) {
          clock.dropBacklog();
          clock.lagging = mode === 'playing';
          break;
        }
      }
    }
    stepMs.push(performance.now() - began);
    if (stepMs.length > 2000) stepMs.splice(0, stepMs.length - 2000);
    const tick = s.world.clock[0];
    scene.update({ world: s.world, tick, deltaMs: ticker.deltaMS, trials: s.recorder.trials, fastForward: mode === 'fastForward' });
    inspector.update(s.world);
    if (sinceSlowRefreshMs + ticker.deltaMS >= slowRefreshMs) actions.sync(s.world);
    if (songbirdPanel && sinceSlowRefreshMs + ticker.deltaMS >= slowRefreshMs) {
      const status = songbirdPanelStatus(s.world);
      if (status) songbirdPanel.sync(status);
    }
    view.dataset.simTicks = String(tick);
    view.dataset.spikesDrawn = String(scene.panel.raster.dotsDrawn);
    frameMs.push(performance.now() - began);
    if (frameMs.length > 2000) frameMs.splice(0, frameMs.length - 2000);

    sinceSlowRefreshMs += ticker.deltaMS;
    if (sinceSlowRefreshMs >= slowRefreshMs) {
      sinceSlowRefreshMs = 0;
      refreshSlow(s);
    }
  });

  // After Pixi's render (which runs at LOW priority): the frame's whole main-thread time.
  app.ticker.add(() => {
    if (frameBegan === 0) return;
    frameWithRenderMs.push(performance.now() - frameBegan);
    if (frameWithRenderMs.length > 2000) frameWithRenderMs.splice(0, frameWithRenderMs.length - 2000);
    frameBegan = 0;
  }, undefined, UPDATE_PRIORITY.UTILITY);

  window.__synaptica = {
    bus,
    eventCounts: () => ({ ...(session?.recorder.eventCounts ?? {}) }),
    trials: () => session?.recorder.trials.length ?? 0,
    tick: () => session?.world.clock[0] ?? 0,
    mode: () => mode,
    sceneName: () => sceneName,
    frameMs,
    stepMs,
    frameWithRenderMs,
    fastForwardSpeed: () => ffSpeed,
    progress: () => progressStore.current,
    flushProgress: () => progressStore.flush(),
    checkFastForward: async (ticks) => {
      const s = session;
      if (!s) throw new Error('no level is running');
      await leaveFastForward();
      mode = 'paused';
      refreshButtons();
      const fromTick = s.world.clock[0];
      const start = takeSnapshot(s.world);
      const startRecorder = s.recorder.exportState();
      const result = (): { hash: string; trials: string; tick: number } => ({
        hash: hashWorldState(s.world), trials: JSON.stringify(s.recorder.trials), tick: s.world.clock[0],
      });
      await new Promise<void>((resolve, reject) => {
        fastForward.start(
          { world: s.world, recorder: s.recorder, level: s.level, seed: s.seed, assets: s.assets },
          { onChunk: () => undefined, onEnded: (reason, message) => (reason === 'error' ? reject(new Error(message)) : resolve()) },
          150,
          fromTick + ticks,
        );
      });
      const worker = result();
      restoreSnapshot(s.world, start);
      s.recorder.importState(startRecorder);
      for (let i = 0; i < ticks; i++) {
        stepLevel(s.world, s.recorder);
        s.world.events.length = 0;
      }
      return { fromTick, worker, main: result() };
    },
  };

  const choice = chooseLevel(window.location.search, levels.map((l) => l.id));
  if (!choice) {
    controls.showErrors('No levels found', [{ path: 'levels/', message: 'no level files (*.json) were built into this page' }]);
    controls.setStatus({ timeMs: 0, trials: 0, rateHz: 0, state: 'error', lagging: false, speedText: '' });
    return;
  }
  controls.setLevels(levels, LEVEL_GROUPS, choice.id);
  controls.showWarning(choice.warning ?? progressStore.warning ?? campaignWarning);
  await start(choice.id);
}

boot().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status-state');
  if (status) status.textContent = `Failed to start: ${error instanceof Error ? error.message : String(error)}`;
});
