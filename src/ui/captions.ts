/**
 * Captions for every sound, for players who cannot hear it: a visible strip of the last few
 * captions (captionLines.ts) and a visually hidden aria-live="polite" region whose announcements are
 * throttled (announcementThrottle.ts). Wiring (src/app/levelViews.ts):
 *   const captions = createCaptions(document.getElementById('captions')!);
 *   createSoundSystem({ ..., onSound: (sound) => captions.show(sound) });
 * show() takes a caption text, or { caption, key, announce }: key (the sound's name) keeps one line
 * per sound (repeats counted, a new text replaces the old: captionLines.ts); announce: false (spike
 * clicks) keeps it out of the screen reader's queue while still showing it.
 * The container gets the class "captions"; style lives in captions.css: a strip of its own below the
 * canvas, with its height reserved, so captions never cover the plots' labels.
 */
import './captions.css';
import { AnnouncementThrottle } from './announcementThrottle';
import { CaptionLines, lineText } from './captionLines';

export interface CaptionRequest {
  caption: string;
  /** Groups repeats into one line (default: the caption text). */
  key?: string;
  announce?: boolean;
}

export interface Captions {
  show(caption: string | CaptionRequest): void;
  destroy(): void;
}

export function createCaptions(container: HTMLElement, now: () => number = () => performance.now()): Captions {
  const lines = new CaptionLines();
  const throttle = new AnnouncementThrottle();
  container.classList.add('captions');
  // A group, so the label the page gives it ("Sound captions") is allowed on it (a plain div may not carry aria-label).
  const addedRole = !container.hasAttribute('role');
  if (addedRole) container.setAttribute('role', 'group');
  const strip = document.createElement('ol');
  strip.className = 'captions-strip';
  strip.setAttribute('aria-hidden', 'true'); // the live region below speaks for it
  const live = document.createElement('div');
  live.className = 'captions-live';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.dataset.testid = 'captions-live';
  container.append(strip, live);
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** One <li> per shown line, kept while the line lives, so only new lines animate in. */
  const items = new Map<string, HTMLLIElement>();
  const render = (): void => {
    const t = now();
    const shown = lines.visible(t);
    const keep = new Set(shown.map((line) => line.key));
    for (const [key, item] of items) if (!keep.has(key)) { item.remove(); items.delete(key); }
    for (const line of shown) {
      let item = items.get(line.key);
      if (!item) {
        item = document.createElement('li');
        item.className = 'caption';
        items.set(line.key, item);
        strip.append(item);
      }
      const text = lineText(line);
      if (item.textContent !== text) item.textContent = text;
    }
    clearTimeout(expiryTimer);
    const expiry = lines.nextExpiryMs();
    if (expiry !== null) expiryTimer = setTimeout(render, Math.max(16, expiry - t));
  };

  const announce = (text: string): void => {
    // Replacing the text (not appending) keeps the region short; screen readers read the change.
    live.textContent = text;
  };

  const scheduleFlush = (): void => {
    clearTimeout(flushTimer);
    const due = throttle.nextDueMs();
    if (due === null) return;
    flushTimer = setTimeout(() => {
      const text = throttle.flush(now());
      if (text !== null) announce(text);
      scheduleFlush();
    }, Math.max(0, due - now()));
  };

  return {
    show(caption) {
      const text = typeof caption === 'string' ? caption : caption.caption;
      const t = now();
      lines.add(text, t, typeof caption === 'string' ? text : caption.key ?? text);
      render();
      if (typeof caption !== 'string' && caption.announce === false) return;
      const immediate = throttle.offer(text, t);
      if (immediate !== null) announce(immediate);
      else scheduleFlush();
    },
    destroy() {
      clearTimeout(expiryTimer);
      clearTimeout(flushTimer);
      strip.remove();
      live.remove();
      container.classList.remove('captions');
      if (addedRole) container.removeAttribute('role');
    },
  };
}
