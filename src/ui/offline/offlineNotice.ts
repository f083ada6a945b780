/**
 * The notice about offline play, in the page's flow beside the warning line (so it covers nothing):
 * "a new version is ready" with Reload and Later (that the page works offline is only said). A polite status
 * region, so a screen reader hears it once without losing its place; never a dialog, since it must not
 * interrupt a lesson.
 */
import { t } from '../../i18n/messages';
import './offlineNotice.css';

export class OfflineNotice {
  private readonly box = document.createElement('div');
  private readonly text = document.createElement('p');
  private readonly actions = document.createElement('div');

  constructor(after: Element | null = document.getElementById('level-warning-box')) {
    this.box.id = 'offline-notice';
    this.box.className = 'notice offline-notice';
    this.box.setAttribute('role', 'status');
    this.box.hidden = true;
    this.actions.className = 'offline-notice-actions';
    this.box.append(this.text, this.actions);
    if (after) after.after(this.box);
    else document.body.prepend(this.box);
  }

  /**
   * Said, not shown: that the page now works offline needs nothing from the player, so it never takes
   * room from the scene on a first visit (a banner there pushed every level down). Screen readers hear
   * it once; <html data-offline-ready> records it for anyone who looks (and the tests).
   */
  showOfflineReady(): void {
    document.documentElement.dataset.offlineReady = 'true';
    const announcer = document.getElementById('announcer');
    if (announcer) announcer.textContent = t('offline.ready');
  }

  showUpdateAvailable(reload: () => void): void {
    this.show(t('offline.updateAvailable'), [
      [t('offline.reload'), 'offline-reload', reload],
      [t('offline.later'), 'offline-later', () => this.hide()],
    ]);
  }

  private show(message: string, buttons: ReadonlyArray<readonly [label: string, id: string, act: () => void]>): void {
    this.text.textContent = message;
    this.actions.replaceChildren(...buttons.map(([label, id, act]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.id = id;
      button.textContent = label;
      button.addEventListener('click', act);
      return button;
    }));
    this.box.hidden = false;
  }

  private hide(): void {
    const hadFocus = this.box.contains(document.activeElement);
    this.box.hidden = true;
    if (hadFocus) document.getElementById('play-pause')?.focus();
  }
}
