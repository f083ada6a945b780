/**
 * The editor's exports, through the level-sharing codecs (src/levels/share): the draft as a level file
 * (.json with $schema: what `npm run validate` and the page's Open read), as a zip bundle with the
 * recordings it names, and as a link (#level=…) copied to the clipboard. A draft that does not load
 * yet can still be saved as a file (work in progress); the bundle and the link need a valid level.
 */
import type { Draft } from '../../editor/applyEdit';
import { levelAssets } from '../../levels/levelAssets';
import { loadLevel } from '../../levels/loadLevel';
import { assetsToShare, encodeLevelBundle, levelFileName, levelFileText } from '../../levels/share';
import type { ExportAction } from '../../ui/editor/exportPanel';
import { fetchLevelAsset } from '../levelAssetFetch';
import type { AssetSource } from '../../levels/loadedLevelFiles';
import { downloadFile } from '../downloadFile';
import { makeLevelLink } from '../open/levelLinkMaker';
import { t } from '../../i18n/messages';
import { problemsAfterLeadIn } from '../../ui/open/problemWords';

/** The recordings the draft names that must travel with it, fetched as Play fetches them. */
async function sharedAssets(draft: Draft, source: AssetSource): Promise<{ ok: true; assets: Map<string, Uint8Array> } | { ok: false; message: string }> {
  const loaded = loadLevel(draft);
  if (!loaded.ok) return { ok: false, message: t('editor.export.invalid') };
  const fetched = new Map<string, Uint8Array>();
  for (const asset of levelAssets(loaded.level)) {
    if (!fetched.has(asset.path) && !asset.path.startsWith('assets:')) fetched.set(asset.path, await source(asset.path));
  }
  const shared = assetsToShare(loaded.level, fetched);
  return shared.ok ? { ok: true, assets: shared.assets } : { ok: false, message: problemsAfterLeadIn(shared.errors) };
}

/** `files` gives where the draft's recordings come from (the page's own, or those of a level opened with its files). */
export function draftExportActions(current: () => Draft, files: () => AssetSource = () => fetchLevelAsset): ExportAction[] {
  return [
    {
      label: t('editor.export.json'),
      help: t('editor.export.jsonHelp'),
      run: () => {
        const draft = current();
        const text = levelFileText(draft);
        if (!text.ok) return t('editor.export.notSaved', { reason: problemsAfterLeadIn(text.errors) });
        const name = levelFileName(draft, 'json');
        downloadFile(name, text.text, 'application/json');
        return t('editor.export.saved', { name });
      },
    },
    {
      label: t('editor.export.zip'),
      help: t('editor.export.zipHelp'),
      run: async () => {
        const draft = current();
        const shared = await sharedAssets(draft, files());
        if (!shared.ok) return t('editor.export.notBundled', { reason: shared.message });
        const bundle = encodeLevelBundle(draft, shared.assets);
        if (!bundle.ok) return t('editor.export.notBundled', { reason: problemsAfterLeadIn(bundle.errors) });
        const name = levelFileName(draft, 'zip');
        downloadFile(name, new Uint8Array(bundle.bytes), 'application/zip');
        return shared.assets.size === 0 ? t('editor.export.savedAlone', { name }) : t('editor.export.savedWith', { name, count: shared.assets.size });
      },
    },
    {
      label: t('editor.export.link'),
      help: t('editor.export.linkHelp'),
      run: async () => {
        const draft = current();
        const shared = await sharedAssets(draft, files());
        if (!shared.ok) return t('editor.export.noLink', { reason: shared.message });
        // Off the page's thread: a long recording takes seconds to pack (levelLinkMaker.ts).
        const link = await makeLevelLink(draft, shared.assets);
        if (!link.ok) return t('editor.export.noLink', { reason: problemsAfterLeadIn(link.errors) });
        const url = new URL(window.location.href);
        url.search = '';
        url.hash = link.fragment;
        try {
          await navigator.clipboard.writeText(url.toString());
          return t('editor.export.linkCopied', { count: url.toString().length, characters: String(url.toString().length) });
        } catch {
          return t('editor.export.copyThis', { url: url.toString() });
        }
      },
    },
  ];
}
