/**
 * "Remove" beside Share while one of Your levels is open: takes it out of Your levels and out of the
 * page's saved data (after asking), so it is not in the menu on the next visit. The level being played
 * keeps running until another is chosen; its stars stay in the saved progress (under its own key), and
 * opening its file again brings it back.
 */
import { button } from '../../ui/campaign/modalDialog';
import type { YourLevels } from './yourLevels';

export interface RemoveYourLevelDeps {
  readonly yourLevels: YourLevels;
  /** The key of the level being played, or null. */
  currentKey(): string | null;
  /** The level is removed (list the menu again; `message` says so), or could not be (`message` says why). */
  done(result: { removed: boolean; message: string }): void;
}

/** Adds the (hidden) Remove button after `anchor`; `refresh` shows it while one of Your levels is open. */
export function installRemoveYourLevel(anchor: Element, deps: RemoveYourLevelDeps): { refresh(): void } {
  const remove = button('Remove', () => {
    const key = deps.currentKey();
    const entry = key === null ? undefined : deps.yourLevels.get(key);
    if (key === null || entry === undefined) return;
    if (!window.confirm(`Remove “${entry.title}” from Your levels? It stays open until you choose another level; open its file again to bring it back.`)) return;
    void deps.yourLevels.remove(key).then((result) => { deps.done(result); refresh(); });
  });
  remove.id = 'remove-your-level';
  remove.title = 'Remove this level from Your levels (it is kept in this browser until you do)';
  remove.setAttribute('aria-label', 'Remove this level from Your levels');
  remove.hidden = true;
  anchor.after(remove);
  const refresh = (): void => {
    const key = deps.currentKey();
    remove.hidden = key === null || !deps.yourLevels.has(key);
  };
  return { refresh };
}
