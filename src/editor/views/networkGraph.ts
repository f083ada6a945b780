/**
 * The draft as the network canvas draws it: nodes (the level's populations, a circuit's populations
 * read-only, modulator pools, stimuli) with centres in canvas pixels, and edges (projections, a
 * stimulus into its target, a population releasing a modulator). Placed populations sit where their
 * layout puts them; everything else goes in rows: stimuli above, unplaced populations below the
 * placed ones, then a circuit's populations, then modulator pools.
 */
import type { DraftPath } from '../draftEdit';
import { populationLabel, humanizeId } from '../../levels/labels/populationLabels';
import { circuitPartsOf } from './circuitParts';
import { recordsOf, stringField, numberField, isRecord } from './draftReaders';
import { layoutCenter, type Point } from './layoutUnits';
import { boxesCrowd, GAP_X_PX, GAP_Y_PX, MARGIN_PX, NODE_HEIGHT_PX, NODE_WIDTH_PX, NODES_PER_ROW } from './nodeBox';
import { modelName, neuronCount, ruleName, stimulusKindName, modulatorPoolName } from './networkNames';
import { t } from '../../i18n/messages';

export type NodeKind = 'population' | 'circuitPopulation' | 'modulator' | 'stimulus';
export type EdgeKind = 'projection' | 'stimulus' | 'release';

export interface GraphNode {
  readonly key: string;
  readonly kind: NodeKind;
  /** Where the item sits in the draft (a circuit's population: its circuit). */
  readonly path: DraftPath;
  readonly id: string;
  readonly label: string;
  readonly detail: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** False for a circuit's populations: the circuit's settings change them. */
  readonly editable: boolean;
}

export interface GraphEdge {
  readonly key: string;
  readonly kind: EdgeKind;
  readonly path: DraftPath;
  readonly fromKey: string;
  readonly toKey: string;
  readonly receptor?: 'excitatory' | 'inhibitory';
  /** Short text on the arrow ("STDP"); '' for none. */
  readonly tag: string;
  /** The arrow in words ("Excitatory projection from Pre to Post, STDP"). */
  readonly description: string;
}

export interface NetworkGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly widthPx: number;
  readonly heightPx: number;
  /** Layout units → pixels: pixel = (unit − origin) · pixelsPerUnit + offset. */
  readonly pixelsPerUnit: number;
  readonly originUnits: Point;
  readonly offsetPx: Point;
}

type NodeDraft = Omit<GraphNode, 'x' | 'y' | 'width' | 'height'>;
const populationKey = (id: string): string => `population:${id}`;

