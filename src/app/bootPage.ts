/**
 * The game's wiring (startPage.ts opens it for every address but ?class and ?teacher): makes each part
 * once (progress, controls, the Pixi app, views, time and
 * fast-forward control, the lesson flow, the menus, the level opener, the frame loop) and connects
 * their callbacks, then opens the first level. What each part does lives in its own file; this one
 * only says who calls whom. Callbacks name parts made further down: they run after boot has made them.
 */
import { createBus, flushSimEvents } from '../bus/bus';
import type { SimEvent } from '../sim/events/simEvents';
import { CampaignMenu } from '../ui/campaign/campaignMenu';
import { Controls } from '../ui/controls';
import { HelpDialog } from '../ui/helpDialog';
import { focusFirstSettingIfFallenBack } from '../ui/dialogFocus';
import { ObjectivesPanel } from '../ui/objectivesPanel';
import { localStorageOrNull, readLegacySoundSettings } from '../ui/soundControls';
import { installWarningClose } from '../ui/welcome/warningBanner';
import { campaignChapters } from './campaignCatalog';
import { createPixiApp } from './createPixiApp';
import { installDebugHooks } from './debugHooks';
import { FastForwardControl } from './fastForwardControl';
import { FirstScreen } from './firstScreen';
import { DRAFT_SESSION_ID } from './editor/draftSession';
import { LazyEditor } from './editor/lazyEditor';
import { FixedStepClock } from './fixedStepClock';
import { startFrameLoop } from './frameLoop';
import { listLevels } from './levelCatalog';
import { LevelOpener } from './levelOpener';
import { LevelViews } from './levelViews';
import { openFirstView } from './openFirstView';
import { startChosenLanguage } from './languageSwitch';
import { installOpenAndShare } from './open/installOpenAndShare';
import { installRecorder } from './recorder/installRecorder';
import { LessonFlow } from './lessonFlow';
import { levelOriginText, playsAsCampaign } from './levelOrigin';
import { PageDialogs } from './pageDialogs';
import { PageState } from './pageState';
import { showPageMode } from './showPageMode';
import { exportProgress, MAX_PROGRESS_FILE_BYTES, tooLargeMessage } from './progress/progressFile';
import { MAX_STARS, resolveSettings } from './progress/progressRecord';
import { recordSettings } from './progress/progressUpdates';
import { syncProgressAcrossTabs } from './progress/progressSync';
import { rejectedCommandStatus } from './rejectedCommandStatus';
import { settledPick } from './settledPick';
import { SlowRefresh } from './slowRefresh';
import { ScreenDescription } from './screenDescription';
import { ScreenSummary } from '../ui/access/screenSummary';
import { TimeControl } from './timeControl';
import { wakeOnInput } from './wakeOnInput';
import { Classroom } from './classroom/installClassroom';
import { startResults } from './results/startResults';
import { readSavedState } from './savedState';
import { PlayerCommands } from './playerCommands';
import { t } from '../i18n/messages';

