/**
 * The editor's network canvas: the draft's populations, projections, modulator pools, stimuli and a
 * circuit's populations as an SVG graph the designer edits directly. It reads `editor.draft`, changes
 * it only through `editor.apply` (one undo step per gesture), redraws on every change, and reports
 * the selected item's draft path to `onSelect` so that the shell's forms can show it.
 * Keyboard: Tab reaches every box and projection; arrow keys move the focused population (Shift:
 * farther); C (or the Connect button) starts a projection from it, then Enter on the target makes it;
 * Delete removes; Escape cancels.
 */
import { element } from '../fieldControls';
import type { DraftEdit, DraftEditor, DraftPath } from '../../../editor/draftEdit';
import { addModulatorPool, addStimulus } from '../../../editor/views/inputEdits';
import { buildNetworkGraph, columnsFor, unitsAtPixel, type NetworkGraph } from '../../../editor/views/networkGraph';
import { layoutCenter, pixelsPerUnitFor } from '../../../editor/views/layoutUnits';
import { addPopulation, connectPopulations, deleteItem, movePopulation, populationCounts, valueAt } from '../../../editor/views/networkEdits';
import { circuitPartsOf } from '../../../editor/views/circuitParts';
import { recordsOf } from '../../../editor/views/draftReaders';
import { GAP_X_PX, NODE_WIDTH_PX, NODES_PER_ROW } from '../../../editor/views/nodeBox';
import { drawEdges, drawMarkers, drawNodes, type DrawState } from './drawGraph';
import { attachCanvasPointer } from './canvasPointer';
import { canvasToolbar } from './canvasToolbar';
import { handleCanvasKey } from './canvasKeys';
import { svgElement } from './svgElement';
import './networkCanvas.css';

export interface NetworkCanvas {
  destroy(): void;
}

/** Where the canvas is: what the keyboard and the toolbar act on. */
export interface CanvasState {
  graph: NetworkGraph;
  selectedKey: string | null;
  connectFromKey: string | null;
}

/** Tells the description ids of two canvases on one page apart. */
let mountCount = 0;

const scaleFor = (draft: unknown): number => pixelsPerUnitFor(recordsOf(draft, 'populations').flatMap(({ record }) => layoutCenter(record) ?? []));

