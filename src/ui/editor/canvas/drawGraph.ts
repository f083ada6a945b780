/**
 * Draws a NetworkGraph into the canvas's SVG: arrows first (projections with an arrowhead when
 * excitatory and a round end when inhibitory, a stimulus or a release as a thin dashed arrow), then
 * the boxes on top (a population with a port to drag a new projection from, a circuit's population
 * dashed and read-only, a modulator pool as a pill, a stimulus in yellow). A box or
 * arrow with problems gets a warning mark whose tooltip and accessible description say them.
 */
import type { DraftProblem } from '../../../editor/draftEdit';
import { edgeBetween, parallelShifts } from '../../../editor/views/edgeGeometry';
import type { GraphEdge, GraphNode, NetworkGraph } from '../../../editor/views/networkGraph';
import { svgElement, svgText } from './svgElement';
import { t } from '../../../i18n/messages';

export interface DrawState {
  readonly selectedKey: string | null;
  readonly connectFromKey: string | null;
  problemsOf(path: GraphNode['path']): readonly DraftProblem[];
  /** Registers the words of a description and returns the id of the element holding them. */
  describe(key: string, text: string): string;
}

/** A box's kind in words (editor.canvas.kind.<kind>), for its name: "Granule cells, LIF · 200 neurons (population)". */
const kindWords = (kind: GraphNode['kind']): string => t(`editor.canvas.kind.${kind}`);

/** The <defs> with the arrow ends (once per SVG). */
export function drawMarkers(svg: SVGSVGElement): void {
  const defs = svgElement('defs', {}, svg);
  const excitatory = svgElement('marker', { id: 'nc-head-excitatory', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, defs);
  svgElement('path', { d: 'M0,0 L10,5 L0,10 z', class: 'nc-head-excitatory' }, excitatory);
  const inhibitory = svgElement('marker', { id: 'nc-head-inhibitory', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse' }, defs);
  svgElement('circle', { cx: 5, cy: 5, r: 4, class: 'nc-head-inhibitory' }, inhibitory);
  const input = svgElement('marker', { id: 'nc-head-input', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' }, defs);
  svgElement('path', { d: 'M0,0 L10,5 L0,10 z', class: 'nc-head-input' }, input);
}

export function drawEdges(layer: SVGGElement, graph: NetworkGraph, state: DrawState): void {
  layer.replaceChildren();
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const shifts = parallelShifts(graph.edges, 14);
  graph.edges.forEach((edge, i) => {
    const from = byKey.get(edge.fromKey);
    const to = byKey.get(edge.toKey);
    if (from && to) drawEdge(layer, edge, from, to, shifts[i], state, graph.nodes);
  });
}

function drawEdge(layer: SVGGElement, edge: GraphEdge, from: GraphNode, to: GraphNode, shiftPx: number, state: DrawState, boxes: readonly GraphNode[]): void {
  const line = edgeBetween(from, to, shiftPx, boxes);
  const isProjection = edge.kind === 'projection';
  const problems = state.problemsOf(edge.path);
  const group = svgElement('g', {
    class: `nc-edge nc-edge-${edge.kind}${isProjection ? ` nc-${edge.receptor}` : ''}${state.selectedKey === edge.key ? ' nc-selected' : ''}${problems.length ? ' nc-has-problem' : ''}`,
    'data-key': edge.key,
  }, layer);
  if (isProjection) {
    group.setAttribute('tabindex', '0');
    group.setAttribute('role', 'button');
    if (state.selectedKey === edge.key) group.setAttribute('aria-current', 'true');
  } else {
    group.setAttribute('aria-hidden', 'true');
  }
  // An SVG element's <title> is its accessible name and its tooltip (SVG-AAM); problems have their own.
  svgElement('title', {}, group).textContent = edge.description;
  svgElement('path', { d: line.d, class: 'nc-edge-hit' }, group);
  const head = isProjection ? `url(#nc-head-${edge.receptor})` : 'url(#nc-head-input)';
  svgElement('path', { d: line.d, class: 'nc-edge-line', 'marker-end': head }, group);
  if (edge.tag) svgText(edge.tag, { x: line.labelAt.x, y: line.labelAt.y, class: 'nc-edge-tag', 'text-anchor': 'middle' }, group);
  if (problems.length > 0) {
    drawProblemMark(group, line.labelAt.x - 8, line.labelAt.y + 6, problems);
    group.setAttribute('aria-describedby', state.describe(edge.key, problems.map((p) => p.message).join(' ')));
  }
}

export function drawNodes(layer: SVGGElement, graph: NetworkGraph, state: DrawState): void {
  layer.replaceChildren();
  for (const node of graph.nodes) drawNode(layer, node, state);
}

function drawNode(layer: SVGGElement, node: GraphNode, state: DrawState): void {
  const problems = node.editable ? state.problemsOf(node.path) : [];
  const selected = state.selectedKey === node.key;
  const group = svgElement('g', {
    class: `nc-node nc-${node.kind}${selected ? ' nc-selected' : ''}${state.connectFromKey === node.key ? ' nc-connect-source' : ''}${problems.length ? ' nc-has-problem' : ''}`,
    transform: `translate(${node.x},${node.y})`,
    tabindex: 0,
    role: 'button',
    'data-key': node.key,
  }, layer);
  if (selected) group.setAttribute('aria-current', 'true');
  // The <title> names the box (its words first, WCAG 2.5.3) and is its tooltip.
  svgElement('title', {}, group).textContent = t('editor.canvas.boxName', { name: node.label, detail: node.detail, kind: kindWords(node.kind).toLowerCase() });
  const w = node.width;
  const h = node.height;
  const radius = node.kind === 'modulator' ? h / 2 : 8;
  svgElement('rect', { x: -w / 2, y: -h / 2, width: w, height: h, rx: radius, class: 'nc-box' }, group);
  svgText(clip(node.label, 20), { x: 0, y: -5, class: 'nc-label', 'text-anchor': 'middle' }, group);
  svgText(clip(node.detail, 28), { x: 0, y: 15, class: 'nc-detail', 'text-anchor': 'middle' }, group);
  if (node.kind === 'population' || node.kind === 'circuitPopulation') {
    const port = svgElement('g', { class: 'nc-port', 'data-port': node.key, transform: `translate(${w / 2},0)` }, group);
    svgElement('circle', { r: 9 }, port);
    svgElement('path', { d: 'M-4.5,0 H4.5 M0,-4.5 V4.5', class: 'nc-port-plus' }, port);
  }
  if (problems.length > 0) {
    drawProblemMark(group, -w / 2 + 2, -h / 2 + 2, problems);
    group.setAttribute('aria-describedby', state.describe(node.key, t('editor.canvas.problem', { problems: problems.map((p) => p.message).join(' ') })));
  }
}

/** A warning triangle whose tooltip gives the problems (screen readers get them as the item's description). */
function drawProblemMark(parent: SVGGElement, x: number, y: number, problems: readonly DraftProblem[]): void {
  const mark = svgElement('g', { class: 'nc-problem', transform: `translate(${x},${y})`, 'aria-hidden': 'true' }, parent);
  svgElement('title', {}, mark).textContent = problems.map((p) => p.message).join('\n');
  svgElement('path', { d: 'M0,-9 L9,7 L-9,7 z' }, mark);
  svgElement('path', { d: 'M0,-4 V1.5 M0,3.5 V5', class: 'nc-problem-bang' }, mark);
}

/** Shortens long words for a box ("Excitatory inputs from the…"); the full text is in the tooltip and the label. */
function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
