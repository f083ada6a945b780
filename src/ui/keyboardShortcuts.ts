/**
 * The page's keyboard shortcuts: which key does what, and where a key belongs to the focused control
 * instead. Space and k play or pause from anywhere a player can be (a button, a slider, the level
 * menu, a speed choice) so the same key always does the same thing, as on a video player; only text
 * fields keep them (typing a space or a k), and an open dialog keeps every key (Space presses the
 * dialog's buttons, Enter commits, Esc closes). Enter is never a shortcut: it presses the focused
 * button. Every page key goes through shortcutAction, mute and circuit zoom included, so one rule
 * decides where a key belongs. Pure: the DOM side (controls.ts) describes the focused element as a
 * KeyTarget and runs the action.
 */

export type ShortcutAction =
  | 'playPause' | 'step' | 'stepTrial' | 'stepBack' | 'slow' | 'normal' | 'fast' | 'reset' | 'help' | 'campaign' | 'cycleView'
  | 'mute' | 'zoomIn' | 'zoomOut';

/** What the focused element is, as far as the shortcuts care. */
export interface KeyTarget {
  /** Lower-case tag name: 'body', 'button', 'input', 'select', 'textarea' … */
  readonly tag: string;
  /** An input's type, lower-case ('range', 'number', 'radio' …); '' for other elements. */
  readonly inputType: string;
  /** Inside a contenteditable element. */
  readonly editable: boolean;
  /** Inside an open dialog, or a modal dialog is open (the page behind it is inert). */
  readonly inDialog: boolean;
}

/** Input types that are not typed into: every other type is a text field (text, number, search, email, date …). */
const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden']);

/** True for elements a player types text into: text-like inputs, textareas, contenteditable. */
export function isTextField(target: KeyTarget): boolean {
  if (target.editable || target.tag === 'textarea') return true;
  return target.tag === 'input' && !NON_TEXT_INPUTS.has(target.inputType);
}

const KEY_ACTIONS: Readonly<Record<string, ShortcutAction>> = {
  ' ': 'playPause', k: 'playPause', K: 'playPause',
  '.': 'step',
  t: 'stepTrial', T: 'stepTrial',
  ',': 'stepBack', Backspace: 'stepBack',
  '1': 'slow', '2': 'normal', '3': 'fast',
  r: 'reset', R: 'reset',
  '?': 'help',
  c: 'campaign', C: 'campaign',
  p: 'cycleView', P: 'cycleView',
  m: 'mute', M: 'mute',
  // '=' and '_' are the same keys without / with Shift on most layouts.
  '+': 'zoomIn', '=': 'zoomIn',
  '-': 'zoomOut', _: 'zoomOut',
};

/**
 * The action a key press means here, or null when the key belongs to the focused control (or is not
 * a shortcut). Modifier combinations are never shortcuts.
 */
export function shortcutAction(key: string, modifiers: { ctrl: boolean; meta: boolean; alt: boolean }, target: KeyTarget): ShortcutAction | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  const action = KEY_ACTIONS[key];
  if (action === undefined || target.inDialog || isTextField(target)) return null;
  if (action === 'playPause') {
    // A checkbox is ticked only with Space from the keyboard: it keeps Space (k still plays).
    return key === ' ' && target.tag === 'input' && target.inputType === 'checkbox' ? null : action;
  }
  // A select's letters and digits jump to an option (type-ahead): only play / pause works on it.
  if (target.tag === 'select') return null;
  return action;
}

/** Every shortcut, for the help dialog (and aria-keyshortcuts in index.html). */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['Space', 'k'], does: 'Play / pause, wherever the focus is (except while typing in a text or number field, or in a dialog)' },
  { keys: ['Enter'], does: 'Press the focused button' },
  { keys: ['.'], does: 'Step one tick (while paused)' },
  { keys: ['t'], does: 'Run to the end of the current trial, then pause' },
  { keys: [',', 'Backspace'], does: 'Step back about half a second of simulated time' },
  { keys: ['1'], does: 'Slow (0.25× real time)' },
  { keys: ['2'], does: 'Normal (1× real time)' },
  { keys: ['3'], does: 'Fast-forward (runs in a background worker at full speed)' },
  { keys: ['r'], does: 'Reset the level' },
  { keys: ['p'], does: 'Show scene + plots, the scene, the circuit, or the plots' },
  { keys: ['+', '−'], does: 'Zoom the circuit view in / out (drag to pan; click a neuron or a synapse to inspect it)' },
  { keys: ['m'], does: 'Mute / unmute the sound' },
  { keys: ['c'], does: 'Open the campaign menu: chapters, stars, saved progress (the level pauses while it is open)' },
  { keys: ['?'], does: 'Show or close this help (the level pauses while it is open)' },
  { keys: ['Esc'], does: 'Close this help or any open menu or card' },
];