export function mountNetworkCanvas(container: HTMLElement, editor: DraftEditor, onSelect?: (path: DraftPath) => void): NetworkCanvas {
  const controller = new AbortController();
  const { signal } = controller;
  const uid = ++mountCount;
  const root = element('section', 'network-canvas');
  root.setAttribute('aria-label', 'Network');
  const toolbar = canvasToolbar();
  const status = element('p', 'nc-status');
  status.setAttribute('role', 'status');
  const help = element('p', 'nc-help');
  help.id = `nc-help-${uid}`;
  help.textContent = 'Drag a box to move it; drag from its + to another population to connect them. Keys on a box: arrows move it (Shift: farther), C connects it, Delete removes, Escape cancels.';
  const scroller = element('div', 'nc-scroll');
  const svg = svgElement('svg', { class: 'nc-svg', role: 'group', 'aria-label': 'Network diagram', 'aria-describedby': help.id });
  drawMarkers(svg);
  const edgeLayer = svgElement('g', { class: 'nc-edges' }, svg);
  const bandLayer = svgElement('g', { class: 'nc-rubber-band', 'aria-hidden': 'true' }, svg);
  const nodeLayer = svgElement('g', { class: 'nc-nodes' }, svg);
  const descriptions = document.createElement('div');
  descriptions.hidden = true;
  scroller.append(svg);
  root.append(toolbar.element, help, status, scroller, descriptions);
  container.append(root);

  let pixelsPerUnit = scaleFor(editor.draft);
  let draftId = editor.draft.id;
  const state: CanvasState = { graph: buildNetworkGraph(editor.draft, pixelsPerUnit), selectedKey: null, connectFromKey: null };
  const nodeOf = (key: string | null) => state.graph.nodes.find((n) => n.key === key);
  const itemOf = (key: string | null) => nodeOf(key) ?? state.graph.edges.find((e) => e.key === key);

  const drawState = (): DrawState => ({
    selectedKey: state.selectedKey,
    connectFromKey: state.connectFromKey,
    problemsOf: (path) => editor.problemsAt(path),
    describe(key, text) {
      const element = document.createElement('p');
      element.id = `nc-${uid}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
      element.textContent = text;
      descriptions.append(element);
      return element.id;
    },
  });

  let restoringFocus = false;
  let columns = NODES_PER_ROW;
  const say = (text: string): void => { status.textContent = text; };
  const focusKey = (key: string | null): void => {
    if (!key) return;
    root.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  function render(): void {
    if (editor.draft.id !== draftId) {
      draftId = editor.draft.id;
      pixelsPerUnit = scaleFor(editor.draft);
    }
    const active = document.activeElement?.closest?.('[data-key]')?.getAttribute('data-key') ?? null;
    columns = scroller.clientWidth > 0 ? Math.min(NODES_PER_ROW, columnsFor(scroller.clientWidth)) : NODES_PER_ROW;
    state.graph = buildNetworkGraph(editor.draft, pixelsPerUnit, columns);
    if (!itemOf(state.selectedKey)) state.selectedKey = null;
    if (!nodeOf(state.connectFromKey)) state.connectFromKey = null;
    descriptions.replaceChildren();
    const draw = drawState();
    drawEdges(edgeLayer, state.graph, draw);
    drawNodes(nodeLayer, state.graph, draw);
    svg.setAttribute('viewBox', `0 0 ${state.graph.widthPx} ${state.graph.heightPx}`);
    svg.setAttribute('width', String(state.graph.widthPx));
    svg.setAttribute('height', String(state.graph.heightPx));
    const selected = itemOf(state.selectedKey);
    toolbar.update({ canConnect: nodeOf(state.selectedKey)?.kind === 'population' || nodeOf(state.selectedKey)?.kind === 'circuitPopulation', connecting: state.connectFromKey !== null, canDelete: selected !== undefined && ('editable' in selected ? selected.editable : true) });
    if (active && root.contains(document.activeElement) === false) {
      // Putting focus back where it was is not a new selection.
      restoringFocus = true;
      focusKey(active);
      restoringFocus = false;
    }
  }

  const actions = {
    select(key: string): void {
      const item = itemOf(key);
      // Only boxes and projections are items of their own; a stimulus's or a release's dotted arrow belongs to its box.
      if (!item || ('fromKey' in item && item.kind !== 'projection')) return;
      if (state.connectFromKey && (item.kind === 'population' || item.kind === 'circuitPopulation')) {
        actions.connect(state.connectFromKey, key);
        return;
      }
      if (state.selectedKey === key) return;
      state.selectedKey = key;
      render();
      focusKey(key);
      onSelect?.(item.path);
    },
    connect(fromKey: string, toKey: string): void {
      const from = nodeOf(fromKey);
      const to = nodeOf(toKey);
      state.connectFromKey = null;
      if (!from || !to) return;
      const counts = populationCounts(editor.draft, circuitPartsOf(editor.draft).populations);
      const link = connectPopulations(editor.draft, from.id, to.id, counts);
      const linkKey = `projection:${link.path[1]}`;
      state.selectedKey = linkKey;
      editor.apply(link.edit, link.label);
      say(`${link.label}: done.`);
      focusKey(linkKey);
      onSelect?.(link.path);
    },
    startConnect(): void {
      const from = nodeOf(state.selectedKey);
      if (!from || (from.kind !== 'population' && from.kind !== 'circuitPopulation')) { say('Select a population first, then connect it.'); return; }
      state.connectFromKey = from.key;
      render();
      say(`Connecting from ${from.label}: click the target population, or Tab to it and press Enter. Escape cancels.`);
      focusKey(from.key);
    },
    cancel(): boolean {
      if (cancelGesture()) { say('Drag cancelled.'); return true; }
      if (!state.connectFromKey) return false;
      state.connectFromKey = null;
      render();
      say('Connecting cancelled.');
      return true;
    },
    moveBy(key: string, dxPx: number, dyPx: number): void {
      const node = nodeOf(key);
      if (node?.kind === 'population') actions.moveTo(key, { x: node.x + dxPx, y: node.y + dyPx });
    },
    moveTo(key: string, center: { x: number; y: number }): void {
      const node = nodeOf(key);
      if (node?.kind !== 'population') return;
      const move = movePopulation(editor.draft, node.path, unitsAtPixel(state.graph, center));
      state.selectedKey = key;
      editor.apply(move.edit, move.label);
      focusKey(key);
    },
    deleteSelected(): void {
      const item = itemOf(state.selectedKey);
      if (!item) return;
      if ('editable' in item && !item.editable) {
        say(`${item.label} is part of a circuit: its settings decide it.`);
        return;
      }
      const label = 'label' in item ? item.label : item.description;
      const deletion = deleteItem(editor.draft, item.path, label);
      state.selectedKey = null;
      editor.apply(deletion.edit, deletion.label);
      say(`${deletion.label}: done.`);
      toolbar.focusAdd();
    },
    addPopulation(): void {
      const placed = state.graph.nodes.filter((n) => n.kind === 'population' && layoutCenter(valueAt(editor.draft, n.path)) !== undefined);
      const spot = placed.length === 0
        ? state.graph.offsetPx
        : { x: Math.max(...placed.map((n) => n.x)) + NODE_WIDTH_PX + GAP_X_PX, y: Math.min(...placed.map((n) => n.y)) };
      const added = addPopulation(editor.draft, unitsAtPixel(state.graph, spot));
      const addedKey = `population:${added.id}`;
      state.selectedKey = addedKey;
      editor.apply(added.edit, added.label);
      say(`${added.label}: done. Arrow keys move it; C connects it.`);
      focusKey(addedKey);
      onSelect?.(added.path);
    },
  };

  const cancelGesture = attachCanvasPointer({
    svg,
    nodeAt(key) {
      const node = nodeOf(key);
      if (!node) return undefined;
      return { x: node.x, y: node.y, movable: node.kind === 'population', connectable: node.kind === 'population' || node.kind === 'circuitPopulation' };
    },
    select: (key) => actions.select(key),
    preview(key, center) {
      const graph = center ? { ...state.graph, nodes: state.graph.nodes.map((n) => (n.key === key ? { ...n, ...center } : n)) } : state.graph;
      drawEdges(edgeLayer, graph, drawState());
      const moved = graph.nodes.find((n) => n.key === key);
      root.querySelector(`.nc-node[data-key="${CSS.escape(key)}"]`)?.setAttribute('transform', `translate(${moved?.x},${moved?.y})`);
    },
    moveNode: (key, center) => actions.moveTo(key, center),
    connect: (fromKey, toKey) => actions.connect(fromKey, toKey),
    rubberBand(from, to) {
      bandLayer.replaceChildren();
      if (from && to) svgElement('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: 'nc-rubber-line' }, bandLayer);
    },
  }, signal);

  const addItem = (added: { edit: DraftEdit; label: string; path: DraftPath }, key: string): void => {
    state.selectedKey = key;
    editor.apply(added.edit, added.label);
    say(`${added.label}: done.`);
    focusKey(key);
    onSelect?.(added.path);
  };
  toolbar.wire({
    add: actions.addPopulation,
    connect: () => (state.connectFromKey ? actions.cancel() : actions.startConnect()),
    input() {
      const target = nodeOf(state.selectedKey);
      if (target?.kind !== 'population' && target?.kind !== 'circuitPopulation') return;
      const added = addStimulus(editor.draft, target.id);
      addItem(added, `stimulus:${added.path[1]}`);
    },
    pool() {
      const added = addModulatorPool(editor.draft);
      addItem(added, `modulator:${added.id}`);
    },
    remove: actions.deleteSelected,
  }, signal);
  svg.addEventListener('focusin', (event) => {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    if (key && key !== state.selectedKey && !state.connectFromKey && !restoringFocus) actions.select(key);
  }, { signal });
  root.addEventListener('keydown', (event) => handleCanvasKey(event, state, actions), { signal });
  // Escape also cancels a mouse drag when focus is outside the canvas (a drag does not move focus).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !root.contains(event.target as Node) && cancelGesture()) { event.preventDefault(); say('Drag cancelled.'); }
  }, { signal });
  const unsubscribe = editor.onChange(render);
  // The automatic rows take as many boxes as fit (one on a phone): redraw when that number changes.
  const resize = new ResizeObserver(() => {
    if (scroller.clientWidth > 0 && Math.min(NODES_PER_ROW, columnsFor(scroller.clientWidth)) !== columns) render();
  });
  resize.observe(scroller);
  render();
  return {
    destroy() {
      unsubscribe();
      resize.disconnect();
      controller.abort();
      root.remove();
    },
  };
}
