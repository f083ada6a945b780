/**
 * The page's DOM controls: level picker, play/pause, step, speed, projection picker, status line and
 * notices. All text goes in through textContent (level files are data from outside: never innerHTML).
 */

export interface ControlHandlers {
  onLevel(id: string): void;
  onPlayPause(): void;
  onStep(): void;
  onSpeed(speed: number): void;
  onProjection(index: number): void;
}

export interface StatusReport {
  timeMs: number;
  rateHz: number;
  state: 'loading' | 'running' | 'paused' | 'error';
  lagging: boolean;
}

export interface LevelErrorItem {
  path: string;
  message: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html is missing #${id}`);
  return el as T;
}

export class Controls {
  readonly simView = byId<HTMLDivElement>('sim-view');
  private readonly levelSelect = byId<HTMLSelectElement>('level-select');
  private readonly playPause = byId<HTMLButtonElement>('play-pause');
  private readonly stepButton = byId<HTMLButtonElement>('step');
  private readonly speedSelect = byId<HTMLSelectElement>('speed-select');
  private readonly projectionSelect = byId<HTMLSelectElement>('projection-select');
  private readonly warning = byId<HTMLParagraphElement>('level-warning');
  private readonly errors = byId<HTMLElement>('level-errors');
  private readonly errorList = byId<HTMLUListElement>('level-errors-list');
  private readonly statusTime = byId<HTMLOutputElement>('status-time');
  private readonly statusRate = byId<HTMLOutputElement>('status-rate');
  private readonly statusState = byId<HTMLSpanElement>('status-state');

  constructor(handlers: ControlHandlers) {
    byId<HTMLFormElement>('controls').addEventListener('submit', (e) => e.preventDefault());
    this.levelSelect.addEventListener('change', () => handlers.onLevel(this.levelSelect.value));
    this.playPause.addEventListener('click', () => handlers.onPlayPause());
    this.stepButton.addEventListener('click', () => handlers.onStep());
    this.speedSelect.addEventListener('change', () => handlers.onSpeed(Number(this.speedSelect.value)));
    this.projectionSelect.addEventListener('change', () => handlers.onProjection(Number(this.projectionSelect.value)));
    // Space toggles play/pause and "." steps, unless a control has focus (it keeps its own keys).
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      if (target && target !== document.body && target.closest('select, button, input, textarea')) return;
      if (e.key === ' ') {
        e.preventDefault();
        handlers.onPlayPause();
      } else if (e.key === '.') {
        handlers.onStep();
      }
    });
  }

  get speed(): number {
    return Number(this.speedSelect.value);
  }

  setLevels(ids: readonly string[], selected: string): void {
    this.levelSelect.replaceChildren(...ids.map((id) => new Option(id, id, false, id === selected)));
    this.levelSelect.value = selected;
  }

  /** Fills the projection picker; option 0 is all synapses, option i+1 is projection i. */
  setProjections(names: readonly string[], allLabel: string): void {
    const options = [new Option(allLabel, '0'), ...names.map((name, i) => new Option(name, String(i + 1)))];
    this.projectionSelect.replaceChildren(...options);
    this.projectionSelect.disabled = names.length === 0;
  }

  setPlaying(playing: boolean, canRun: boolean): void {
    this.playPause.textContent = playing ? 'Pause' : 'Play';
    this.playPause.setAttribute('aria-pressed', String(playing));
    this.playPause.disabled = !canRun;
    this.stepButton.disabled = !canRun || playing;
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
        li.textContent = item.path ? `${item.path}: ${item.message}` : item.message;
        return li;
      }),
    );
    this.errors.hidden = items.length === 0;
  }

  setStatus(report: StatusReport): void {
    this.statusTime.textContent = `${(report.timeMs / 1000).toFixed(3)} s`;
    this.statusRate.textContent = `${report.rateHz.toFixed(1)} Hz`;
    const stateText = {
      loading: 'Loading…',
      running: report.lagging ? 'Running (slower than the chosen speed)' : 'Running',
      paused: 'Paused',
      error: 'Stopped',
    }[report.state];
    if (this.statusState.textContent !== stateText) this.statusState.textContent = stateText;
    this.simView.dataset.state = report.state;
  }
}
