/**
 * The editor's network canvas: the draft's populations, projections, modulator pools, stimuli and a
 * circuit's populations as an SVG graph the designer edits directly. It reads `editor.draft`, changes
 * it only through `editor.apply` (one undo step per gesture; canvasActions.ts), redraws on every
 * change, and reports the selected item's draft path to `onSelect` so that the shell's forms can show it.
 * Keyboard: Tab reaches every box and projection; arrow keys move the focused population (Shift:
 * farther); C (or the Connect button) starts a projection from it, then Enter on the target makes it;
 * Delete removes; Escape cancels. Connecting ends when focus leaves the canvas (connectMode.ts).
 */
import { element } from '../fieldControls';
import type { DraftEdit, DraftEditor, DraftPath } from '../../../editor/draftEdit';
import { addModulatorPool, addStimulus } from '../../../editor/views/inputEdits';
import { buildNetworkGraph, columnsFor } from '../../../editor/views/networkGraph';
import { layoutCenter, pixelsPerUnitFor } from '../../../editor/views/layoutUnits';
import { recordsOf } from '../../../editor/views/draftReaders';
import { NODES_PER_ROW } from '../../../editor/views/nodeBox';
import { drawEdges, drawMarkers, drawNodes, type DrawState } from './drawGraph';
import { attachCanvasPointer } from './canvasPointer';
import { canvasToolbar } from './canvasToolbar';
import { handleCanvasKey } from './canvasKeys';
import { createCanvasActions, itemOf, nodeOf } from './canvasActions';
import type { CanvasState } from './canvasState';
import { watchConnectMode } from './connectMode';
import { svgElement } from './svgElement';
import './networkCanvas.css';
import { t } from '../../../i18n/messages';

export type { CanvasState } from './canvasState';

export interface NetworkCanvas {
  destroy(): void;
}

/** Tells the description ids of two canvases on one page apart. */
let mountCount = 0;

const scaleFor = (draft: unknown): number => pixelsPerUnitFor(recordsOf(draft, 'populations').flatMap(({ record }) => layoutCenter(record) ?? []));

export function mountNetworkCanvas(container: HTMLElement, editor: DraftEditor, onSelect?: (path: DraftPath) => void): NetworkCanvas {
  const controller = new AbortController();
  const { signal } = controller;
  const uid = ++mountCount;
  const root = element('section', 'network-canvas');
  root.setAttribute('aria-label', t('editor.section.network.title'));
  const toolbar = canvasToolbar();
  const status = element('p', 'nc-status');
  status.setAttribute('role', 'status');
  const help = element('p', 'nc-help');
  help.id = `nc-help-${uid}`;
  help.textContent = t('editor.canvas.help');
  const scroller = element('div', 'nc-scroll');
  const svg = svgElement('svg', { class: 'nc-svg', role: 'group', 'aria-label': t('editor.canvas.diagram'), 'aria-describedby': help.id });
  drawMarkers(svg);
  const edgeLayer = svgElement('g', { class: 'nc-edges' }, svg);
  const bandLayer = svgElement('g', { class: 'nc-rubber-band', 'aria-hidden': 'true' }, svg);
  const nodeLayer = svgElement('g', { class: 'nc-nodes' }, svg);
  const descriptions = document.createElement('div');
  descriptions.hidden = true;
  scroller.append(svg);

  let pixelsPerUnit = scaleFor(editor.draft);
  let draftId = editor.draft.id;
  const state: CanvasState = { graph: buildNetworkGraph(editor.draft, pixelsPerUnit), selectedKey: null, connectFromKey: null };
  const mode = watchConnectMode({
    root,
    connectingFrom: () => nodeOf(state, state.connectFromKey)?.label ?? null,
    end: (reason) => actions.endConnecting(reason),
  }, signal);
  root.append(toolbar.element, mode.banner, help, status, scroller, descriptions);
  container.append(root);

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
    if (!itemOf(state, state.selectedKey)) state.selectedKey = null;
    if (!nodeOf(state, state.connectFromKey)) state.connectFromKey = null;
    descriptions.replaceChildren();
    const draw = drawState();
    drawEdges(edgeLayer, state.graph, draw);
    drawNodes(nodeLayer, state.graph, draw);
    svg.setAttribute('viewBox', `0 0 ${state.graph.widthPx} ${state.graph.heightPx}`);
    svg.setAttribute('width', String(state.graph.widthPx));
    svg.setAttribute('height', String(state.graph.heightPx));
    const selected = itemOf(state, state.selectedKey);
    const selectedNode = nodeOf(state, state.selectedKey);
    toolbar.update({ canConnect: selectedNode?.kind === 'population' || selectedNode?.kind === 'circuitPopulation', connecting: state.connectFromKey !== null, canDelete: selected !== undefined && ('editable' in selected ? selected.editable : true) });
    mode.update();
    if (active && root.contains(document.activeElement) === false) {
      // Putting focus back where it was is not a new selection.
      restoringFocus = true;
      focusKey(active);
      restoringFocus = false;
    }
  }

  const actions = createCanvasActions({
    editor, state, render, say, focusKey, onSelect,
    focusAdd: () => toolbar.focusAdd(),
    cancelGesture: () => cancelGesture(),
  });

  const cancelGesture = attachCanvasPointer({
    svg,
    nodeAt(key) {
      const node = nodeOf(state, key);
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
      const target = nodeOf(state, state.selectedKey);
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
    if (event.key === 'Escape' && !root.contains(event.target as Node) && cancelGesture()) { event.preventDefault(); say(t('editor.canvas.dragCancelled')); }
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
