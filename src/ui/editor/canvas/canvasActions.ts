/**
 * What the network canvas does when the designer acts (from keys, the toolbar or the pointer):
 * select, start and finish a projection, cancel, move, delete, add. Each change is one
 * `editor.apply` (one undo step) and leaves the keyboard on the item it made or moved.
 */
import type { DraftEditor, DraftPath } from '../../../editor/draftEdit';
import { unitsAtPixel, type GraphEdge, type GraphNode } from '../../../editor/views/networkGraph';
import { layoutCenter } from '../../../editor/views/layoutUnits';
import { addPopulation, connectPopulations, deleteItem, movePopulation, populationCounts, valueAt } from '../../../editor/views/networkEdits';
import { circuitPartsOf } from '../../../editor/views/circuitParts';
import { GAP_X_PX, NODE_WIDTH_PX } from '../../../editor/views/nodeBox';
import type { CanvasKeyActions } from './canvasKeys';
import type { CanvasState } from './canvasState';
import { t } from '../../../i18n/messages';

/** What the actions need from the mounted canvas. */
export interface CanvasActionHost {
  readonly editor: DraftEditor;
  readonly state: CanvasState;
  render(): void;
  say(text: string): void;
  focusKey(key: string | null): void;
  focusAdd(): void;
  onSelect?: (path: DraftPath) => void;
  /** Cancels a pointer drag in progress; whether there was one. */
  cancelGesture(): boolean;
}

export interface CanvasActions extends CanvasKeyActions {
  connect(fromKey: string, toKey: string): void;
  moveTo(key: string, center: { x: number; y: number }): void;
  addPopulation(): void;
  /** Leaves connecting without a projection (focus left the canvas), saying why. */
  endConnecting(reason: string): void;
}

const isPopulationBox = (node: GraphNode | undefined): node is GraphNode => node?.kind === 'population' || node?.kind === 'circuitPopulation';

export function nodeOf(state: CanvasState, key: string | null): GraphNode | undefined {
  return state.graph.nodes.find((n) => n.key === key);
}

export function itemOf(state: CanvasState, key: string | null): GraphNode | GraphEdge | undefined {
  return nodeOf(state, key) ?? state.graph.edges.find((e) => e.key === key);
}

export function createCanvasActions(host: CanvasActionHost): CanvasActions {
  const { editor, state, say, focusKey } = host;
  const actions: CanvasActions = {
    select(key) {
      const item = itemOf(state, key);
      // Only boxes and projections are items of their own; a stimulus's or a release's dotted arrow belongs to its box.
      if (!item || ('fromKey' in item && item.kind !== 'projection')) return;
      if (state.connectFromKey && isPopulationBox(item as GraphNode)) {
        actions.connect(state.connectFromKey, key);
        return;
      }
      if (state.selectedKey === key) return;
      state.selectedKey = key;
      host.render();
      focusKey(key);
      host.onSelect?.(item.path);
    },
    connect(fromKey, toKey) {
      const from = nodeOf(state, fromKey);
      const to = nodeOf(state, toKey);
      state.connectFromKey = null;
      if (!from || !to) { host.render(); return; }
      const counts = populationCounts(editor.draft, circuitPartsOf(editor.draft).populations);
      const link = connectPopulations(editor.draft, from.id, to.id, counts);
      const linkKey = `projection:${link.path[1]}`;
      state.selectedKey = linkKey;
      editor.apply(link.edit, link.label);
      say(t('editor.canvas.done', { edit: link.label }));
      focusKey(linkKey);
      host.onSelect?.(link.path);
    },
    startConnect() {
      const from = nodeOf(state, state.selectedKey);
      if (!isPopulationBox(from)) { say(t('editor.canvas.selectFirst')); return; }
      state.connectFromKey = from.key;
      host.render();
      say(t('editor.canvas.connecting', { name: from.label }));
      focusKey(from.key);
    },
    cancel() {
      if (host.cancelGesture()) { say(t('editor.canvas.dragCancelled')); return true; }
      if (!state.connectFromKey) return false;
      actions.endConnecting(t('editor.canvas.connectCancelled'));
      return true;
    },
    endConnecting(reason) {
      if (!state.connectFromKey) return;
      state.connectFromKey = null;
      host.render();
      say(reason);
    },
    moveBy(key, dxPx, dyPx) {
      const node = nodeOf(state, key);
      if (node?.kind === 'population') actions.moveTo(key, { x: node.x + dxPx, y: node.y + dyPx });
    },
    moveTo(key, center) {
      const node = nodeOf(state, key);
      if (node?.kind !== 'population') return;
      const move = movePopulation(editor.draft, node.path, unitsAtPixel(state.graph, center));
      state.selectedKey = key;
      editor.apply(move.edit, move.label);
      focusKey(key);
    },
    deleteSelected() {
      const item = itemOf(state, state.selectedKey);
      if (!item) return;
      if ('editable' in item && !item.editable) {
        say(t('editor.canvas.circuitPart', { name: item.label }));
        return;
      }
      const label = 'label' in item ? item.label : item.description;
      const deletion = deleteItem(editor.draft, item.path, label);
      state.selectedKey = null;
      editor.apply(deletion.edit, deletion.label);
      say(t('editor.canvas.done', { edit: deletion.label }));
      host.focusAdd();
    },
    addPopulation() {
      const placed = state.graph.nodes.filter((n) => n.kind === 'population' && layoutCenter(valueAt(editor.draft, n.path)) !== undefined);
      const spot = placed.length === 0
        ? state.graph.offsetPx
        : { x: Math.max(...placed.map((n) => n.x)) + NODE_WIDTH_PX + GAP_X_PX, y: Math.min(...placed.map((n) => n.y)) };
      const added = addPopulation(editor.draft, unitsAtPixel(state.graph, spot));
      const addedKey = `population:${added.id}`;
      state.selectedKey = addedKey;
      editor.apply(added.edit, added.label);
      say(t('editor.canvas.added', { edit: added.label }));
      focusKey(addedKey);
      host.onSelect?.(added.path);
    },
  };
  return actions;
}
