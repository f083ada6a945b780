/**
 * Connecting is a mode: while it lasts, a banner says so (the status line may say other things),
 * and it ends as soon as the designer's attention leaves the canvas: focus moving out of it, a
 * click or tap elsewhere on the page, or Escape anywhere. A forgotten mode would otherwise turn a
 * later click on a box into an unwanted projection.
 */
import { element } from '../fieldControls';
import { t } from '../../../i18n/messages';

export interface ConnectModeHost {
  readonly root: HTMLElement;
  /** The label of the population being connected from, or null when not connecting. */
  connectingFrom(): string | null;
  end(reason: string): void;
}

/** The banner element (placed by the caller) and the listeners that end the mode; `update` redraws the banner. */
export function watchConnectMode(host: ConnectModeHost, signal: AbortSignal): { banner: HTMLElement; update(): void } {
  const banner = element('p', 'nc-mode');
  banner.hidden = true;
  const { root } = host;
  host.root.addEventListener('focusout', () => {
    // Redrawing replaces the focused box and puts focus back at once; look after the event settles.
    setTimeout(() => {
      if (host.connectingFrom() === null) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body && !root.contains(active)) host.end(t('editor.canvas.endedKeyboard'));
    }, 0);
  }, { signal });
  document.addEventListener('pointerdown', (event) => {
    if (host.connectingFrom() !== null && !root.contains(event.target as Node)) host.end(t('editor.canvas.endedClick'));
  }, { signal, capture: true });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && host.connectingFrom() !== null && !root.contains(event.target as Node)) {
      event.preventDefault();
      host.end(t('editor.canvas.connectCancelled'));
    }
  }, { signal });
  return {
    banner,
    update() {
      const from = host.connectingFrom();
      banner.hidden = from === null;
      banner.textContent = from === null ? '' : t('editor.canvas.banner', { name: from });
      root.classList.toggle('nc-connecting', from !== null);
    },
  };
}
