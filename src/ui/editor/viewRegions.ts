/**
 * The two regions of the editor page where the drawings go: the network canvas
 * (src/ui/editor/canvas/mountNetworkCanvas.ts) above the Network forms and the timeline editor
 * (src/ui/editor/timeline/mountTimelineEditor.ts) above the Timeline forms. Both read the same
 * DraftEditor and change the draft only through its edits, so undo, autosave and validation see them.
 */
import type { DraftEditor } from '../../editor/draftEdit';

/** Mounted drawings, so a page that rebuilds the editor can take them down. */
export interface MountedRegions {
  destroy(): void;
}

export function mountEditorRegions(network: HTMLElement, timeline: HTMLElement, editor: DraftEditor): MountedRegions {
  const mounted: { destroy(): void }[] = [];
  // ── editorviews: mountNetworkCanvas(network, editor) and mountTimelineEditor(timeline, editor) go here. ──
  void network; void timeline; void editor;
  return { destroy: () => { for (const m of mounted) m.destroy(); } };
}
