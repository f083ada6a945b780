/**
 * Dragging on the timeline: a bar moves along its row (its onset follows the pointer), its right
 * handle changes its length. The bar follows the pointer while dragging; the draft changes once, on
 * drop (snapped to 5 ms by the edit). Escape cancels a drag in progress.
 */
export interface TimelineDragHost {
  readonly root: HTMLElement;
  /** The event's onset and length in ms and the trial length, by its key. */
  eventAt(key: string): { onsetMs: number; lengthMs: number; trialMs: number } | undefined;
  select(key: string): void;
  move(key: string, onsetMs: number): void;
  resize(key: string, lengthMs: number): void;
}

interface Drag {
  key: string;
  resizing: boolean;
  pointerId: number;
  startX: number;
  msPerPx: number;
  bar: HTMLElement;
  onsetMs: number;
  lengthMs: number;
  trialMs: number;
  moved: boolean;
  left: string;
  width: string;
}

export function attachTimelineDrag(host: TimelineDragHost, signal: AbortSignal): () => boolean {
  let drag: Drag | null = null;
  const valueNow = (event: PointerEvent, d: Drag): number =>
    d.resizing ? Math.max(0, d.lengthMs + (event.clientX - d.startX) * d.msPerPx) : Math.max(0, d.onsetMs + (event.clientX - d.startX) * d.msPerPx);

  host.root.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !(event.target instanceof Element)) return;
    const bar = event.target.closest<HTMLElement>('.tl-event');
    const key = bar?.dataset.eventKey;
    const info = key ? host.eventAt(key) : undefined;
    const track = bar?.parentElement;
    if (!bar || !key || !info || !track) return;
    const trackWidth = track.getBoundingClientRect().width;
    drag = {
      key, bar, pointerId: event.pointerId, startX: event.clientX, msPerPx: info.trialMs / Math.max(1, trackWidth),
      resizing: event.target.classList.contains('tl-resize'), onsetMs: info.onsetMs, lengthMs: info.lengthMs, trialMs: info.trialMs,
      moved: false, left: bar.style.left, width: bar.style.width,
    };
    bar.setPointerCapture(event.pointerId);
    event.preventDefault();
  }, { signal });

  host.root.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (!drag.moved && Math.abs(event.clientX - drag.startX) < 3) return;
    drag.moved = true;
    const value = valueNow(event, drag);
    if (drag.resizing) drag.bar.style.width = `${Math.min(100, (value / drag.trialMs) * 100)}%`;
    else drag.bar.style.left = `${Math.min(100, (value / drag.trialMs) * 100)}%`;
  }, { signal });

  const finish = (event: PointerEvent): void => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const done = drag;
    drag = null;
    if (done.bar.hasPointerCapture(event.pointerId)) done.bar.releasePointerCapture(event.pointerId);
    if (!done.moved || event.type !== 'pointerup') {
      done.bar.style.left = done.left;
      done.bar.style.width = done.width;
      if (!done.moved) host.select(done.key);
      return;
    }
    const value = valueNow(event, done);
    if (done.resizing) host.resize(done.key, value); else host.move(done.key, value);
  };
  host.root.addEventListener('pointerup', finish, { signal });
  host.root.addEventListener('pointercancel', finish, { signal });

  return () => {
    if (!drag) return false;
    drag.bar.style.left = drag.left;
    drag.bar.style.width = drag.width;
    if (drag.bar.hasPointerCapture(drag.pointerId)) drag.bar.releasePointerCapture(drag.pointerId);
    drag = null;
    return true;
  };
}
