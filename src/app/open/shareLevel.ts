/**
 * The Share action for the level being played: its file (.json, or a .zip bundle when it has
 * recordings of its own; Synaptica's shipped files stay out, every copy has them) and its link
 * (this page's address with the level in "#level="). The level shared is the one the page runs,
 * with the settings it was spawned with.
 */
import { downloadFile } from '../downloadFile';
import {
  assetsToShare, encodeLevelBundle, levelFileName, levelFileText, describeBytes,
} from '../../levels/share';
import { button } from '../../ui/campaign/modalDialog';
import { ShareDialog } from '../../ui/open/shareDialog';
import type { LevelSession } from '../levelSession';
import { makeLevelLink } from './levelLinkMaker';
import { t } from '../../i18n/messages';
import { problemsAfterLeadIn } from '../../ui/open/problemWords';

export interface ShareDeps {
  session(): LevelSession | null;
  /** Pauses if running; true when it was running. */
  pause(): Promise<boolean>;
  play(): Promise<void>;
  /** Whether another dialog has the player's attention (the Share button then does nothing). */
  otherDialogOpen(): boolean;
}


function shareActionsFor(s: LevelSession) {
  const level = s.level;
  const own = assetsToShare(level, s.assets);
  const files = own.ok ? own.assets : new Map<string, Uint8Array>();
  const zip = files.size > 0;
  const fileName = levelFileName(level, zip ? 'zip' : 'json');
  return {
    title: level.title,
    fileName,
    download(): string {
      if (!own.ok) return t('game.share.cannotShare', { problems: problemsAfterLeadIn(own.errors) });
      if (zip) {
        const bundle = encodeLevelBundle(level, files);
        if (!bundle.ok) return t('game.share.cannotMakeFile', { problems: problemsAfterLeadIn(bundle.errors) });
        downloadFile(fileName, new Uint8Array(bundle.bytes), 'application/zip');
        return t('game.share.downloadedBundle', { fileName, size: describeBytes(bundle.bytes.length) });
      }
      const text = levelFileText(level);
      if (!text.ok) return t('game.share.cannotMakeFile', { problems: problemsAfterLeadIn(text.errors) });
      downloadFile(fileName, text.text, 'application/json');
      return t('game.share.downloaded', { fileName, size: describeBytes(text.text.length) });
    },
    async copyLink(): Promise<{ status: string; link: string | null }> {
      // Off the page's thread: a long recording takes seconds to pack (levelLinkMaker.ts).
      const link = await makeLevelLink(level, files);
      if (!link.ok) {
        const problems = problemsAfterLeadIn(link.errors);
        return { status: problems.charAt(0).toUpperCase() + problems.slice(1), link: null };
      }
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = link.fragment;
      const text = url.toString();
      try {
        await navigator.clipboard.writeText(text);
        return { status: t('game.share.linkCopied', { length: String(text.length) }), link: text };
      } catch {
        return { status: t('game.share.copyRefused'), link: text };
      }
    },
  };
}

/** Adds the Share button after `anchor` (the Goal panel's heading: the level's own panel). */
export function installShareButton(anchor: Element, deps: ShareDeps): HTMLButtonElement {
  const dialog = new ShareDialog();
  const share = button(t('game.share.button'), () => {
    const s = deps.session();
    if (!s || dialog.open || deps.otherDialogOpen()) return;
    const paused = deps.pause();
    dialog.show(shareActionsFor(s), () => void paused.then((was) => { if (was && deps.session() === s) void deps.play(); }));
  });
  share.id = 'share-level';
  share.title = t('game.share.buttonTitle');
  share.setAttribute('aria-label', t('game.share.buttonLabel'));
  share.setAttribute('aria-haspopup', 'dialog');
  anchor.after(share);
  return share;
}