/** `linkSearch`: the teacher's link's settings (address and #lesson=, linkSettingsAddress.ts); the page's language is already set from it. */
export async function bootPage(linkSearch: string): Promise<void> {
  // A level of yours that cannot be kept later is said on the warning line.
  const { yourLevels, yourLevelsProblem, progressStore } = await readSavedState((problem) => controls.showWarning(problem));
  startChosenLanguage(progressStore, document.getElementById('help') as HTMLElement, linkSearch);
  // After the saved language is in force: built-in levels come with their texts in it.
  const levels = listLevels();
  const opensAsCampaign = (id: string): boolean => playsAsCampaign(id, allChapters, yourLevels);
  const bus = createBus();
  const clock = new FixedStepClock();
  const state = new PageState();
  const help = new HelpDialog();
  syncProgressAcrossTabs(progressStore);
  const { chapters: allChapters, warning: campaignWarning } = campaignChapters(levels);
  const classroom = Classroom.start(window.location, { levels, chapters: allChapters, yourLevels });
  const { link, chapters } = classroom;
  const objectives = new ObjectivesPanel(document.getElementById('objectives-list') as HTMLUListElement);
  const levelSelect = document.getElementById('level-select') as HTMLSelectElement;
  // Settings live in the saved progress (IndexedDB); an older page kept the sound ones in localStorage.
  const settings = resolveSettings(progressStore.current.settings, readLegacySoundSettings(localStorageOrNull()));
  // Slow or normal come back as chosen; fast-forward does not, so a level never races ahead unseen at load.
  state.speed = link.settings.speed ?? (settings.speed === 'fast' ? 'normal' : settings.speed);

  const controls = new Controls({
    // A chapter's level opens as from the campaign (its card first); sandboxes and other levels for free play.
    onLevel: settledPick((id) => opener.open(id, opensAsCampaign(id))),
    onPlayPause: () => void time.playPause(),
    onStep: () => void time.stepTick(),
    onStepTrial: () => void time.stepTrial(),
    onStepBack: () => void time.stepBack(),
    onSpeed: (value) => {
      if (value === 'fast' && link.locked('speed')) { controls.setSpeed(state.speed); return; }
      void progressStore.update((p) => recordSettings(p, { speed: value }));
      void time.setSpeed(value);
    },
    onReset: () => void opener.reset(),
    onHelp: () => dialogs.toggleHelp(),
    onCampaign: () => dialogs.openCampaignMenu(),
    onCanvasView: (value) => views.setCanvasView(value),
    onMute: () => { if (link.settings.audio !== 'disabled') views.toggleMute(); },
    onZoom: (factor) => views.zoomCircuit(factor),
    onSummary: () => screenSummary.focus(),
  });
  controls.setSpeed(state.speed);
  const view = controls.simView;
  view.dataset.simTicks = '0';
  const app = await createPixiApp(view);

  const commands = new PlayerCommands({
    state,
    allows: (command) => classroom.allows(command),
    restartsOnFirstChange: (s) => lesson.restartsOnFirstChange(s),
    restart: (firstChange) => opener.reset(firstChange),
    fastForward: { get running() { return fastForward.running; }, send: (command) => fastForward.send(command) },
    setStatus: (text) => views.actions.setStatus(text),
    respawn: () => opener.respawnUnplayed(),
    offerReset: (text) => views.actions.offerReset(text, () => void opener.reset()),
  });
  const views = new LevelViews(app, view, bus, {
    sendCommand: (command) => commands.send(command),
    currentSession: () => state.session,
    soundSettings: classroom.soundSettings(settings, (sound) => void progressStore.update((p) => recordSettings(p, sound))),
    setParameter: (path, value) => commands.setParameter(path, value),
  });

  const announceEvent = (event: SimEvent): void => {
    const status = rejectedCommandStatus(event, state.session?.level ?? null);
    if (status !== null) views.actions.setStatus(status);
  };

  /** Set once the frame loop runs: makes a sleeping (paused) page draw again. */
  let wakeFrames = (): void => undefined;
  /** Set once the Remove button exists (installOpenAndShare): shows it while one of Your levels is open. */
  let showRemoveYours = (): void => undefined;
  /** Set once the Record a tutor button exists (installRecorder): shown while a level whose tutor can be recorded is open. */
  let showRecorder = (): void => undefined;
  const showMode = (): void => showPageMode(state, controls, view, views, app);
  /** A change of mode, level or world from outside the frame loop: show it, and draw it even when paused. */
  const refreshButtons = (): void => {
    showMode();
    showRemoveYours();
    showRecorder();
    wakeFrames();
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
    showError: (message) => controls.showErrors(t('game.fastForward.stoppedTitle'), [{ path: '', message }]),
    announce: (text) => controls.announce(text),
    dropBacklog: () => clock.dropBacklog(),
  });

  const time: TimeControl = new TimeControl(state, clock, fastForward, {
    refreshButtons,
    showStatus: () => {
      if (state.session) slowRefresh.showStatus(state.session);
    },
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
    openFromCampaign: (id) => opener.open(id, true),
    retry: () => void opener.reset(),
    savesProgress: (id) => id !== DRAFT_SESSION_ID,
    originOf: (id) => levelOriginText(id, yourLevels),
    promptSetup: (text) => {
      views.actions.setStatus(text);
      controls.announce(text);
      // After the last card, with no control of the player's to go back to, the keyboard starts where the setup is.
      if (document.querySelector('dialog:modal') === null) focusFirstSettingIfFallenBack();
    },
  });

  const campaign = new CampaignMenu({
    onPick: (id) => opener.open(id, true),
    exportText: () => exportProgress(progressStore.current),
    // Stars of a level opened from a file this session are kept too (under its yours.<id> key).
    importText: (text) => progressStore.importText(text, new Set([...levels.map((level) => level.id), ...yourLevels.menuItems().map((level) => level.id)])),
    tooLarge: (bytes) => (bytes > MAX_PROGRESS_FILE_BYTES ? tooLargeMessage(bytes) : null),
    onEditor: () => openEditor(),
    teachersButton: classroom.teachersButton(),
  });
  campaign.setChapters(chapters);
  campaign.setProgress(progressStore.current, MAX_STARS);
  progressStore.onChange((p) => {
    campaign.setProgress(p, MAX_STARS);
    lesson.onProgressChange();
  });
  const dialogs = new PageDialogs({
    state,
    campaign,
    help,
    lessonDialogOpen: () => lesson.dialogOpen || firstScreen.open,
    menuLocked: () => link.locked('levels'),
    pause: () => time.pause(),
    play: () => time.play(),
  });
  document.getElementById('campaign-open')?.addEventListener('click', () => dialogs.openCampaignMenu());
  installWarningClose();
  classroom.installLocks();

  // The slow refresh runs from the frame loop four times a second: it must not keep a paused page awake.
  const screenSummary = new ScreenSummary(document.getElementById('status')!);
  const screen = new ScreenDescription(screenSummary, views, state);
  const slowRefresh = new SlowRefresh({ state, bus, clock, controls, objectives, lesson, views, refreshButtons: showMode, describeScreen: (s, outcomes) => screen.refresh(s, outcomes) });
  const opener = new LevelOpener({ state, levels, yourLevels, clock, controls, levelSelect, lesson, views, fastForward, slowRefresh, refreshButtons, onLevelStart: (id) => editor.levelStarted(id), seed: link.settings.seed, menu: { chapters, only: link.offersOnly },
    onInstall: (s) => results.seen(s), onSessionEnd: (s) => results.keep({ session: s, goalMet: state.goalWatch?.goal != null }) });
  const results = startResults({
    builtIns: levels,
    progress: () => progressStore.current,
    liveRun: () => (state.session ? { session: state.session, goalMet: state.goalWatch?.goal != null } : null),
    settle: async () => { await time.pause(); await fastForward.leave(); },
    menu: document.getElementById('campaign-dialog') as HTMLElement,
    menuStatus: document.getElementById('campaign-status') as HTMLElement,
  });
  // Made on first use (lazyEditor.ts): the boot does not wait for the draft database or the editor's views.
  const editor = new LazyEditor({
    levels: () => [...levels, ...yourLevels.menuItems().map((item) => yourLevels.get(item.id)!)],
    play: (id, data, title, assets) => {
      firstScreen.dismiss();
      return opener.playData(id, data, title, assets);
    },
    pauseGame: () => time.pause(),
    game: document.getElementById('app') as HTMLElement,
    // A visit that began in the editor has no level behind it: the welcome, not an empty game.
    backToGame: () => { if (!opener.anyOpened) firstScreen.show(null); },
  }, (text) => controls.showWarning(text));
  const openEditor = (): void => {
    if (link.locked('editor')) return;
    firstScreen.dismiss();
    void editor.show();
  };
  const firstScreen = new FirstScreen({
    openEditor,
    chapters,
    progress: () => progressStore.current,
    openLevel: (id, fromCampaign) => opener.open(id, fromCampaign),
    openMenu: (afterClose) => dialogs.openCampaignMenu(afterClose),
    anyOpened: () => opener.anyOpened || editor.shown,
    leftBadLink: (problem) => controls.showWarning([problem, progressStore.warning ?? campaignWarning].filter((w) => w !== null).join(' ')),
    // The header's "Open a level…" (installOpenAndShare adds it): the same chooser, the same checks.
    chooseLevelFile: () => document.getElementById('open-level')?.click(),
    teachersButton: classroom.teachersButton(),
  });
  const loop = startFrameLoop(app, { state, time, views, slowRefresh, view });
  wakeFrames = () => loop.wake();
  wakeOnInput(app, views.sound, (forMs) => loop.wake(forMs));
  // Only the test build (vite build --mode test) has the hooks: vite replaces the mode with a constant,
  // so the production bundle leaves this branch, and debugHooks.ts with it, out entirely.
  if (import.meta.env.MODE === 'test') {
    const openLevel = (id: string, fromCampaign: boolean): void => { firstScreen.dismiss(); opener.open(id, fromCampaign); };
    installDebugHooks({ state, bus, loop, app, fastForward, progressStore, sceneName: () => views.sceneName, refreshButtons, openLevel });
  }

  const { flow: openFlow, showRemove } = installOpenAndShare({
    yourLevels,
    builtInIds: new Set(levels.map((l) => l.id)),
    anchor: document.getElementById('campaign-open') as HTMLElement,
    shareAnchor: document.getElementById('lesson-title') as HTMLElement,
    openLevel: (key) => {
      firstScreen.dismiss();
      opener.refreshMenu(key);
      opener.open(key, true);
    },
    announce: (text) => controls.announce(text),
    warn: (text) => controls.showWarning(text),
    refreshMenu: () => opener.refreshMenu(state.session?.id ?? ''),
    session: () => state.session,
    pause: () => time.pause(),
    play: () => time.play(),
  });

  showRemoveYours = showRemove;
  showRecorder = installRecorder(document.getElementById('player-actions-title') as HTMLElement, {
    session: () => state.session,
    openFiles: (files) => openFlow.openFiles(files),
    announce: (text) => controls.announce(text),
    pause: () => time.pause(),
    play: () => time.play(),
    otherDialogOpen: () => document.querySelector('dialog:modal') !== null,
  }).refresh;
  await openFirstView(link.firstLocation(window.location), {
    opener,
    openFlow,
    showEditor: () => void editor.show(),
    showWelcome: (problem) => firstScreen.show(problem),
    bootWarning: [progressStore.warning ?? campaignWarning, yourLevelsProblem, link.warning].filter((w) => w !== null).join(' ') || null,
    opensAsCampaign,
  });
  // A warning that comes later (a failed write, a newer Synaptica's record) replaces the line's text.
  progressStore.onWarning((warning) => controls.showWarning(warning));
}
