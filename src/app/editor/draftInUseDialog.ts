/**
 * What the editor asks when the draft it is about to open is open for editing in another tab: both tabs
 * saving it would silently overwrite each other, so this tab either opens a copy (saved apart, both
 * kept) or shows the draft read-only (nothing saved; a change there goes into a copy, and says so).
 */
import { t } from '../../i18n/messages';
import { button, el, ModalDialog } from '../../ui/campaign/modalDialog';
import '../../ui/open/open.css';

export type DraftInUseChoice = 'copy' | 'read-only' | 'cancel';

export class DraftInUseDialog {
  private readonly dialog = new ModalDialog('draft-in-use-dialog', 'draft-in-use-title');

  constructor() {
    this.dialog.element.classList.add('open-dialog');
  }

  /** Asks about the draft called `name`; resolves with the choice ("cancel" when closed with Escape). */
  ask(name: string): Promise<DraftInUseChoice> {
    return new Promise((resolve) => {
      let choice: DraftInUseChoice = 'cancel';
      const choose = (chosen: DraftInUseChoice) => () => { choice = chosen; this.dialog.close(); };
      const title = el('h2', t('editor.inUse.title'));
      title.id = 'draft-in-use-title';
      const text = el('p', t('editor.inUse.text', { name }));
      text.id = 'draft-in-use-text';
      const copy = button(t('editor.inUse.copy'), choose('copy'));
      copy.id = 'draft-in-use-copy';
      const readOnly = button(t('editor.inUse.readOnly'), choose('read-only'));
      readOnly.id = 'draft-in-use-read-only';
      const cancel = button(t('editor.inUse.cancel'), choose('cancel'));
      cancel.id = 'draft-in-use-cancel';
      const row = el('div', undefined, 'open-dialog-buttons');
      row.append(copy, readOnly, cancel);
      this.dialog.element.replaceChildren(title, text, row);
      this.dialog.show(copy, () => resolve(choice));
    });
  }
}
