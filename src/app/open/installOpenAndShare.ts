/**
 * Wires opening and sharing into the page: the Open button beside Campaign, drops and pastes
 * anywhere, the flow that opens what they bring as one of "Your levels", and Share (with Remove, for
 * one of Your levels) in the heading row of the
 * Goal panel (the header has no room left for it at 1280 px wide, where the scene must start within
 * the first 170 px, and the side panel none below: the setup prompt must stay on the first screen).
 */
import type { LevelSession } from '../levelSession';
import { installOpenLevelInputs } from './openLevelInputs';
import { installRemoveYourLevel } from './removeYourLevel';
import { OpenLevelFlow } from './openLevelFlow';
import { installShareButton } from './shareLevel';
import type { YourLevels } from './yourLevels';

export interface OpenAndShareDeps {
  readonly yourLevels: YourLevels;
  readonly builtInIds: ReadonlySet<string>;
  /** The header control the Open button follows. */
  readonly anchor: Element;
  /** The element the Share button follows (the Goal panel's heading). */
  readonly shareAnchor: Element;
  /** Opens a level of "Your levels" (closing the welcome, listing it in the menu). */
  openLevel(key: string): void;
  announce(text: string): void;
  /** Shows a problem on the warning line (a level that could not be removed). */
  warn(text: string): void;
  /** Lists the level menu again (a level was removed from Your levels). */
  refreshMenu(): void;
  session(): LevelSession | null;
  pause(): Promise<boolean>;
  play(): Promise<void>;
}

/** `showRemove` shows the Remove button (beside Share) while one of Your levels is open: call it when the level changes. */
export function installOpenAndShare(deps: OpenAndShareDeps): { flow: OpenLevelFlow; showRemove: () => void } {
  const flow = new OpenLevelFlow({
    yourLevels: deps.yourLevels,
    builtInIds: deps.builtInIds,
    openLevel: deps.openLevel,
    announce: deps.announce,
    levelOpen: () => deps.session() !== null,
  });
  installOpenLevelInputs(deps.anchor, {
    onFiles: (files) => flow.openFiles(files),
    onUnread: (names, problem) => flow.refuseFiles(names, problem),
    onPaste: (text) => flow.openPaste(text),
  });
  const share = installShareButton(deps.shareAnchor, {
    session: deps.session,
    pause: deps.pause,
    play: deps.play,
    otherDialogOpen: () => document.querySelector('dialog:modal') !== null,
  });
  // A link to a level followed while the page is open changes only the fragment: no reload, so listen.
  window.addEventListener('hashchange', () => flow.openHash(window.location.hash));
  const remove = installRemoveYourLevel(share, {
    yourLevels: deps.yourLevels,
    currentKey: () => deps.session()?.id ?? null,
    done: ({ removed, message }) => { if (removed) { deps.announce(message); deps.refreshMenu(); } else deps.warn(message); },
  });
  return { flow, showRemove: remove.refresh };
}
