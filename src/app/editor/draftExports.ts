/**
 * The editor's exports, through the level-sharing codecs (src/levels/share): the draft as a level file
 * (.json with $schema: what `npm run validate` and the page's Open read), as a zip bundle with the
 * recordings it names, and as a link (#level=…) copied to the clipboard. A draft that does not load
 * yet can still be saved as a file (work in progress); the bundle and the link need a valid level.
 */
import type { Draft } from '../../editor/applyEdit';
import { formatLevelErrors } from '../../levels/errors';
import { levelAssets } from '../../levels/levelAssets';
import { loadLevel } from '../../levels/loadLevel';
import { assetsToShare, encodeLevelBundle, levelFileName, levelFileText } from '../../levels/share';
import type { ExportAction } from '../../ui/editor/exportPanel';
import { fetchLevelAsset } from '../levelAssetFetch';
import type { AssetSource } from '../../levels/loadedLevelFiles';
import { downloadFile } from '../downloadFile';
import { makeLevelLink } from '../open/levelLinkMaker';

/** The recordings the draft names that must travel with it, fetched as Play fetches them. */
async function sharedAssets(draft: Draft, source: AssetSource): Promise<{ ok: true; assets: Map<string, Uint8Array> } | { ok: false; message: string }> {
  const loaded = loadLevel(draft);
  if (!loaded.ok) return { ok: false, message: 'fix the problems listed first: only a valid level can be bundled or linked' };
  const fetched = new Map<string, Uint8Array>();
  for (const asset of levelAssets(loaded.level)) {
    if (!fetched.has(asset.path) && !asset.path.startsWith('assets:')) fetched.set(asset.path, await source(asset.path));
  }
  const shared = assetsToShare(loaded.level, fetched);
  return shared.ok ? { ok: true, assets: shared.assets } : { ok: false, message: formatLevelErrors(shared.errors) };
}

/** `files` gives where the draft's recordings come from (the page's own, or those of a level opened with its files). */
export function draftExportActions(current: () => Draft, files: () => AssetSource = () => fetchLevelAsset): ExportAction[] {
  return [
    {
      label: 'Download level file (.json)',
      help: 'The level as a file the game opens and npm run validate checks.',
      run: () => {
        const draft = current();
        const text = levelFileText(draft);
        if (!text.ok) return `Could not save: ${formatLevelErrors(text.errors)}`;
        const name = levelFileName(draft, 'json');
        downloadFile(name, text.text, 'application/json');
        return `Saved ${name}.`;
      },
    },
    {
      label: 'Download with recordings (.zip)',
      help: 'The level file and the recordings of its own it names (a recorded tutor song), in one zip the game opens. A level without recordings of its own needs only the .json file.',
      run: async () => {
        const draft = current();
        const shared = await sharedAssets(draft, files());
        if (!shared.ok) return `Could not bundle: ${shared.message}`;
        const bundle = encodeLevelBundle(draft, shared.assets);
        if (!bundle.ok) return `Could not bundle: ${formatLevelErrors(bundle.errors)}`;
        const name = levelFileName(draft, 'zip');
        downloadFile(name, new Uint8Array(bundle.bytes), 'application/zip');
        return shared.assets.size === 0 ? `Saved ${name}: the level file alone, as the level has no recordings of its own.` : `Saved ${name} with ${shared.assets.size} recording${shared.assets.size === 1 ? '' : 's'}.`;
      },
    },
    {
      label: 'Copy link',
      help: 'A link that holds the whole level: whoever opens it plays this level.',
      run: async () => {
        const draft = current();
        const shared = await sharedAssets(draft, files());
        if (!shared.ok) return `No link: ${shared.message}`;
        // Off the page's thread: a long recording takes seconds to pack (levelLinkMaker.ts).
        const link = await makeLevelLink(draft, shared.assets);
        if (!link.ok) return `No link: ${formatLevelErrors(link.errors)}`;
        const url = new URL(window.location.href);
        url.search = '';
        url.hash = link.fragment;
        try {
          await navigator.clipboard.writeText(url.toString());
          return `Link copied (${url.toString().length} characters).`;
        } catch {
          return `Copy this link: ${url.toString()}`;
        }
      },
    },
  ];
}
