/**
 * What a teacher's link changes on the page, made visible: each lock marks <html> (data-lock-*),
 * classroomLocks.css hides what is hidden (the editor's and Open's buttons, the sound controls under
 * audio=disabled, the teacher notes under teacherNotes=false), and controls that stay in view are
 * disabled with the reason in their title and aria-description (the level menu, fast-forward, the
 * level's sliders and actions, which are rebuilt per level, hence the observer). Drops, pastes and
 * "#level=" addresses are stopped before the page's own listeners under lock=open, and links that
 * leave the site do nothing under allowLinks=false. The commands themselves are refused in bootPage
 * (TeacherLink.allowsCommand), so a disabled control is not the only guard.
 */
import { t } from '../../i18n/messages';
import './classroomLocks.css';
import { lessonOnlyFragment } from '../../levels/share/lessonLink';
import type { TeacherLink } from './teacherLink';

/** Disables `control` with the link's reason (title for the pointer, aria-description for screen readers). */
function lockControl(control: HTMLInputElement | HTMLButtonElement | HTMLSelectElement): void {
  if (control.disabled && control.dataset.lockedByLink === 'true') return;
  control.disabled = true;
  control.dataset.lockedByLink = 'true';
  control.title = t('classroom.locked.reason');
  control.setAttribute('aria-description', t('classroom.locked.reason'));
  // A radio or slider is pointed at through its label: the reason shows there too.
  control.closest('label')?.setAttribute('title', t('classroom.locked.reason'));
}

/** Keeps every control matching `selector` inside `root` disabled, now and whenever the root is rebuilt. */
function keepLocked(root: Element | null, selector: string): void {
  if (root === null) return;
  const apply = (): void => root.querySelectorAll<HTMLInputElement | HTMLButtonElement>(selector).forEach(lockControl);
  apply();
  new MutationObserver(apply).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

function stopWhen(locked: boolean, type: 'drop' | 'paste' | 'hashchange', onlyIf: (e: Event) => boolean = () => true): void {
  if (!locked) return;
  // Capture on window runs before the page's listeners (window, document), so they never see it.
  window.addEventListener(type, (e) => {
    if (!onlyIf(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }, true);
}

export function installClassroomLocks(link: TeacherLink, doc: Document = document): void {
  const root = doc.documentElement;
  const { settings } = link;
  for (const lock of settings.locks) root.dataset[`lock${lock[0].toUpperCase()}${lock.slice(1)}`] = 'true';
  root.dataset.audio = settings.audio;
  if (!settings.allowLinks) root.dataset.allowLinks = 'false';
  if (!settings.teacherNotes) root.dataset.teacherNotes = 'off';
  if (link.locked('levels')) {
    for (const id of ['level-select', 'campaign-open']) {
      const control = doc.getElementById(id);
      if (control instanceof HTMLSelectElement || control instanceof HTMLButtonElement) lockControl(control);
    }
  }
  if (link.locked('speed')) keepLocked(doc.getElementById('speed-group'), 'input[value="fast"]');
  if (link.locked('parameters')) keepLocked(doc.getElementById('player-actions-body'), 'input');
  if (link.locked('commands')) {
    keepLocked(doc.getElementById('player-actions-body'), '.action-row button');
    keepLocked(doc.getElementById('extra-panels'), 'button');
  }
  stopWhen(link.locked('open'), 'drop');
  stopWhen(link.locked('open'), 'paste', (e) => (e.target as Element | null)?.closest?.('#editor-view') == null);
  // Only a fragment that is a lesson alone goes through: "#lesson=…&level=…" would open its level.
  stopWhen(link.locked('open'), 'hashchange', () => window.location.hash !== lessonOnlyFragment(window.location.hash));
  if (!settings.allowLinks) {
    doc.addEventListener('click', (e) => {
      const anchor = (e.target as Element | null)?.closest?.('a[href]');
      if (anchor instanceof HTMLAnchorElement && anchor.origin !== window.location.origin) e.preventDefault();
    }, true);
  }
}
