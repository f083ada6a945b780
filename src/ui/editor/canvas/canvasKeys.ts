/**
 * The network canvas's keys, on the focused box or arrow: arrow keys move a population (10 px a
 * press, Shift 50 px, one undo step each), C starts a projection from it and Enter or Space picks
 * the target (or selects, outside connecting), Delete or Backspace removes, Escape cancels.
 */
import type { CanvasState } from './canvasState';

export interface CanvasKeyActions {
  select(key: string): void;
  startConnect(): void;
  cancel(): boolean;
  moveBy(key: string, dxPx: number, dyPx: number): void;
  deleteSelected(): void;
}

const STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

export function handleCanvasKey(event: KeyboardEvent, state: CanvasState, actions: CanvasKeyActions): void {
  if (event.key === 'Escape') {
    if (actions.cancel()) event.preventDefault();
    return;
  }
  const key = event.target instanceof Element ? event.target.closest('[data-key]')?.getAttribute('data-key') : null;
  if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
  const step = STEPS[event.key];
  if (step) {
    const px = event.shiftKey ? 50 : 10;
    actions.moveBy(key, step[0] * px, step[1] * px);
    event.preventDefault();
  } else if (event.key === 'Enter' || event.key === ' ') {
    if (state.connectFromKey && state.connectFromKey !== key) actions.select(key);
    else if (!state.connectFromKey) actions.select(key);
    event.preventDefault();
  } else if (event.key === 'c' || event.key === 'C') {
    if (state.selectedKey !== key) actions.select(key);
    actions.startConnect();
    event.preventDefault();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    if (state.selectedKey !== key) actions.select(key);
    actions.deleteSelected();
    event.preventDefault();
  }
}
