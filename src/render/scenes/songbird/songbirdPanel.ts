/**
 * DOM buttons of the songbird levels: lesion (silence) LMAN, deafen, white noise on/off (each only
 * when the level allows it), and listen to the tutor / the last rendition / the best rendition.
 * Toggles are real <button>s with aria-pressed, so they work from the keyboard and screen readers.
 * The panel never touches the world: it emits commands through `onCommand` (the runtime queues them,
 * as for any player action) and asks `playSong` (the sound helper's SoundBoard) to play a song.
 *
 * Wiring: songbirdSceneEntry.ts makes it the songbird's side panel in the scene registry
 * (src/render/scenes/sceneRegistry.ts), with songbirdPanelOptions / songbirdPanelStatus
 * (songbirdPanelOptions.ts); the page syncs it on slow frames and destroys it on level change.
 * Style lives in songbirdPanel.css.
 */
import './songbirdPanel.css';
import type { SimCommand } from '../../../sim/commands/commandQueue';
import { t } from '../../../i18n/messages';

export type ListenKind = 'tutor' | 'last' | 'best';

export interface SongbirdPanelOptions {
  /** Population the lesion button silences (the songbird circuit's 'lman'); null hides the button. */
  lesionRegion: string | null;
  canDeafen: boolean;
  /** The level has a pitch-contingent white-noise setting. */
  canWhiteNoise: boolean;
}

export interface SongbirdPanelStatus {
  lmanSilenced: boolean;
  deafened: boolean;
  whiteNoiseOn: boolean;
  /** Whether the bird has sung a last / best rendition yet (before that the buttons are disabled). */
  hasLast: boolean;
  hasBest: boolean;
}

export interface SongbirdPanelHandlers {
  onCommand(command: SimCommand): void;
  playSong(kind: ListenKind): void;
}

export interface SongbirdPanel {
  readonly element: HTMLElement;
  sync(status: SongbirdPanelStatus): void;
  destroy(): void;
}

function button(label: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  return b;
}

export function createSongbirdPanel(container: HTMLElement, options: SongbirdPanelOptions, handlers: SongbirdPanelHandlers): SongbirdPanel {
  const root = document.createElement('section');
  root.className = 'songbird-panel';
  root.setAttribute('aria-label', t('scene.songbird.panel.label'));
  let status: SongbirdPanelStatus = { lmanSilenced: false, deafened: false, whiteNoiseOn: false, hasLast: false, hasBest: false };

  const experiments = document.createElement('div');
  experiments.className = 'songbird-panel-group';
  experiments.setAttribute('role', 'group');
  experiments.setAttribute('aria-label', t('scene.songbird.panel.experiments'));
  // A command takes effect at the next tick, so a sync right after a click (or while paused) still
  // reports the old state: each toggle shows what was asked until the world agrees.
  const toggles: { el: HTMLButtonElement; on: () => boolean; label: (on: boolean) => string; asked: boolean | null }[] = [];
  const addToggle = (label: (on: boolean) => string, on: () => boolean, command: (next: boolean) => SimCommand): void => {
    const el = button(label(false), 'songbird-toggle');
    el.setAttribute('aria-pressed', 'false');
    const toggle = { el, on, label, asked: null as boolean | null };
    el.addEventListener('click', () => {
      const next = !(toggle.asked ?? on());
      handlers.onCommand(command(next));
      toggle.asked = next;
      el.setAttribute('aria-pressed', String(next));
      el.textContent = label(next);
    });
    toggles.push(toggle);
    experiments.appendChild(el);
  };
  const region = options.lesionRegion;
  if (region) {
    addToggle((on) => (on ? t('scene.songbird.panel.lmanSilenced') : t('scene.songbird.panel.lesionLman')), () => status.lmanSilenced,
      (next) => ({ type: 'inactivate', region, restore: !next }));
  }
  if (options.canDeafen) addToggle((on) => (on ? t('scene.songbird.panel.deaf') : t('scene.songbird.panel.deafen')), () => status.deafened, (next) => ({ type: 'deafen', enabled: next }));
  if (options.canWhiteNoise) {
    addToggle((on) => (on ? t('scene.songbird.panel.whiteNoiseOn') : t('scene.songbird.panel.whiteNoiseOff')), () => status.whiteNoiseOn, (next) => ({ type: 'setWhiteNoise', enabled: next }));
  }

  const listen = document.createElement('div');
  listen.className = 'songbird-panel-group';
  listen.setAttribute('role', 'group');
  listen.setAttribute('aria-label', t('scene.songbird.panel.listen'));
  const heading = document.createElement('span');
  heading.className = 'songbird-panel-label';
  heading.textContent = t('scene.songbird.panel.listenHeading');
  listen.appendChild(heading);
  const listenButtons: Record<ListenKind, HTMLButtonElement> = {
    tutor: button(t('scene.songbird.panel.tutor'), 'songbird-listen'),
    last: button(t('scene.songbird.panel.last'), 'songbird-listen'),
    best: button(t('scene.songbird.panel.best'), 'songbird-listen'),
  };
  for (const kind of ['tutor', 'last', 'best'] as const) {
    listenButtons[kind].addEventListener('click', () => handlers.playSong(kind));
    listen.appendChild(listenButtons[kind]);
  }
  if (toggles.length > 0) root.appendChild(experiments);
  root.appendChild(listen);
  container.appendChild(root);

  const panel: SongbirdPanel = {
    element: root,
    sync(next) {
      status = next;
      for (const toggle of toggles) {
        if (toggle.asked !== null && toggle.on() === toggle.asked) toggle.asked = null;
        const on = toggle.asked ?? toggle.on();
        if (toggle.el.getAttribute('aria-pressed') !== String(on)) {
          toggle.el.setAttribute('aria-pressed', String(on));
          toggle.el.textContent = toggle.label(on);
        }
      }
      listenButtons.last.disabled = !next.hasLast;
      listenButtons.best.disabled = !next.hasBest;
    },
    destroy() {
      root.remove();
    },
  };
  panel.sync(status);
  return panel;
}
