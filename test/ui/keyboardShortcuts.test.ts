/** Which element keeps a key and where a shortcut acts: Space and k play or pause everywhere but text fields and dialogs. */
import { describe, expect, it } from 'vitest';
import { isTextField, SHORTCUTS, shortcutAction, type KeyTarget, type ShortcutAction } from '../../src/ui/keyboardShortcuts';

const none = { ctrl: false, meta: false, alt: false };
const on = (tag: string, inputType = '', extra: Partial<KeyTarget> = {}): KeyTarget => ({ tag, inputType, editable: false, inDialog: false, ...extra });

const body = on('body');
const button = on('button');
const slider = on('input', 'range');
const radio = on('input', 'radio');
const select = on('select');
const summary = on('summary');
const numberField = on('input', 'number');
const textField = on('input', 'text');
const searchField = on('input', 'search');
const textarea = on('textarea');
const editable = on('div', '', { editable: true });
const dialogButton = on('button', '', { inDialog: true });
const checkbox = on('input', 'checkbox');

describe('shortcutAction: Space and k', () => {
  it('play or pause on the page, a focused button (Step back, Reset, Campaign), a slider, a radio, the level menu and a disclosure', () => {
    for (const target of [body, button, slider, radio, select, summary]) {
      expect(shortcutAction(' ', none, target), target.tag + target.inputType).toBe('playPause');
      expect(shortcutAction('k', none, target), target.tag + target.inputType).toBe('playPause');
      expect(shortcutAction('K', none, target), target.tag + target.inputType).toBe('playPause');
    }
  });

  it('are typed in text fields: input type text, number, search, textarea, contenteditable', () => {
    for (const target of [numberField, textField, searchField, textarea, editable, on('input', 'email')]) {
      expect(shortcutAction(' ', none, target)).toBeNull();
      expect(shortcutAction('k', none, target)).toBeNull();
    }
  });

  it('belong to an open dialog (Space presses its buttons), as does every other key', () => {
    for (const key of [' ', 'k', 'r', '1', '.', 'c', '?']) expect(shortcutAction(key, none, dialogButton)).toBeNull();
    expect(shortcutAction(' ', none, on('body', '', { inDialog: true }))).toBeNull();
  });

  it('a checkbox keeps Space (the only key that ticks it) but k still plays', () => {
    expect(shortcutAction(' ', none, checkbox)).toBeNull();
    expect(shortcutAction('k', none, checkbox)).toBe('playPause');
  });

  it('with Ctrl, Cmd or Alt are not shortcuts', () => {
    expect(shortcutAction(' ', { ...none, ctrl: true }, body)).toBeNull();
    expect(shortcutAction('k', { ...none, meta: true }, body)).toBeNull();
    expect(shortcutAction('k', { ...none, alt: true }, button)).toBeNull();
  });
});

describe('shortcutAction: the other keys', () => {
  it('map to their actions on the page, a button and a slider', () => {
    const expected: Record<string, string> = {
      '.': 'step', t: 'stepTrial', ',': 'stepBack', Backspace: 'stepBack', '1': 'slow', '2': 'normal', '3': 'fast',
      r: 'reset', R: 'reset', '?': 'help', c: 'campaign', p: 'cycleView',
    };
    for (const target of [body, button, slider]) {
      for (const [key, action] of Object.entries(expected)) expect(shortcutAction(key, none, target), `${key} on ${target.tag}`).toBe(action);
    }
  });

  it('stay with a select (type-ahead) and with text fields', () => {
    for (const key of ['r', '1', 'c', 'Backspace', '.']) {
      expect(shortcutAction(key, none, select)).toBeNull();
      expect(shortcutAction(key, none, numberField)).toBeNull();
      expect(shortcutAction(key, none, textarea)).toBeNull();
    }
  });

  it('m mutes and + / − zoom the circuit, through the same rule (on the page, a button, a slider, a checkbox)', () => {
    const expected: Record<string, ShortcutAction> = { m: 'mute', M: 'mute', '+': 'zoomIn', '=': 'zoomIn', '-': 'zoomOut', _: 'zoomOut' };
    for (const target of [body, button, slider, checkbox, radio]) {
      for (const [key, action] of Object.entries(expected)) expect(shortcutAction(key, none, target), `${key} on ${target.tag}${target.inputType}`).toBe(action);
    }
  });

  it('m and + / − belong to an open dialog, a text field and a select: no mute or zoom behind a modal', () => {
    for (const key of ['m', 'M', '+', '=', '-', '_']) {
      for (const target of [dialogButton, on('body', '', { inDialog: true }), numberField, textField, textarea, editable, select]) {
        expect(shortcutAction(key, none, target), `${key} on ${target.tag}${target.inputType}${target.inDialog ? ' in a dialog' : ''}`).toBeNull();
      }
      expect(shortcutAction(key, { ...none, ctrl: true }, body)).toBeNull();
    }
  });

  it('Enter, Tab, arrows and unbound letters are never shortcuts (Enter presses the focused button)', () => {
    for (const key of ['Enter', 'Tab', 'ArrowLeft', 'ArrowUp', 'x', 'Escape']) expect(shortcutAction(key, none, button)).toBeNull();
  });
});

describe('isTextField and the help list', () => {
  it('tells typed fields from other inputs', () => {
    expect(isTextField(numberField)).toBe(true);
    expect(isTextField(on('input', 'password'))).toBe(true);
    expect(isTextField(slider)).toBe(false);
    expect(isTextField(radio)).toBe(false);
    expect(isTextField(on('input', 'file'))).toBe(false);
    expect(isTextField(button)).toBe(false);
  });

  it('the help names Space and k together, and Enter for the focused button', () => {
    const play = SHORTCUTS.find((s) => s.keys.includes('Space'));
    expect(play?.keys).toEqual(['Space', 'k']);
    expect(SHORTCUTS.some((s) => s.keys.includes('Enter') && /focused button/.test(s.does))).toBe(true);
  });

  it('the help lists a key for every action, and every key it lists (but Enter and Esc) is a shortcut', () => {
    const every = { playPause: true, step: true, stepTrial: true, stepBack: true, slow: true, normal: true, fast: true, reset: true, help: true, campaign: true, cycleView: true, mute: true, zoomIn: true, zoomOut: true, summary: true } satisfies Record<ShortcutAction, true>;
    // The help shows Space by name and a true minus sign.
    const typed = (shown: string): string => (shown === 'Space' ? ' ' : shown === '−' ? '-' : shown);
    const listed = new Set<ShortcutAction>();
    for (const row of SHORTCUTS) {
      for (const shown of row.keys) {
        if (shown === 'Enter' || shown === 'Esc') continue;
        const action = shortcutAction(typed(shown), none, body);
        expect(action, `help key ${shown}`).not.toBeNull();
        if (action) listed.add(action);
      }
    }
    expect([...listed].sort()).toEqual(Object.keys(every).sort());
  });
});
