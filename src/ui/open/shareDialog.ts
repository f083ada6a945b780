/**
 * The Share dialog for the level being played: download it as a file (a .json, or a .zip bundle when
 * it has recordings of its own) and copy a link that holds it. Each action says in the status line
 * what happened, or why it could not (a recording too large for a link: share the file instead).
 */
import { button, el, ModalDialog } from '../campaign/modalDialog';
import './open.css';
import { t } from '../../i18n/messages';

export interface ShareActions {
  /** The level's title, for the heading. */
  readonly title: string;
  /** "level-id.json" or "level-id.zip". */
  readonly fileName: string;
  /** Starts the download; returns what the status line says. */
  download(): string;
  /** Copies the link (or says why not): what the status line says, and the link to show (null when there is none). */
  copyLink(): Promise<{ status: string; link: string | null }>;
}

export class ShareDialog {
  private readonly dialog = new ModalDialog('share-dialog', 'share-title');

  constructor() {
    this.dialog.element.classList.add('open-dialog');
  }

  get open(): boolean {
    return this.dialog.open;
  }

  show(actions: ShareActions, onClose?: () => void): void {
    const title = el('h2', t('game.share.title', { title: actions.title }));
    title.id = 'share-title';
    const lead = el('p', t('game.share.lead'));
    const status = el('p', '', 'share-status');
    status.id = 'share-status';
    status.setAttribute('role', 'status');
    const download = button(t('game.share.download', { fileName: actions.fileName }), () => { status.textContent = actions.download(); });
    download.id = 'share-download';
    // The link is also shown, selectable, for when the browser does not let the page copy.
    const linkText = el('input', undefined, 'share-link');
    linkText.id = 'share-link-text';
    linkText.readOnly = true;
    linkText.hidden = true;
    linkText.setAttribute('aria-label', t('game.share.linkLabel'));
    const copy = button(t('game.share.copyLink'), () => {
      status.textContent = t('game.share.makingLink');
      void actions.copyLink().then(({ status: said, link }) => {
        status.textContent = said;
        linkText.hidden = link === null;
        linkText.value = link ?? '';
        if (link !== null) linkText.select();
      });
    });
    copy.id = 'share-copy-link';
    const close = button(t('game.campaign.close'), () => this.dialog.close());
    close.id = 'share-close';
    const row = el('div', undefined, 'open-dialog-buttons');
    row.append(download, copy, close);
    this.dialog.element.replaceChildren(title, lead, row, status, linkText);
    this.dialog.show(download, onClose);
  }
}