/** `columns`: boxes per row in the automatic rows (fewer on a narrow screen). */
export function buildNetworkGraph(draft: unknown, pixelsPerUnit: number, columns = NODES_PER_ROW): NetworkGraph {
  const types = new Map(recordsOf(draft, 'neuronTypes').map(({ record }) => [stringField(record, 'id') ?? '', stringField(record, 'model')]));
  const stimuli: NodeDraft[] = recordsOf(draft, 'stimuli').map(({ record, index }) => {
    const id = stringField(record, 'id') ?? `stimulus ${index + 1}`;
    return { key: `stimulus:${index}`, kind: 'stimulus', path: ['stimuli', index], id, label: humanizeId(id), detail: stimulusKindName(stringField(record, 'kind')), editable: true };
  });
  const placed: { node: NodeDraft; center: Point }[] = [];
  const unplaced: NodeDraft[] = [];
  for (const { record, index } of recordsOf(draft, 'populations')) {
    const id = stringField(record, 'id') ?? `population ${index + 1}`;
    const type = stringField(record, 'type');
    const node: NodeDraft = {
      key: populationKey(id), kind: 'population', path: ['populations', index], id, editable: true,
      label: populationLabel(draft as Parameters<typeof populationLabel>[0], id),
      detail: `${modelName(type === undefined ? undefined : types.get(type))} · ${neuronCount(numberField(record, 'count'))}`,
    };
    const center = layoutCenter(record);
    if (center) placed.push({ node, center }); else unplaced.push(node);
  }
  const circuit = circuitPartsOf(draft).populations.map((p): NodeDraft => ({
    key: populationKey(p.id), kind: 'circuitPopulation', path: ['circuits', p.circuitIndex], id: p.id, label: p.label,
    detail: `${modelName(p.model)} · ${neuronCount(p.count)}`, editable: false,
  }));
  const modulators = recordsOf(draft, 'modulators').map(({ record, index }): NodeDraft => {
    const id = stringField(record, 'id') ?? `modulator ${index + 1}`;
    return { key: `modulator:${id}`, kind: 'modulator', path: ['modulators', index], id, label: humanizeId(id), detail: modulatorPoolName(stringField(record, 'kind')), editable: true };
  });

  const nodes: GraphNode[] = [];
  const sized = (node: NodeDraft, x: number, y: number): GraphNode => ({ ...node, x, y, width: NODE_WIDTH_PX, height: NODE_HEIGHT_PX });
  let top = MARGIN_PX + NODE_HEIGHT_PX / 2;
  const perRow = Math.max(1, Math.floor(columns));
  const band = (items: readonly NodeDraft[]): void => {
    items.forEach((node, i) => {
      const x = MARGIN_PX + NODE_WIDTH_PX / 2 + (i % perRow) * (NODE_WIDTH_PX + GAP_X_PX);
      nodes.push(sized(node, x, top + Math.floor(i / perRow) * (NODE_HEIGHT_PX + GAP_Y_PX)));
    });
    if (items.length > 0) top += Math.ceil(items.length / perRow) * (NODE_HEIGHT_PX + GAP_Y_PX);
  };
  band(stimuli);
  const originUnits = {
    x: Math.min(0, ...placed.map((p) => p.center.x)),
    y: Math.min(0, ...placed.map((p) => p.center.y)),
  };
  const offsetPx = { x: MARGIN_PX + NODE_WIDTH_PX / 2, y: top };
  const placedNodes: GraphNode[] = [];
  for (const { node, center } of placed) {
    let candidate = sized(node, (center.x - originUnits.x) * pixelsPerUnit + offsetPx.x, (center.y - originUnits.y) * pixelsPerUnit + offsetPx.y);
    // Two boxes placed on the same spot: show the later one below, so that both stay reachable.
    while (placedNodes.some((other) => boxesCrowd(other, candidate, 8))) candidate = { ...candidate, y: candidate.y + NODE_HEIGHT_PX + 16 };
    placedNodes.push(candidate);
  }
  nodes.push(...placedNodes);
  if (placedNodes.length > 0) top = Math.max(...placedNodes.map((n) => n.y)) + NODE_HEIGHT_PX + GAP_Y_PX;
  band(unplaced);
  band(circuit);
  band(modulators);

  const keys = new Set(nodes.map((n) => n.key));
  const edges: GraphEdge[] = [];
  const labelOf = (key: string): string => nodes.find((n) => n.key === key)?.label ?? key;
  for (const { record, index } of recordsOf(draft, 'projections')) {
    const fromKey = populationKey(stringField(record, 'from') ?? '');
    const toKey = populationKey(stringField(record, 'to') ?? '');
    if (!keys.has(fromKey) || !keys.has(toKey)) continue;
    const receptor = stringField(record, 'receptor') === 'inhibitory' ? 'inhibitory' : 'excitatory';
    const tag = ruleName(isRecord(record.plasticity) ? stringField(record.plasticity, 'rule') : undefined);
    edges.push({
      key: `projection:${index}`, kind: 'projection', path: ['projections', index], fromKey, toKey, receptor, tag,
      description: t(`editor.net.projection.${receptor}${tag ? 'Tagged' : ''}`, { from: labelOf(fromKey), to: labelOf(toKey), rule: tag }),
    });
  }
  for (const { record, index } of recordsOf(draft, 'stimuli')) {
    const modulator = stringField(record, 'modulator');
    const toKey = modulator ? `modulator:${modulator}` : populationKey(stringField(record, 'target') ?? '');
    if (!keys.has(toKey)) continue;
    const fromKey = `stimulus:${index}`;
    edges.push({ key: `input:${index}`, kind: 'stimulus', path: ['stimuli', index], fromKey, toKey, tag: '', description: t('editor.net.drives', { from: labelOf(fromKey), to: labelOf(toKey) }) });
  }
  for (const { record, index } of recordsOf(draft, 'modulators')) {
    const toKey = `modulator:${stringField(record, 'id') ?? ''}`;
    const sources = Array.isArray(record.sources) ? record.sources : [];
    sources.forEach((source, i) => {
      const fromKey = populationKey(typeof source === 'string' ? source : '');
      if (!keys.has(fromKey) || !keys.has(toKey)) return;
      edges.push({ key: `release:${index}:${i}`, kind: 'release', path: ['modulators', index, 'sources', i], fromKey, toKey, tag: '', description: t('editor.net.releases', { from: labelOf(fromKey), to: labelOf(toKey) }) });
    });
  }
  const widthPx = Math.max(...nodes.map((n) => n.x + n.width / 2), 0) + MARGIN_PX;
  const heightPx = Math.max(...nodes.map((n) => n.y + n.height / 2), 0) + MARGIN_PX;
  return { nodes, edges, widthPx, heightPx, pixelsPerUnit, originUnits, offsetPx };
}

/** How many boxes fit side by side in `widthPx` (at least one). */
export function columnsFor(widthPx: number): number {
  return Math.max(1, Math.floor((widthPx - 2 * MARGIN_PX + GAP_X_PX) / (NODE_WIDTH_PX + GAP_X_PX)));
}

/** The layout-unit centre of a canvas point (inverse of the placed populations' mapping). */
export function unitsAtPixel(graph: Pick<NetworkGraph, 'pixelsPerUnit' | 'originUnits' | 'offsetPx'>, point: Point): Point {
  return {
    x: (point.x - graph.offsetPx.x) / graph.pixelsPerUnit + graph.originUnits.x,
    y: (point.y - graph.offsetPx.y) / graph.pixelsPerUnit + graph.originUnits.y,
  };
}
