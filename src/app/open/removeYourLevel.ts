/**
 * "Remove" beside Share while one of Your levels is open: takes it out of Your levels and out of the
 * page's saved data (after asking), so it is not in the menu on the next visit. The level being played
 * keeps running until another is chosen; its stars stay in the saved progress (under its own key), and
 * opening its file again brings it back.
 */
import { button } from '../../ui/campaign/modalDialog';
import type { YourLevels } from './yourLevels';
import { t } from '../../i18n/messages';

export interface RemoveYourLevelDeps {
  readonly yourLevels: YourLevels;
  /** The key of the level being played, or null. */
  currentKey(): string | null;
  /** The level is removed (list the menu again; `message` says so), or could not be (`message` says why). */
  done(result: { removed: boolean; message: string }): void;
}

/** Adds the (hidden) Remove button after `anchor`; `refresh` shows it while one of Your levels is open. */
export function installRemoveYourLevel(anchor: Element, deps: RemoveYourLevelDeps): { refresh(): void } {
  const remove = button(t('game.yours.remove'), () => {
    const key = deps.currentKey();
    const entry = key === null ? undefined : deps.yourLevels.get(key);
    if (key === null || entry === undefined) return;
    if (!window.confirm(t('game.yours.confirmRemove', { title: entry.title }))) return;
    void deps.yourLevels.remove(key).then((result) => { deps.done(result); refresh(); });
  });
  remove.id = 'remove-your-level';
  remove.title = t('game.yours.removeTitle');
  remove.setAttribute('aria-label', t('game.yours.removeLabel'));
  remove.hidden = true;
  anchor.after(remove);
  const refresh = (): void => {
    const key = deps.currentKey();
    remove.hidden = key === null || !deps.yourLevels.has(key);
    // It sits just before Share in the heading row, whose width depends on the language (open.css places both).
    const share = document.getElementById('share-level');
    if (!remove.hidden && share !== null && share.offsetWidth > 0) remove.style.insetInlineEnd = `${share.offsetWidth + 14}px`;
  };
  return { refresh };
}
