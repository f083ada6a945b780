/**
 * The two regions of the editor page where the drawings go: the network canvas
 * (src/ui/editor/canvas/mountNetworkCanvas.ts) above the Network forms and the timeline editor
 * (src/ui/editor/timeline/mountTimelineEditor.ts) above the Timeline forms. Both read the same
 * DraftEditor and change the draft only through its edits, so undo, autosave and validation see
 * them; what the designer picks in a drawing opens its fields in the forms below (`onSelect`).
 */
import type { DraftEditor, DraftPath } from '../../editor/draftEdit';
import { mountNetworkCanvas } from './canvas/mountNetworkCanvas';
import { mountTimelineEditor } from './timeline/mountTimelineEditor';

/** Mounted drawings, so a page that rebuilds the editor can take them down. */
export interface MountedRegions {
  destroy(): void;
}

export function mountEditorRegions(network: HTMLElement, timeline: HTMLElement, editor: DraftEditor, onSelect: (path: DraftPath) => void): MountedRegions {
  const mounted = [mountNetworkCanvas(network, editor, onSelect), mountTimelineEditor(timeline, editor, onSelect)];
  return { destroy: () => { for (const m of mounted) m.destroy(); } };
}
