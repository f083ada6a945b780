/**
 * The bar above the game while it plays the editor's draft: says it is a preview (nothing is saved)
 * and leads back to the editor.
 */
import { t } from '../../i18n/messages';
export class PlayBar {
  private readonly bar = document.createElement('div');
  private readonly text = document.createElement('span');

  constructor(game: HTMLElement, onBack: () => void) {
    this.bar.className = 'ed-play-bar';
    this.bar.id = 'editor-play-bar';
    this.bar.hidden = true;
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'button';
    back.id = 'editor-back';
    back.textContent = t('editor.playBar.back');
    back.addEventListener('click', onBack);
    this.bar.append(this.text, back);
    game.prepend(this.bar);
  }

  /** `focus`: the keyboard starts on "Back to editor" (when Play was pressed; not when the menu picked the draft). */
  setShown(shown: boolean, title = '', focus = true): void {
    this.bar.hidden = !shown;
    this.text.textContent = shown ? t('editor.playBar.playing', { title }) : '';
    if (shown && focus) (this.bar.querySelector('button') as HTMLButtonElement).focus();
  }
}
