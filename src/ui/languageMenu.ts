/**
 * The language menu in the page header: each real locale by its own name ("English", "Español"), each
 * option marked with its lang so a screen reader says it in that language. Choosing one hands the code
 * to the page, which saves it with the player's settings and reloads in it (every string, the level's
 * texts and the number formats then come out right at boot; nothing is re-translated in place).
 * A pseudo-locale (en-XA, ar-XB) opened by a link is shown as the current choice but never offered.
 * The reload would drop a keyboard user on the page body: the choice leaves a note for this tab
 * (sessionStorage), and the menu made after the reload takes the focus back, so they go on from there.
 */
import './languageMenu.css';
import { localeInfo, REAL_LOCALES } from '../i18n/locales';
import { getLocale, t } from '../i18n/messages';

/** Keys that move a closed select's choice (Chromium fires change at once): the choice waits for Enter or leaving. */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** The note a choice leaves for the page it reloads into (this tab only). */
const REFOCUS_KEY = 'synaptica.languageMenu.refocus';

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage blocked: the reload starts at the top of the page, as it would without the note.
    return null;
  }
}

/** Reads and clears the note; true when the page was reloaded by a choice in the menu. */
function takeRefocusNote(): boolean {
  const storage = sessionStorageOrNull();
  try {
    const noted = storage?.getItem(REFOCUS_KEY) === '1';
    storage?.removeItem(REFOCUS_KEY);
    return noted;
  } catch {
    return false;
  }
}

function leaveRefocusNote(): void {
  try { sessionStorageOrNull()?.setItem(REFOCUS_KEY, '1'); } catch { /* the reload starts at the top of the page */ }
}

/** Puts the menu just after `anchor` (the header's last control, so the Tab order before it stays); `onChoose` gets a locale other than the current one. */
export function createLanguageMenu(anchor: HTMLElement, onChoose: (locale: string) => void): HTMLSelectElement {
  const label = document.createElement('label');
  label.className = 'control language-control';
  const text = document.createElement('span');
  text.textContent = t('game.header.language');
  const select = document.createElement('select');
  select.id = 'language-select';
  select.name = 'language';
  select.title = t('game.header.languageTitle');
  // Its name where the label's word is not shown (narrow screens: languageMenu.css); the same word, so speech input finds it.
  select.setAttribute('aria-label', t('game.header.language'));
  const current = getLocale();
  const codes = REAL_LOCALES.includes(current) ? REAL_LOCALES : [...REAL_LOCALES, current];
  for (const code of codes) {
    const option = new Option(localeInfo(code)?.nativeName ?? code, code, false, code === current);
    option.lang = localeInfo(code)?.pseudo ? 'en' : code;
    select.append(option);
  }
  select.value = current;
  // A reload changes the page under the player: arrowing through the closed menu must not do it at each
  // step (WCAG 3.2.2), so a choice made by browsing keys is taken on Enter or when the focus leaves.
  let browsing = false;
  const choose = (): void => {
    browsing = false;
    if (select.value === current) return;
    leaveRefocusNote();
    onChoose(select.value);
  };
  select.addEventListener('keydown', (e) => {
    if (BROWSING_KEYS.has(e.key) || e.key.length === 1) browsing = true;
    else if (e.key === 'Enter') { e.preventDefault(); choose(); }
  });
  select.addEventListener('change', () => { if (!browsing) choose(); });
  select.addEventListener('blur', () => { if (browsing) choose(); });
  label.append(text, select);
  anchor.after(label);
  // A dialog opened later (a level's card) takes the focus and gives it back here when it closes.
  if (takeRefocusNote()) select.focus();
  return select;
}
