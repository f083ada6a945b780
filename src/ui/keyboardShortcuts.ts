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

import { t } from '../i18n/messages';

export type ShortcutAction =
  | 'playPause' | 'step' | 'stepTrial' | 'stepBack' | 'slow' | 'normal' | 'fast' | 'reset' | 'help' | 'campaign' | 'cycleView'
  | 'mute' | 'zoomIn' | 'zoomOut' | 'summary';

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
  d: 'summary', D: 'summary',
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

/** Every shortcut, for the help dialog (and aria-keyshortcuts in index.html); `does` is read in the page's language when shown. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['Space', 'k'], get does() { return t('game.help.does.playPause'); } },
  { keys: ['Enter'], get does() { return t('game.help.does.enter'); } },
  { keys: ['.'], get does() { return t('game.help.does.step'); } },
  { keys: ['t'], get does() { return t('game.help.does.stepTrial'); } },
  { keys: [',', 'Backspace'], get does() { return t('game.help.does.stepBack'); } },
  { keys: ['1'], get does() { return t('game.help.does.slow'); } },
  { keys: ['2'], get does() { return t('game.help.does.normal'); } },
  { keys: ['3'], get does() { return t('game.help.does.fast'); } },
  { keys: ['r'], get does() { return t('game.help.does.reset'); } },
  { keys: ['p'], get does() { return t('game.help.does.cycleView'); } },
  { keys: ['+', '−'], get does() { return t('game.help.does.zoom'); } },
  { keys: ['m'], get does() { return t('game.help.does.mute'); } },
  { keys: ['c'], get does() { return t('game.help.does.campaign'); } },
  { keys: ['?'], get does() { return t('game.help.does.help'); } },
  { keys: ['Esc'], get does() { return t('game.help.does.escape'); } },
  { keys: ['d'], get does() { return t('access.shortcut.summary'); } },
];
