/**
 * The page's DOM controls: level menu (titles grouped by kind), time controls (play/pause, step tick,
 * step trial, step back, speed slow / normal / fast-forward, reset), what the canvas shows, status line
 * and notices, and the keyboard shortcuts (keyboardShortcuts.ts says which key does what and where).
 * All text goes in through textContent (level files are data from outside: never innerHTML).
 */
import { formatNumber, formatWithUnit, t } from '../i18n/messages';
import { byId } from './byId';
import { catalogGroupLabel } from '../levels/labels/catalogGroupLabel';
import { shortcutAction, type KeyTarget, type ShortcutAction } from './keyboardShortcuts';

export type SpeedChoice = 'slow' | 'normal' | 'fast';

export interface ControlHandlers {
  onLevel(id: string): void;
  onPlayPause(): void;
  onStep(): void;
  onStepTrial(): void;
  onStepBack(): void;
  onSpeed(speed: SpeedChoice): void;
  onReset(): void;
  onHelp(): void;
  onCampaign(): void;
  onCanvasView(view: CanvasViewChoice): void;
  /** The m key: the sound's mute toggle, as its button does. */
  onMute(): void;
  /** + / − : zoom the circuit view about its centre by `factor`, when it is shown. */
  onZoom(factor: number): void;
  /** The d key: focus the screen summary (src/ui/access/screenSummary.ts). */
  onSummary?(): void;
}

const FIXED_3: Intl.NumberFormatOptions = { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false };
const FIXED_1: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false };

/** The width at which style.css switches to the phone layout. */
const PHONE_MEDIA = '(max-width: 600px)';

export type CanvasViewChoice = 'both' | 'scene' | 'circuit' | 'plots';

export interface StatusReport {
  timeMs: number;
  /** Trials completed, or null for a level without trials (the trials line is hidden). */
  trials: number | null;
  /** What a trial of the level is called (trialNounOf: "rendition", "year"), so the line reads "Renditions sung". */
  trialNoun: string;
  /** Mean spike rate per neuron, or null for a level without spiking neurons (the rate line is hidden). */
  rateHz: number | null;
  state: 'loading' | 'running' | 'paused' | 'finished' | 'error';
  lagging: boolean;
  /** Measured sim ms per wall ms (fast-forward), or the chosen speed. */
  speedText: string;
}

export interface LevelErrorItem {
  path: string;
  message: string;
}

export interface LevelMenuItem {
  id: string;
  title: string;
  group: string;
}

export class Controls {
  readonly simView = byId<HTMLDivElement>('sim-view');
  private readonly levelSelect = byId<HTMLSelectElement>('level-select');
  private readonly playPause = byId<HTMLButtonElement>('play-pause');
  private readonly stepButton = byId<HTMLButtonElement>('step');
  private readonly stepTrialButton = byId<HTMLButtonElement>('step-trial');
  private readonly stepBackButton = byId<HTMLButtonElement>('step-back');
  private readonly resetButton = byId<HTMLButtonElement>('reset');
  private readonly speedInputs = [...byId<HTMLFieldSetElement>('speed-group').querySelectorAll<HTMLInputElement>('input[name="speed"]')];
  /** Set once the player picks a view (Show, or p): from then on a new level keeps it, phone or not. */
  private viewChosenByPlayer = false;
  private readonly viewInputs = [...byId<HTMLFieldSetElement>('view-group').querySelectorAll<HTMLInputElement>('input[name="canvas-view"]')];
  private readonly warning = byId<HTMLParagraphElement>('level-warning');
  private readonly errors = byId<HTMLElement>('level-errors');
  private readonly errorList = byId<HTMLUListElement>('level-errors-list');
  private readonly statusTime = byId<HTMLOutputElement>('status-time');
  private readonly statusTrials = byId<HTMLOutputElement>('status-trials');
  private readonly statusTrialsLabel = byId<HTMLSpanElement>('status-trials-label');
  private readonly statusRate = byId<HTMLOutputElement>('status-rate');
  private readonly statusSpeed = byId<HTMLOutputElement>('status-speed');
  private readonly statusState = byId<HTMLSpanElement>('status-state');
  private readonly announcer = byId<HTMLParagraphElement>('announcer');
  private readonly moreToggle = byId<HTMLButtonElement>('more-toggle');
  private readonly moreControls = byId<HTMLDivElement>('more-controls');

  constructor(handlers: ControlHandlers) {
    byId<HTMLFormElement>('controls').addEventListener('submit', (e) => e.preventDefault());
    this.levelSelect.addEventListener('change', () => handlers.onLevel(this.levelSelect.value));
    this.playPause.addEventListener('click', () => handlers.onPlayPause());
    this.stepButton.addEventListener('click', () => handlers.onStep());
    this.stepTrialButton.addEventListener('click', () => handlers.onStepTrial());
    this.stepBackButton.addEventListener('click', () => handlers.onStepBack());
    this.resetButton.addEventListener('click', () => handlers.onReset());
    byId<HTMLButtonElement>('help').addEventListener('click', () => handlers.onHelp());
    // Phones: the controls past play, step and speed open under More (style.css shows them all on wider screens).
    this.moreToggle.addEventListener('click', () => this.setMoreOpen(this.moreToggle.getAttribute('aria-expanded') !== 'true'));
    for (const input of this.speedInputs) input.addEventListener('change', () => { if (input.checked) handlers.onSpeed(input.value as SpeedChoice); });
    for (const input of this.viewInputs) {
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.viewChosenByPlayer = true;
        handlers.onCanvasView(input.value as CanvasViewChoice);
      });
    }
    const cycleView = (): void => {
      const order: CanvasViewChoice[] = ['both', 'scene', 'circuit', 'plots'];
      const next = order[(order.indexOf(this.canvasView) + 1) % order.length];
      this.viewChosenByPlayer = true;
      this.setCanvasView(next);
      handlers.onCanvasView(next);
    };
    const speed = (value: SpeedChoice): void => {
      this.setSpeed(value);
      handlers.onSpeed(value);
    };
    const actions: Record<ShortcutAction, () => void> = {
      playPause: () => handlers.onPlayPause(),
      step: () => handlers.onStep(),
      stepTrial: () => handlers.onStepTrial(),
      stepBack: () => handlers.onStepBack(),
      slow: () => speed('slow'),
      normal: () => speed('normal'),
      fast: () => speed('fast'),
      reset: () => handlers.onReset(),
      help: () => handlers.onHelp(),
      campaign: () => handlers.onCampaign(),
      cycleView,
      mute: () => handlers.onMute(),
      zoomIn: () => handlers.onZoom(1.25),
      zoomOut: () => handlers.onZoom(0.8),
      summary: () => handlers.onSummary?.(),
    };
    // Space on a button or radio would also click it when the key comes up: swallow that keyup.
    let swallowSpaceUp = false;
    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented) return;
      const action = shortcutAction(e.key, { ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey }, keyTargetOf(e.target));
      if (action === null) return;
      e.preventDefault();
      if (e.key === ' ') swallowSpaceUp = true;
      // Holding Space or k would flip play and pause with every repeat.
      if (action === 'playPause' && e.repeat) return;
      actions[action]();
    });
    document.addEventListener('keyup', (e) => {
      if (e.key !== ' ' || !swallowSpaceUp) return;
      swallowSpaceUp = false;
      e.preventDefault();
    });
  }

  setMoreOpen(open: boolean): void {
    this.moreToggle.setAttribute('aria-expanded', String(open));
    this.moreControls.classList.toggle('is-open', open);
  }

  get speed(): SpeedChoice {
    return (this.speedInputs.find((i) => i.checked)?.value ?? 'normal') as SpeedChoice;
  }

  setSpeed(value: SpeedChoice): void {
    for (const input of this.speedInputs) input.checked = input.value === value;
  }

  /** The level menu: one optgroup per kind, options show titles (values are level ids). */
  setLevels(items: readonly LevelMenuItem[], groups: readonly string[], selected: string): void {
    const children = groups
      .map((group) => {
        const inGroup = items.filter((item) => item.group === group);
        if (inGroup.length === 0) return null;
        const optgroup = document.createElement('optgroup');
        optgroup.label = catalogGroupLabel(group);
        optgroup.append(...inGroup.map((item) => new Option(item.title, item.id, false, item.id === selected)));
        return optgroup;
      })
      .filter((g): g is HTMLOptGroupElement => g !== null);
    this.levelSelect.replaceChildren(...children);
    this.levelSelect.value = selected;
    this.levelSelect.dataset.ready = 'true';
    // When the menu became usable (ms since navigation start): npm run bench:browser reports it.
    this.levelSelect.dataset.readyAtMs = performance.now().toFixed(1);
  }

  get canvasView(): CanvasViewChoice {
    return (this.viewInputs.find((i) => i.checked)?.value ?? 'both') as CanvasViewChoice;
  }

  /**
   * What a phone shows of a new level until the player picks a view: its canvas is too narrow for a
   * circuit's scene above the plots, so the scene alone; but a level whose lesson is a voltage trace
   * (chapter 1: "watch the voltage") shows its plots too, or the phone would hide the very thing the
   * hint points at. Wider screens keep what is chosen (both, by default).
   */
  showDefaultViewFor(hasLiveTraces: boolean): void {
    if (this.viewChosenByPlayer || !window.matchMedia(PHONE_MEDIA).matches) return;
    this.setCanvasView(hasLiveTraces ? 'both' : 'scene');
  }

  setCanvasView(view: CanvasViewChoice): void {
    for (const input of this.viewInputs) input.checked = input.value === view;
  }

  setPlaying(playing: boolean, canRun: boolean, hasTrials = true, canStepBack = true): void {
    // Nothing to run (no level loaded yet, or a finished one): the button offers Play, disabled, as the status says "Paused".
    const running = playing && canRun;
    this.playPause.textContent = running ? t('game.controls.pause') : t('game.controls.play');
    this.playPause.setAttribute('aria-pressed', String(running));
    this.playPause.disabled = !canRun;
    this.stepButton.disabled = !canRun || playing;
    this.stepTrialButton.disabled = !canRun || !hasTrials;
    this.stepBackButton.disabled = !canStepBack;
    this.resetButton.disabled = false;
  }

  /** A short message for screen readers (polite live region). */
  announce(text: string): void {
    this.announcer.textContent = text;
  }

  showWarning(text: string | null): void {
    this.warning.textContent = text ?? '';
    this.warning.hidden = text === null;
  }

  showErrors(title: string, items: readonly LevelErrorItem[]): void {
    byId<HTMLHeadingElement>('level-errors-title').textContent = title;
    this.errorList.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.textContent = item.path ? t('game.errors.atPath', { path: item.path, message: item.message }) : item.message;
        return li;
      }),
    );
    this.errors.hidden = items.length === 0;
  }

  setStatus(report: StatusReport): void {
    this.statusTime.textContent = formatWithUnit(report.timeMs / 1000, 's', FIXED_3);
    this.statusTrials.textContent = formatNumber(report.trials ?? 0);
    const trialsLabel = t(`scene.noun.${report.trialNoun}.done`);
    if (this.statusTrialsLabel.textContent !== trialsLabel) this.statusTrialsLabel.textContent = trialsLabel;
    const trialsLine = this.statusTrials.parentElement;
    if (trialsLine && trialsLine.hidden !== (report.trials === null)) trialsLine.hidden = report.trials === null;
    const rateLine = this.statusRate.parentElement;
    if (rateLine && rateLine.hidden !== (report.rateHz === null)) rateLine.hidden = report.rateHz === null;
    if (report.rateHz !== null) this.statusRate.textContent = formatWithUnit(report.rateHz, 'Hz', FIXED_1);
    this.statusSpeed.textContent = report.speedText;
    const stateText = {
      loading: t('game.status.loading'),
      running: report.lagging ? t('game.status.runningSlow') : t('game.status.running'),
      paused: t('game.status.paused'),
      finished: t('game.status.finished'),
      error: t('game.status.stopped'),
    }[report.state];
    if (this.statusState.textContent !== stateText) this.statusState.textContent = stateText;
    this.simView.dataset.state = report.state;
  }
}

/** Describes the focused element for shortcutAction (a modal dialog makes the page behind it inert). */
function keyTargetOf(target: EventTarget | null): KeyTarget {
  const el = target instanceof Element ? target : null;
  // The level editor covers the game: its keys are the editor's (undo, typing), never the game's shortcuts.
  const editorShown = document.getElementById('editor-view')?.hidden === false;
  const inDialog = el?.closest('dialog[open]') != null || document.querySelector('dialog:modal') !== null || editorShown;
  if (!el) return { tag: 'body', inputType: '', editable: false, inDialog };
  return {
    tag: el.tagName.toLowerCase(),
    inputType: el instanceof HTMLInputElement ? el.type.toLowerCase() : '',
    editable: el instanceof HTMLElement && el.isContentEditable,
    inDialog,
  };
}
